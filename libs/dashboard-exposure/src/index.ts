export * from './lib/footprint-page';
export * from './lib/scenarios-page';
export * from './lib/replay-page';
export * from './lib/path-chart.config';
export * from './lib/exposure.routes';

export * from './lib/indicators.module';
export * from './lib/indicators.service';

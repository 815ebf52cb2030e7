export * from './lib/evidence.routes';
export * from './lib/events-page/events-page';
export * from './lib/event-editor/event-editor-page';
export * from './lib/triage/triage-page';
export * from './lib/import/import-page';
export * from './lib/event-card/event-card';
export * from './lib/evidence-health/evidence-health-page';
export * from './lib/observation-import/observation-import-page';

export * from './lib/evidence.module';
export * from './lib/events/events.service';
export * from './lib/observations/observations.service';
export * from './lib/connectors/connector-registry.provider';
export * from './lib/connectors/connector-sync.service';

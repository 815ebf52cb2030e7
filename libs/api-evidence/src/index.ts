export * from './lib/evidence.module';
export * from './lib/events/events.service';
export * from './lib/observations/observations.service';

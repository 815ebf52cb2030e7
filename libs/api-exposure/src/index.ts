export * from './lib/exposure.module';

export * from './lib/index.module';
export * from './lib/build/index-builder.service';

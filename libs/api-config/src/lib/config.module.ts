import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './app-config';
import { CLOCK, createClock } from './clock';

/** Makes the validated configuration and the clock injectable (APP_CONFIG, CLOCK) everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: createClock(config.clockStart) },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}

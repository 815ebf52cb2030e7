import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IndexBuilder } from './index-builder.service';

/** How often the evidence fingerprint is compared with the builds (catches changes made by other instances). */
const CHECK_EVERY_MS = 10_000;

/**
 * Keeps the materialised index current in the background: at start, then every few seconds.
 * Requests never wait for it; they read the last complete build. With SCHEDULES_ENABLED=false
 * (tests) nothing runs by itself: builds happen when weights are saved or when asked for.
 */
@Injectable()
export class IndexRefresh implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly builder: IndexBuilder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulesEnabled) return;
    void this.builder.refresh();
    this.timer = setInterval(() => void this.builder.refresh(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.builder.settled();
  }
}

import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IndexBuilder } from './index-builder.service';

/** How often the evidence fingerprint is compared with the builds (catches changes made by other instances). */
const CHECK_EVERY_MS = 10_000;

/**
 * Keeps the materialised index current in the background: once at start, then every few seconds
 * when schedules are on. Requests never wait for it; they read the last complete build.
 */
@Injectable()
export class IndexRefresh implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly builder: IndexBuilder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.builder.refresh();
    if (this.config.schedulesEnabled) {
      this.timer = setInterval(() => void this.builder.refresh(), CHECK_EVERY_MS);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.builder.settled();
  }
}

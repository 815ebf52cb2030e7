import { APP_CONFIG, AppConfig } from '@kem/api-config';
import { Provider } from '@nestjs/common';

/** Who this instance is and how long its claims on deliveries last (DIGEST_CLAIM_LEASE_SECONDS). */
export interface ClaimSettings {
  instanceId: string;
  leaseMs: number;
}

export const CLAIM_SETTINGS = Symbol('CLAIM_SETTINGS');

export const claimSettingsProvider: Provider = {
  provide: CLAIM_SETTINGS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): ClaimSettings => ({ instanceId: config.instanceId, leaseMs: config.mail.claimLeaseSeconds * 1000 }),
};

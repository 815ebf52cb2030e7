export * from './lib/digests.module';
export * from './lib/schedule/digest-runner.service';
export * from './lib/schedule/delivery-store';
export * from './lib/schedule/retry-policy';
export * from './lib/mail/mail-driver';

export * from './lib/digests.routes';
export * from './lib/subscriptions/subscriptions-page';
export * from './lib/subscriptions/subscription-editor-page';
export * from './lib/preview/digest-preview-page';
export * from './lib/deliveries/deliveries-page';
export * from './lib/outbox/outbox-page';
export * from './lib/outbox/outbox-message-page';

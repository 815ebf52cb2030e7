export * from './api-view.decorator';
export * from './complete-document';
export type { ContractViews, ViewName } from './contract-views';

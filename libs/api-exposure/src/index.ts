export * from './lib/exposure.module';
export { footprintAnswers } from './lib/footprints/footprints.service';
export { canManage } from './lib/shared/access';

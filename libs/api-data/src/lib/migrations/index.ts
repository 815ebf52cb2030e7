import { Platform1764000000000 } from './1764000000000-platform';

/** Every migration, oldest first. New migrations are appended here. */
export const MIGRATIONS = [Platform1764000000000];

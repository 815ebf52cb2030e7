import { Platform1764000000000 } from './1764000000000-platform';
import { Evidence1764100000000 } from './1764100000000-evidence';

/** Every migration, oldest first. New migrations are appended here. */
export const MIGRATIONS = [Platform1764000000000, Evidence1764100000000];

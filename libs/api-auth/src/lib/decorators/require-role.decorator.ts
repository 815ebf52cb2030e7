import { Role } from '@kem/contracts';
import { SetMetadata } from '@nestjs/common';

export const REQUIRED_ROLE = 'kem:required-role';

/** The least role a route needs (viewer < analyst < admin); on a controller it applies to every route. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

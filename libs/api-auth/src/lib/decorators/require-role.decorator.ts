import { Role } from '@kem/contracts';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const REQUIRED_ROLE = 'kem:required-role';

/**
 * The least role a route needs (viewer < analyst < admin); on a controller it applies to every
 * route. The OpenAPI description carries it as `x-kem-role`.
 */
export const RequireRole = (role: Role) => applyDecorators(SetMetadata(REQUIRED_ROLE, role), ApiExtension('x-kem-role', role));

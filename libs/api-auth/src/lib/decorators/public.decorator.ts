import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const PUBLIC_ROUTE = 'kem:public';

/**
 * Opens a route to anonymous callers; every other route requires a signed-in user. The OpenAPI
 * description says so as `x-kem-public: true` (clients and the role-matrix test read it).
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension('x-kem-public', true));

import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'kem:public';

/** Opens a route to anonymous callers; every other route requires a signed-in user. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

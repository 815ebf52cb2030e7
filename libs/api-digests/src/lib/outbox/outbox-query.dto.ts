import { PageQueryDto } from '@kem/api-http';

/** The outbox list: pages only (default 50 messages a page). */
export class OutboxQueryDto extends PageQueryDto {}

import { ApiController, ReadEndpoint } from '@kem/api-auth';
import { IdParam, ROUTES } from '@kem/api-http';
import { OutboxMessageDetailView, OutboxMessageView, Page } from '@kem/contracts';
import { Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { OutboxQueryDto } from './outbox-query.dto';
import { OutboxReader } from './outbox-reader.service';

/** The in-app outbox (no SMTP_URL): what would have been sent, to read or download as .eml. */
@ApiController('digests', { access: 'admin' })
export class OutboxController {
  constructor(private readonly outbox: OutboxReader) {}

  @ReadEndpoint(ROUTES.outbox, 'OutboxMessageViewPage', { summary: 'Messages in the outbox, newest first (admin)' })
  list(@Query() q: OutboxQueryDto): Promise<Page<OutboxMessageView>> {
    return this.outbox.list(q);
  }

  @ReadEndpoint(ROUTES.outboxMessage, 'OutboxMessageDetailView', {
    summary: 'One message with its HTML (images inlined) and text parts (admin)',
  })
  get(@IdParam() id: number): Promise<OutboxMessageDetailView> {
    return this.outbox.detail(id);
  }

  @Get(ROUTES.outboxEml)
  @ApiOperation({ summary: 'The message exactly as SMTP would have carried it, as an .eml download (admin)' })
  @ApiOkResponse({
    description: 'The MIME message (RFC 5322)',
    content: { 'message/rfc822': { schema: { type: 'string', format: 'binary' } } },
  })
  async eml(@IdParam() id: number, @Res() res: Response): Promise<void> {
    const message = await this.outbox.message(id);
    res.setHeader('Content-Type', 'message/rfc822');
    res.setHeader('Content-Disposition', `attachment; filename="kem-message-${message.id}.eml"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(Buffer.from(message.raw, 'utf8'));
  }
}

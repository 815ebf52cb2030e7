import { Public } from '@kem/api-auth';
import { InvalidInputError, ROUTES } from '@kem/api-http';
import { ONE_CLICK_UNSUBSCRIBE_BODY } from '@kem/contracts';
import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UnsubscribeLinks } from './unsubscribe-links.service';
import { confirmPage, donePage, invalidPage } from './unsubscribe-page';

const BODY_LIMIT = 8 * 1024;

/** The body of a form POST (RFC 8058 allows urlencoded or multipart), read here: the API parses only JSON and text. */
async function formBody(req: Request): Promise<string> {
  if (typeof req.body === 'string') return req.body;
  if (req.body && typeof req.body === 'object' && Object.keys(req.body).length > 0)
    return new URLSearchParams(req.body as Record<string, string>).toString();
  let body = '';
  for await (const chunk of req) {
    body += chunk.toString();
    if (body.length > BODY_LIMIT) throw InvalidInputError.field('body', `must be at most ${BODY_LIMIT} bytes`);
  }
  return body;
}

function isOneClick(body: string, contentType: string | undefined): boolean {
  if (contentType?.includes('multipart/form-data')) return /name="?List-Unsubscribe"?\s*\r?\n\r?\n\s*One-Click\s*\r?\n/i.test(body);
  return new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click';
}

/**
 * Unsubscribe links (no sign-in): GET shows a confirmation page with a button; POST unsubscribes,
 * both from that button and as the RFC 8058 one-click request mail providers send with the body
 * "List-Unsubscribe=One-Click". The token is an HMAC the subscription's own key signed.
 */
@ApiExcludeController()
@Public()
@Controller()
export class UnsubscribeController {
  constructor(private readonly links: UnsubscribeLinks) {}

  @Get(ROUTES.unsubscribe)
  async confirm(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const found = await this.links.resolve(token);
    res.setHeader('Cache-Control', 'no-store');
    if ('problem' in found) return void res.status(found.status).type('html').send(invalidPage(found.problem));
    res
      .status(200)
      .type('html')
      .send(found.sub.active ? confirmPage(found.target, String(token)) : donePage(found.target));
  }

  @Post(ROUTES.unsubscribe)
  async unsubscribe(@Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.links.resolve(token);
    res.setHeader('Cache-Control', 'no-store');
    if ('problem' in found) return void res.status(found.status).type('html').send(invalidPage(found.problem));
    if (!isOneClick(await formBody(req), req.headers['content-type'])) {
      throw InvalidInputError.field('List-Unsubscribe', `the body must be ${ONE_CLICK_UNSUBSCRIBE_BODY}`);
    }
    await this.links.unsubscribe(found.sub);
    res.status(200).type('html').send(donePage(found.target));
  }
}

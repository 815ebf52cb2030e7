import { Public } from '@kem/api-auth';
import { SubscriptionEntity } from '@kem/api-data';
import { InvalidInputError } from '@kem/api-http';
import { ONE_CLICK_UNSUBSCRIBE_BODY } from '@kem/contracts';
import { Controller, Get, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { confirmPage, donePage, invalidPage, UnsubscribeTarget } from './unsubscribe-page';
import { newUnsubscribeKey, tokenSubscriptionId, verifyUnsubscribeToken } from './unsubscribe-token';

const BODY_LIMIT = 8 * 1024;

/** Checked against when the id is unknown, so both failures take the same work. */
const UNKNOWN_SUBSCRIPTION_KEY = newUnsubscribeKey();

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
@Controller('unsubscribe')
export class UnsubscribeController {
  private readonly logger = new Logger(UnsubscribeController.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsService,
  ) {}

  @Get()
  async confirm(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const found = await this.resolve(token);
    res.setHeader('Cache-Control', 'no-store');
    if ('problem' in found) return void res.status(found.status).type('html').send(invalidPage(found.problem));
    res
      .status(200)
      .type('html')
      .send(found.sub.active ? confirmPage(found.target, String(token)) : donePage(found.target));
  }

  @Post()
  async unsubscribe(@Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.resolve(token);
    res.setHeader('Cache-Control', 'no-store');
    if ('problem' in found) return void res.status(found.status).type('html').send(invalidPage(found.problem));
    if (!isOneClick(await formBody(req), req.headers['content-type'])) {
      throw InvalidInputError.field('List-Unsubscribe', `the body must be ${ONE_CLICK_UNSUBSCRIBE_BODY}`);
    }
    if (await this.subscriptions.unsubscribe(found.sub, 'link')) this.logger.log(`Subscription ${found.sub.id} unsubscribed by its link`);
    res.status(200).type('html').send(donePage(found.target));
  }

  /**
   * The subscription a token names, when its signature matches. An unknown id and a wrong signature
   * get the same answer (and a signature is computed either way), so links cannot be used to find
   * out which subscription ids exist.
   */
  private async resolve(
    token: unknown,
  ): Promise<{ sub: SubscriptionEntity; target: UnsubscribeTarget } | { status: number; problem: string }> {
    const id = typeof token === 'string' ? tokenSubscriptionId(token) : null;
    if (id === null) return { status: 400, problem: 'The link is incomplete: copy the whole address from the e-mail.' };
    const sub = await this.dataSource.getRepository(SubscriptionEntity).findOne({ where: { id }, relations: { profile: true } });
    const signed = verifyUnsubscribeToken(token as string, sub?.unsubscribeKey ?? UNKNOWN_SUBSCRIPTION_KEY);
    if (!sub || !signed)
      return {
        status: 400,
        problem: 'The link is not valid, or its subscription no longer exists; no e-mails are sent for a deleted subscription.',
      };
    return { sub, target: { email: sub.email, profileName: sub.profile?.name ?? '', cadence: sub.cadence } };
  }
}

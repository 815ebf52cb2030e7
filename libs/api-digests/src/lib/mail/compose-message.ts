import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { RenderedEmail } from '../content/email-model';
import { ComposedMail } from './mail-driver';

export interface Addressing {
  /** MAIL_FROM, validated at start (one address, no line breaks). */
  from: string;
  to: { address: string; name: string | null };
  /** Stable Message-ID (with angle brackets). */
  messageId: string;
  /** Signed https link for List-Unsubscribe; null sends no List-Unsubscribe headers. */
  unsubscribeUrl: string | null;
}

/** Domain part of the From address, for Message-IDs. */
export function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match ? match[1].toLowerCase() : 'localhost.localdomain';
}

/**
 * The Message-ID of a delivery: derived from its id and period, so every attempt (including one
 * repeated after a crash) carries the same header and a duplicate is recognisable as such.
 */
export function deliveryMessageId(deliveryId: number, periodKey: string, from: string): string {
  const tag = createHash('sha256').update(`${deliveryId}|${periodKey}`).digest('hex').slice(0, 12);
  return `<kem.delivery.${deliveryId}.${tag}@${senderDomain(from)}>`;
}

/**
 * Builds the whole MIME message with nodemailer: multipart/alternative with the text part and the
 * HTML part (multipart/related with the chart PNG as an inline image). Addresses go in as address
 * objects, never as concatenated strings, so a display name holding line breaks or "Bcc:" is
 * encoded as a name and can add no header. The one-click unsubscribe headers follow RFC 8058.
 */
export async function composeMessage(rendered: RenderedEmail, addressing: Addressing): Promise<ComposedMail> {
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' };
  if (addressing.unsubscribeUrl) {
    headers['List-Unsubscribe'] = `<${addressing.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const composer = new MailComposer({
    from: addressing.from,
    to: addressing.to.name ? { name: addressing.to.name, address: addressing.to.address } : addressing.to.address,
    subject: rendered.subject,
    messageId: addressing.messageId,
    text: rendered.text,
    html: rendered.html,
    headers,
    // The chart is the same for every recipient of a profile: its MIME part is encoded once.
    attachments: rendered.images.map((image) => ({ cid: image.cid, contentType: 'image/png', raw: imagePart(image) })),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const node = composer.compile();
  const raw = await new Promise<Buffer>((resolve, reject) => node.build((error, message) => (error ? reject(error) : resolve(message))));
  const envelope = node.getEnvelope();
  return {
    raw,
    envelope: { from: envelope.from || addressing.from, to: envelope.to },
    messageId: addressing.messageId,
    recipient: addressing.to.address,
    subject: rendered.subject,
    html: () => inlineImages(rendered),
    text: rendered.text,
  };
}

const encodedParts = new WeakMap<Buffer, string>();

/** The inline image as a complete MIME part (headers and base64 body), cached per image buffer. */
function imagePart(image: RenderedEmail['images'][number]): string {
  let part = encodedParts.get(image.content);
  if (part === undefined) {
    const body = image.content.toString('base64').replace(/.{76}(?=.)/g, '$&\r\n');
    part = [
      `Content-Type: image/png; name=${image.filename}`,
      `Content-ID: <${image.cid}>`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: inline; filename=${image.filename}`,
      '',
      body,
    ].join('\r\n');
    encodedParts.set(image.content, part);
  }
  return part;
}

/** The HTML with cid: images replaced by data: URLs, for showing outside a mail client. */
export function inlineImages(rendered: RenderedEmail): string {
  let html = rendered.html;
  for (const image of rendered.images)
    html = html.split(`cid:${image.cid}`).join(`data:image/png;base64,${image.content.toString('base64')}`);
  return html;
}

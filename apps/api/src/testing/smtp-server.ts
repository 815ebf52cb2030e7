import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as a real SMTP server received it: envelope, raw message, parsed, and which listener took it. */
export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  mail: ParsedMail;
  /** Index of the listener (port) it arrived on: give each API instance its own to tell them apart. */
  via: number;
}

export interface TestSmtpServer {
  /** smtp:// URL of the first listener. */
  url: string;
  /** One URL per listener; all share `received`. */
  urls: string[];
  received: Received[];
  /** Messages received completely and not yet answered, on one listener or all. */
  inFlight(via?: number): number;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Port of the (first) listener; 0 picks a free one. */
  port?: number;
  listeners?: number;
  /** Waits this long after a message's data before answering (a slow server). */
  delayMs?: number;
  /** Answers every message with this error instead of 250 (e.g. 451 for a temporary failure). */
  reject?: { responseCode: number; message: string };
}

/**
 * A real SMTP server on loopback ports (smtp-server). A message counts as received when the server
 * answers 250 for it — after `delayMs` — whether or not the client is still there to read the answer,
 * as a real mail server would have taken it.
 */
export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: Received[] = [];
  const pending: number[] = [];
  const servers: SMTPServer[] = [];
  const urls: string[] = [];
  for (let via = 0; via < (options.listeners ?? 1); via++) {
    pending.push(0);
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 500,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          pending[via]++;
          const answer = (error?: Error) => {
            pending[via]--;
            callback(error);
          };
          simpleParser(raw).then((mail) => {
            setTimeout(() => {
              if (options.reject)
                return answer(Object.assign(new Error(options.reject.message), { responseCode: options.reject.responseCode }));
              const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
              received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, mail, via });
              answer();
            }, options.delayMs ?? 0);
          }, answer);
        });
      },
    });
    await new Promise<void>((done) => server.listen(via === 0 ? (options.port ?? 0) : 0, '127.0.0.1', done));
    const { port } = server.server.address() as AddressInfo;
    servers.push(server);
    urls.push(`smtp://127.0.0.1:${port}`);
  }
  return {
    url: urls[0],
    urls,
    received,
    inFlight: (via) => (via === undefined ? pending.reduce((n, p) => n + p, 0) : pending[via]),
    close: () => Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done())))).then(() => undefined),
  };
}

/**
 * A local HTTP endpoint for webhook tests: listens on 127.0.0.1 (random port), records every request
 * (method, path, query, headers, body) and answers from a script: a status, a delay (to provoke client
 * timeouts), or a dropped connection. Unscripted requests get 200 `ok`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query as sent (`/hook?x=1`). */
  url: string;
  path: string;
  /** Raw query string without `?` ('' when none). */
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The answer's status (undefined when the connection was dropped or the client gave up first). */
  status?: number;
}

export interface ScriptedAnswer {
  status?: number;
  body?: string;
  /** Wait this long before answering (the client may time out first). */
  delayMs?: number;
  /** Close the connection without an answer. */
  drop?: boolean;
}

export class WebhookServer {
  readonly requests: RecordedRequest[] = [];
  /** Answers for the next requests, in order; afterwards `fallback` applies. */
  readonly script: ScriptedAnswer[] = [];
  fallback: ScriptedAnswer = { status: 200, body: 'ok' };
  url = '';
  private server?: Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
    this.fallback = { status: 200, body: 'ok' };
  }

  /** Scripts the next answers. */
  answer(...answers: ScriptedAnswer[]): void {
    this.script.push(...answers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const record: RecordedRequest = {
      method: req.method ?? '',
      url,
      path: q >= 0 ? url.slice(0, q) : url,
      query: q >= 0 ? url.slice(q + 1) : '',
      headers: { ...req.headers },
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(record);
    const answer = this.script.shift() ?? this.fallback;
    if (answer.delayMs) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.timers.delete(t);
          resolve();
        }, answer.delayMs);
        this.timers.add(t);
      });
    }
    if (answer.drop) {
      req.socket.destroy();
      return;
    }
    if (res.destroyed || req.socket.destroyed) return;
    const status = answer.status ?? 200;
    record.status = status;
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(answer.body ?? '');
  }
}

export async function startWebhookServer(): Promise<WebhookServer> {
  const s = new WebhookServer();
  await s.start();
  return s;
}

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WebhookServer } from '../../test/support/webhook-server.js';
import {
  buildUrl,
  headerValue,
  quotePlus,
  safeUrl,
  webhookAction,
  webhookDefinition,
} from '../../src/actions/webhook.js';
import { ConfigurationError, PolicyRuntimeError } from '../../src/errors.js';
import { makeCtx, policyData, res } from './helpers.js';

const server = new WebhookServer();
const instant = { sleep: async () => {}, webhookTimeoutMs: 2_000 };

beforeAll(async () => {
  await server.start();
});
afterAll(async () => {
  await server.stop();
});
beforeEach(() => {
  server.reset();
});

describe('webhook', () => {
  it('one request per resource: method, JMESPath headers, query params and indent-0 body', async () => {
    const entry = {
      type: 'webhook',
      url: `${server.url}/hook?x=1&blank=&y=2`,
      headers: {
        Authorization: "'Bearer abc'",
        'X-Count': 'length(resource.Tags || `[]`)',
        'X-Flag': 'resource.Enabled',
      },
      'query-params': { id: 'resource.Id', x: "'9'", n: 'resource.Nope', region: 'region' },
      body: '{id: resource.Id, alias: resource.InstanceAlias, policy: policy.name, exec: execution_id, account: account_id}',
    };
    const rs = [res('a', { Enabled: true }), res('b c', { Enabled: false })];
    const ctx = makeCtx(undefined, policyData([entry]));
    const result = await webhookDefinition(instant).create(entry).run(rs, ctx);
    expect(server.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['POST', '/hook', 'x=9&y=2&id=a&n=None&region=us-east-1'],
      ['POST', '/hook', 'x=9&y=2&id=b+c&n=None&region=us-east-1'],
    ]);
    const first = server.requests[0]!;
    expect(first.headers['authorization']).toBe('Bearer abc');
    expect(first.headers['x-count']).toBe('0');
    expect(first.headers['x-flag']).toBe('True');
    expect(server.requests[1]!.headers['x-flag']).toBe('False');
    expect(first.headers['content-type']).toBe('application/json');
    expect(first.body).toBe(
      '{\n"id": "a",\n"alias": "alias-a",\n"policy": "p",\n"exec": "00000000-0000-4000-8000-000000000000",\n"account": "123456789012"\n}',
    );
    expect(result).toEqual({ resources: ['a', 'b c'], detail: `sent 2 POST requests to ${server.url}/…` });
    // The log shows the origin only: webhook URLs carry secrets.
    expect(ctx.logger.lines.map((l) => l.message)).toContain(
      `webhook: POST got response 200 with URL ${server.url}/…`,
    );
    expect(ctx.logger.lines.some((l) => l.message.includes('hook?'))).toBe(false);
  });

  it('batch: one request per chunk with `resources`; no body means no Content-Type; url untouched', async () => {
    const entry = {
      type: 'webhook',
      url: `${server.url}/b?keep=%2F`,
      method: 'PUT',
      batch: true,
      'batch-size': 2,
    };
    await webhookDefinition(instant)
      .create(entry)
      .run([res('a'), res('b'), res('c')], makeCtx(undefined, policyData([entry])));
    expect(server.requests.map((r) => [r.method, r.url, r.body, r.headers['content-type']])).toEqual([
      ['PUT', '/b?keep=%2F', '', undefined],
      ['PUT', '/b?keep=%2F', '', undefined],
    ]);
    const withBody = { ...entry, body: 'resources[].Id' };
    server.reset();
    await webhookDefinition(instant)
      .create(withBody)
      .run([res('a'), res('b'), res('c')], makeCtx(undefined, policyData([withBody])));
    expect(server.requests.map((r) => r.body)).toEqual(['[\n"a",\n"b"\n]', '[\n"c"\n]']);
    const nullBody = { type: 'webhook', url: `${server.url}/n`, body: 'resource.Nope' };
    server.reset();
    await webhookDefinition(instant)
      .create(nullBody)
      .run([res('a')], makeCtx(undefined, policyData([nullBody])));
    expect(server.requests[0]!.body).toBe('null');
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('a request that times out is logged and listed; the action goes on with the next resource (POST: no retry)', async () => {
    server.answer({ delayMs: 1_000 });
    const entry = { type: 'webhook', url: `${server.url}/slow`, body: 'resource.Id' };
    const ctx = makeCtx(undefined, policyData([entry]));
    const result = await webhookDefinition({ ...instant, webhookTimeoutMs: 150 })
      .create(entry)
      .run([res('a'), res('b')], ctx);
    expect(server.requests.map((r) => r.body)).toEqual(['"a"', '"b"']);
    expect(result.failures).toEqual([
      { resource: 'a', message: `Error calling ${server.url}/…. Code: timeout` },
    ]);
    expect(result.detail).toBe(`sent 2 POST requests to ${server.url}/… (1 succeeded, 1 failed)`);
    expect(ctx.logger.lines.some((l) => l.level === 'warning' && l.message.includes('Code: timeout'))).toBe(
      true,
    );
  });

  it('GET is idempotent: a timed-out GET is retried (urllib3 read-error rule)', async () => {
    server.answer({ delayMs: 1_000 });
    const entry = { type: 'webhook', url: `${server.url}/g`, method: 'GET' };
    const result = await webhookDefinition({ ...instant, webhookTimeoutMs: 150 })
      .create(entry)
      .run([res('a')], makeCtx(undefined, policyData([entry])));
    expect(server.requests).toHaveLength(2);
    expect(result.failures).toBeUndefined();
  });

  it('5xx answers are retried with backoff (Extension); after the last retry the status is reported, not raised', async () => {
    const waits: number[] = [];
    const def = webhookDefinition({ sleep: async (ms) => void waits.push(ms), webhookBackoffMs: 100 });
    server.answer({ status: 503 }, { status: 500 });
    const entry = { type: 'webhook', url: `${server.url}/r`, body: 'resource.Id' };
    const ok = await def.create(entry).run([res('a')], makeCtx(undefined, policyData([entry])));
    expect(server.requests.map((r) => r.status)).toEqual([503, 500, 200]);
    expect(server.requests.every((r) => r.body === '"a"')).toBe(true);
    expect(waits).toEqual([100, 200]);
    expect(ok.failures).toBeUndefined();

    server.reset();
    server.fallback = { status: 502 };
    const ctx = makeCtx(undefined, policyData([entry]));
    const bad = await def.create(entry).run([res('a'), res('b')], ctx);
    expect(server.requests).toHaveLength(8);
    expect(bad.failures?.map((f) => f.message)).toEqual([
      `POST ${server.url}/… answered 502`,
      `POST ${server.url}/… answered 502`,
    ]);
    expect(ctx.logger.lines.map((l) => l.message)).toContain(
      `webhook: POST got response 502 with URL ${server.url}/…`,
    );

    // c7n behaviour on request: no status retries; 4xx is never retried.
    server.reset();
    server.fallback = { status: 500 };
    await webhookDefinition({ ...instant, webhookStatusRetries: 0 })
      .create(entry)
      .run([res('a')], makeCtx(undefined, policyData([entry])));
    expect(server.requests).toHaveLength(1);
    server.reset();
    server.fallback = { status: 404 };
    await def.create(entry).run([res('a')], makeCtx(undefined, policyData([entry])));
    expect(server.requests).toHaveLength(1);
  });

  it('a refused connection is retried 3 times, then reported; the action does not fail', async () => {
    const closed = new WebhookServer();
    const url = await closed.start();
    await closed.stop();
    const entry = { type: 'webhook', url: `${url}/x` };
    const result = await webhookDefinition(instant)
      .create(entry)
      .run([res('a')], makeCtx(undefined, policyData([entry])));
    expect(result.failures?.[0]?.message).toMatch(/Code: ECONNREFUSED$/);
  });

  it('errors outside HTTP fail the action: bad header values, JMESPath syntax', async () => {
    const entry = { type: 'webhook', url: `${server.url}/h`, headers: { 'X-Null': 'resource.Nope' } };
    await expect(
      webhookAction.create(entry).run([res('a')], makeCtx(undefined, policyData([entry]))),
    ).rejects.toThrow(PolicyRuntimeError);
    expect(server.requests).toHaveLength(0);
    expect(() =>
      webhookAction.create({ type: 'webhook', url: 'http://x', headers: { A: 'Bearer abc' } }),
    ).toThrow(ConfigurationError);
    expect(() => webhookAction.create({ type: 'webhook', url: 'http://x', 'batch-size': 2.5 })).toThrow(
      /whole number/,
    );
    expect(() => headerValue('h', 1.5)).toThrow(/a header must be/);
    expect(headerValue('h', 5)).toBe('5');
  });

  it('URL helpers follow Python: parse_qsl drops blanks, last value wins in place, quote_plus', () => {
    expect(
      buildUrl('http://h/hook?x=1&y=2', [
        ['id', 'i-1'],
        ['x', '9'],
        ['n', null],
      ]),
    ).toBe('http://h/hook?x=9&y=2&id=i-1&n=None');
    expect(buildUrl('http://h/p?a=1&a=2&b=&c#frag', [['d', [1, 'x', true]]])).toBe(
      'http://h/p?a=2&d=%5B1%2C+%27x%27%2C+True%5D#frag',
    );
    expect(buildUrl('http://h/p?a=b', [])).toBe('http://h/p?a=b');
    expect(quotePlus("a b/é~*'!")).toBe('a+b%2F%C3%A9~%2A%27%21');
    expect(safeUrl('https://hooks.slack.com/services/T0/B0/secret')).toBe('https://hooks.slack.com/…');
    expect(safeUrl('https://h.example/')).toBe('https://h.example/');
  });

  it('describe() sends nothing', () => {
    const entry = { type: 'webhook', url: `${server.url}/secret-path`, batch: true };
    expect(
      webhookAction.create(entry).describe([res('a'), res('b')], makeCtx(undefined, policyData([entry]))),
    ).toBe(`would send 1 POST request to ${server.url}/…`);
    expect(server.requests).toHaveLength(0);
  });
});

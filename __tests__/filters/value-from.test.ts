/** value_from (spec §6) over temp files and a local HTTP server on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PolicyRuntimeError } from '../../src/errors.js';
import { RecordingLogger } from '../../src/logger.js';
import type { EvalContext, Resource } from '../../src/filters/types.js';
import { inferFormat, interpolateValueFrom, loadValueFrom, parseCsv } from '../../src/filters/value-from.js';
import { ValueMatcher, valueFilter } from '../../src/filters/value.js';
import { PySet } from '../../src/filters/python.js';

const dir = mkdtempSync(join(tmpdir(), 'value-from-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return pathToFileURL(join(dir, name)).href;
};
const ctx = (): EvalContext => ({
  now: new Date('2025-06-15T12:00:00Z'),
  accountId: '123456789012',
  region: 'us-east-1',
  partition: 'aws',
  policyName: 'p',
  cache: new Map(),
  logger: new RecordingLogger(),
});
const sorted = (v: unknown) => [...(v as PySet)].map(String).sort();

let server: Server;
let base = '';
let hits = 0;
let lastHeaders: IncomingHttpHeaders = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    lastHeaders = req.headers;
    const path = (req.url ?? '').split('?')[0];
    if (path === '/ids.json') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ids: ['i-1', 'i-2'] }));
    } else if (path === '/gz.txt') {
      res.setHeader('content-encoding', 'gzip');
      res.end(gzipSync('a\nb\n'));
    } else if (path === '/secret.json') {
      if (req.headers['authorization'] !== 'token') {
        res.statusCode = 403;
        res.end('no');
      } else res.end('["ok"]');
    } else {
      res.statusCode = 404;
      res.end('missing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('formats (§6.4)', () => {
  it('json without expr: the document as is; with expr: a list becomes a set', async () => {
    const url = file('doc.json', '{"a": [1, 2, 2], "m": {"k": "v"}}');
    expect(await loadValueFrom({ url }, ctx())).toEqual({ a: [1, 2, 2], m: { k: 'v' } });
    const s = await loadValueFrom({ url, expr: 'a' }, ctx());
    expect(s).toBeInstanceOf(PySet);
    expect((s as PySet).size).toBe(2);
    expect(await loadValueFrom({ url, expr: 'm.k' }, ctx())).toBe('v');
  });
  it('json expr giving null warns and gives null', async () => {
    const c = ctx();
    const url = file('doc2.json', '{}');
    expect(await loadValueFrom({ url, expr: 'nope' }, c)).toBeNull();
    expect((c.logger as RecordingLogger).lines.some((l) => l.level === 'warning')).toBe(true);
  });
  it('json expr over a list of objects aborts (unhashable)', async () => {
    const url = file('objs.json', '[{"a": 1}]');
    await expect(loadValueFrom({ url, expr: '[]' }, ctx())).rejects.toBeInstanceOf(PolicyRuntimeError);
  });
  it('csv: every cell including the header; integer expr: a column including the header', async () => {
    const url = file('t.csv', 'id,name\r\ni-1,"a, b"\ni-2,c\n');
    expect(sorted(await loadValueFrom({ url }, ctx()))).toEqual(['a, b', 'c', 'i-1', 'i-2', 'id', 'name']);
    expect(sorted(await loadValueFrom({ url, expr: 0 }, ctx()))).toEqual(['i-1', 'i-2', 'id']);
    expect(sorted(await loadValueFrom({ url, expr: '[*][1]' }, ctx()))).toEqual(['a, b', 'c', 'name']);
  });
  it('csv with a short row and an integer column aborts', async () => {
    const url = file('short.csv', 'a,b\nc\n');
    await expect(loadValueFrom({ url, expr: 1 }, ctx())).rejects.toBeInstanceOf(PolicyRuntimeError);
  });
  it('csv2dict: header → column; truncated to the shortest row [Q]', async () => {
    const url = file('d.csv', 'id,name\ni-1,a\ni-2\n');
    expect(sorted(await loadValueFrom({ url, format: 'csv2dict' }, ctx()))).toEqual(['i-1', 'i-2']);
    expect(sorted(await loadValueFrom({ url, format: 'csv2dict', expr: 'id' }, ctx()))).toEqual([
      'i-1',
      'i-2',
    ]);
  });
  it('txt: stripped lines, a blank line contributes ""', async () => {
    const url = file('l.txt', ' a \n\nb');
    expect(sorted(await loadValueFrom({ url }, ctx()))).toEqual(['', 'a', 'b']);
  });
  it('the Python csv dialect: doubled quotes, CRLF', () => {
    expect(parseCsv('"a ""q""",b\r\nc,\n')).toEqual([
      ['a "q"', 'b'],
      ['c', ''],
    ]);
  });
});

describe('format inference and errors (§6.3)', () => {
  it('the extension comes from the whole URL text', () => {
    expect(inferFormat('https://x/ids.json')).toBe('json');
    expect(inferFormat('s3://b/ids.json?region=us-east-1')).toBe('json?region=us-east-1');
    expect(inferFormat('s3://b/ids.json.gz')).toBe('gz');
    expect(inferFormat('https://x/ids')).toBe('');
    expect(inferFormat('https://x/.json')).toBe('');
  });
  it('an unsupported inferred format fails; an explicit format wins', async () => {
    await expect(loadValueFrom({ url: `${base}/ids.json?x=1` }, ctx())).rejects.toThrow(/unsupported format/);
    expect(
      sorted(await loadValueFrom({ url: `${base}/ids.json?x=1`, format: 'json', expr: 'ids' }, ctx())),
    ).toEqual(['i-1', 'i-2']);
  });
  it('an unreadable source fails with the URL and the reason, never an empty list', async () => {
    const url = pathToFileURL(join(dir, 'missing.json')).href;
    await expect(loadValueFrom({ url }, ctx())).rejects.toThrow(new RegExp(`${url}.*ENOENT`));
    await expect(loadValueFrom({ url: `${base}/nope.json` }, ctx())).rejects.toThrow(/HTTP 404/);
    await expect(loadValueFrom({ url: 'http://127.0.0.1:1/x.json' }, ctx())).rejects.toThrow(/cannot fetch/);
  });
  it('unsupported schemes and dynamodb are clear errors; s3 without AWS access says so', async () => {
    await expect(loadValueFrom({ url: 'ftp://x/a.json' }, ctx())).rejects.toThrow(
      /Unsupported URI scheme 'ftp'/,
    );
    await expect(loadValueFrom({ url: 'dynamodb', query: 'select 1' }, ctx())).rejects.toThrow(
      /not supported/,
    );
    await expect(loadValueFrom({ url: 's3://bucket/ids.json' }, ctx())).rejects.toThrow(/needs AWS access/);
  });
});

describe('HTTP fetching and caching (§6.3, §6.6)', () => {
  it('sends headers plus Accept-Encoding: gzip and decompresses gzip responses', async () => {
    await expect(loadValueFrom({ url: `${base}/secret.json` }, ctx())).rejects.toThrow(/HTTP 403/);
    expect(
      await loadValueFrom({ url: `${base}/secret.json`, headers: { authorization: 'token' } }, ctx()),
    ).toEqual(['ok']);
    expect(lastHeaders['accept-encoding']).toBe('gzip');
    expect(sorted(await loadValueFrom({ url: `${base}/gz.txt` }, ctx()))).toEqual(['a', 'b']);
  });
  it('caches per run: one request for the same URL', async () => {
    const c = ctx();
    const before = hits;
    await loadValueFrom({ url: `${base}/ids.json`, expr: 'ids' }, c);
    await loadValueFrom({ url: `${base}/ids.json` }, c);
    await loadValueFrom({ url: `${base}/ids.json`, expr: 'ids' }, c);
    expect(hits - before).toBe(1);
  });
  it('interpolates {account_id} and {region} only (§6.2)', () => {
    expect(interpolateValueFrom({ url: 'https://x/{account_id}/{region}/{other}.json' }, ctx())).toEqual({
      url: 'https://x/123456789012/us-east-1/{other}.json',
    });
  });
});

describe('value_from in the value filter (§6.7)', () => {
  it('op in / ni against the loaded set; fetched only when resources arrive', async () => {
    const url = file('allowed.txt', 'i-1\ni-3\n');
    const resources: Resource[] = [{ Id: 'i-1' }, { Id: 'i-2' }];
    const filter = valueFilter.create({ type: 'value', key: 'Id', op: 'in', value_from: { url } }, () => {
      throw new Error('unused');
    });
    expect((await filter.process(resources, ctx())).map((r) => r['Id'])).toEqual(['i-1']);
    const none = valueFilter.create(
      { type: 'value', key: 'Id', op: 'in', value_from: { url: 'file:///does/not/exist.txt' } },
      () => {
        throw new Error('unused');
      },
    );
    expect(await none.process([], ctx())).toEqual([]);
    await expect(none.process(resources, ctx())).rejects.toBeInstanceOf(PolicyRuntimeError);
  });
  it('value_from wins over value_path [T]', async () => {
    const url = file('w.json', '["x"]');
    const m = new ValueMatcher({
      type: 'value',
      key: 'a',
      op: 'in',
      value_from: { url, expr: '@' },
      value_path: 'b',
    });
    expect(await m.match({ a: 'x', b: ['y'] }, ctx())).toBe(true);
  });
});

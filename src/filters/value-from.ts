/**
 * `value_from` (spec §6): load the policy value of a value-family filter from a file, an HTTP(S) URL or
 * S3, in json / csv / csv2dict / txt, optionally narrowed by `expr`.
 *
 * Compatibility points: the format is inferred from the whole URL text (so `ids.json?x=1` is an
 * unsupported format, as in c7n); list results become Python sets; a CSV without expr keeps every cell
 * including the header row. Differences on purpose: a source that cannot be read fails the policy with
 * the URL and the reason (never an empty list), and both the raw document (per URL and headers) and the
 * final values are cached for the run in `ctx.cache`.
 */
import { redactString } from '../report/escape.js';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync, inflateSync, unzipSync } from 'node:zlib';
import type { GetObjectCommandInput } from '@aws-sdk/client-s3';
import { errorMessage, PolicyRuntimeError } from '../errors.js';
import { compileJmes, JmesRuntimeError, JmesSyntaxError, pyJsonLoads } from './jmespath.js';
import { isDict, PySet, PyTypeError, pyStrip } from './python.js';
import type { EvalContext } from './types.js';

export const SUPPORTED_FORMATS = ['json', 'txt', 'csv', 'csv2dict'] as const;

/** Timeout for one HTTP(S) fetch. */
const HTTP_TIMEOUT_MS = 30000;

/** URLs can carry credentials (user:password@, ?token=): errors name the source without them. */
function fail(url: string, why: string): never {
  throw new PolicyRuntimeError(redactString(`value_from ${url}: ${why}`));
}

/** `{account_id}` and `{region}` in every string of the mapping; other names are left as written. */
export function interpolateValueFrom(v: unknown, ctx: Pick<EvalContext, 'accountId' | 'region'>): unknown {
  if (typeof v === 'string') {
    return v.replace(/\{(account_id|region)\}/g, (_m, name: string) =>
      name === 'account_id' ? ctx.accountId : ctx.region,
    );
  }
  if (Array.isArray(v)) return v.map((x) => interpolateValueFrom(x, ctx));
  if (isDict(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = interpolateValueFrom(x, ctx);
    return out;
  }
  return v;
}

/** Python os.path.splitext on the URL text: the extension of the last path segment, without the dot. */
export function inferFormat(url: string): string {
  const base = url.slice(url.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  // Leading dots of the name do not start an extension (".json" has none).
  if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return '';
  return base.slice(dot + 1);
}

function decompress(buf: Buffer): Buffer {
  // zlib with MAX_WBITS|32 auto-detects gzip or zlib headers.
  if (buf[0] === 0x1f && buf[1] === 0x8b) return gunzipSync(buf);
  try {
    return inflateSync(buf);
  } catch {
    return unzipSync(buf);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(url: string, buf: Uint8Array): string {
  try {
    return utf8.decode(buf);
  } catch {
    return fail(url, 'the content is not valid UTF-8');
  }
}

async function fetchHttp(url: string, headers: Record<string, string>): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { ...headers, 'Accept-Encoding': 'gzip' },
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    return fail(url, `cannot fetch: ${errorMessage(e)}${cause ? ` (${errorMessage(cause)})` : ''}`);
  }
  if (!res.ok) fail(url, `HTTP ${res.status} ${res.statusText}`.trim());
  // fetch() already undoes Content-Encoding: gzip.
  return decodeUtf8(url, new Uint8Array(await res.arrayBuffer()));
}

async function fetchFile(url: string): Promise<string> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (e) {
    return fail(url, `not a valid file URL: ${errorMessage(e)}`);
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    return fail(url, `cannot read ${path}: ${errorMessage(e)}`);
  }
  return decodeUtf8(url, buf);
}

async function fetchS3(url: string, ctx: EvalContext): Promise<string> {
  if (!ctx.aws) fail(url, 'reading from S3 needs AWS access (this run has none)');
  const parsed = new URL(url);
  const params: Record<string, string> = {
    Bucket: parsed.hostname,
    Key: decodeURIComponent(parsed.pathname.slice(1)),
  };
  for (const [k, v] of parsed.searchParams) params[k] = v;
  const region = params['region'];
  delete params['region'];
  const { GetObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
  const client = ctx.aws.client(S3Client, region);
  let body: Uint8Array;
  try {
    const out = await client.send(new GetObjectCommand(params as unknown as GetObjectCommandInput));
    if (!out.Body) fail(url, 'S3 returned no body');
    body = await out.Body.transformToByteArray();
  } catch (e) {
    if (e instanceof PolicyRuntimeError) throw e;
    return fail(url, `S3 GetObject failed (needs s3:GetObject): ${errorMessage(e)}`);
  }
  const key = params['Key'] as string;
  if (/\.(gz|zip|gzip)$/i.test(key)) {
    try {
      return decodeUtf8(url, decompress(Buffer.from(body)));
    } catch (e) {
      if (e instanceof PolicyRuntimeError) throw e;
      return fail(url, `cannot decompress: ${errorMessage(e)}`);
    }
  }
  return decodeUtf8(url, body);
}

/** The raw document of a URL, cached for the run per (url, headers). */
async function resolveUri(url: string, headers: Record<string, string>, ctx: EvalContext): Promise<string> {
  const cacheKey = `value_from:uri:${url}\u0000${JSON.stringify(headers)}`;
  const hit = ctx.cache.get(cacheKey);
  if (hit !== undefined) return hit as Promise<string>;
  let p: Promise<string>;
  if (url.startsWith('s3://')) p = fetchS3(url, ctx);
  else {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
    const scheme = m ? (m[1] as string).toLowerCase() : '';
    if (scheme === 'http' || scheme === 'https') p = fetchHttp(url, headers);
    else if (scheme === 'file') p = fetchFile(url);
    else {
      throw new PolicyRuntimeError(
        `Unsupported URI scheme '${scheme}' for URI: ${url}. Supported built-in schemes: s3, http, https, file.`,
      );
    }
  }
  ctx.cache.set(cacheKey, p);
  p.catch(() => ctx.cache.delete(cacheKey));
  return p;
}

/** Python's csv.reader with the default dialect. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    if (fieldStarted || row.length) {
      row.push(field);
      rows.push(row);
    } else rows.push([]);
    row = [];
    field = '';
    fieldStarted = false;
  };
  while (i < n) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      inQuotes = true;
      fieldStarted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || row.length || field) endRow();
  return rows;
}

function toSet(url: string, values: unknown[]): PySet {
  try {
    return new PySet(values);
  } catch (e) {
    if (e instanceof PyTypeError) fail(url, `expr must give hashable values to build a set (${e.message})`);
    throw e;
  }
}

function applyExpr(url: string, expr: unknown, data: unknown, ctx: EvalContext): unknown {
  if (typeof expr !== 'string') fail(url, `expr must be a JMESPath string here, got ${JSON.stringify(expr)}`);
  let res: unknown;
  try {
    res = compileJmes(expr)(data);
  } catch (e) {
    if (e instanceof JmesSyntaxError || e instanceof JmesRuntimeError) fail(url, `expr: ${e.message}`);
    throw e;
  }
  if (res === null || res === undefined) {
    ctx.logger.warning(`value_from ${url}: expr ${expr} returned null`);
    return null;
  }
  return Array.isArray(res) ? toSet(url, res) : res;
}

function parseContents(
  url: string,
  format: string,
  contents: string,
  spec: Record<string, unknown>,
  ctx: EvalContext,
): unknown {
  const hasExpr = 'expr' in spec;
  const expr = spec['expr'];
  switch (format) {
    case 'json': {
      const parsed = pyJsonLoads(contents);
      if (!parsed.ok) fail(url, 'the document is not valid JSON');
      return hasExpr ? applyExpr(url, expr, parsed.value, ctx) : parsed.value;
    }
    case 'csv': {
      const rows = parseCsv(contents);
      if (typeof expr === 'number' && Number.isInteger(expr)) {
        const out: unknown[] = [];
        for (const row of rows) {
          if (row.length === 0) continue;
          const idx = expr < 0 ? row.length + expr : expr;
          if (idx < 0 || idx >= row.length)
            fail(url, `csv column ${expr} is missing in a row with ${row.length} cells`);
          out.push(row[idx]);
        }
        return new PySet(out);
      }
      if (hasExpr) return applyExpr(url, expr, rows, ctx);
      return new PySet(rows.flat());
    }
    case 'csv2dict': {
      const rows = parseCsv(contents);
      // zip(*rows): columns truncated to the shortest row; later duplicate headers win.
      const width = rows.length ? Math.min(...rows.map((r) => r.length)) : 0;
      const dict: Record<string, string[]> = {};
      for (let c = 0; c < width; c++) {
        const col = rows.map((r) => r[c] as string);
        dict[col[0] as string] = col.slice(1);
      }
      if (hasExpr) return applyExpr(url, expr, dict, ctx);
      return new PySet(Object.values(dict).flat());
    }
    case 'txt': {
      // readlines() splits after '\n' only; strip() each line.
      const lines = contents.split(/(?<=\n)/).filter((l) => l !== '');
      return new PySet(lines.map((l) => pyStrip(l)));
    }
    default:
      return fail(url, `unsupported format ${format}`);
  }
}

/**
 * The policy value of a `value_from` mapping (§6), fetched and parsed once per run per
 * (url, format, expr, headers, query). Throws PolicyRuntimeError with the URL and the reason.
 */
export async function loadValueFrom(rawSpec: unknown, ctx: EvalContext): Promise<unknown> {
  if (!isDict(rawSpec)) throw new PolicyRuntimeError('value_from must be a mapping with a url');
  const spec = interpolateValueFrom(rawSpec, ctx) as Record<string, unknown>;
  const url = spec['url'];
  if (typeof url !== 'string' || url === '') throw new PolicyRuntimeError('value_from needs a url');
  if (url === 'dynamodb') {
    throw new PolicyRuntimeError(
      'value_from url: dynamodb (PartiQL queries) is not supported by this action',
    );
  }
  const cacheKey = `value_from:values:${JSON.stringify(['url', 'format', 'expr', 'headers', 'query'].map((k) => spec[k] ?? null))}`;
  if (ctx.cache.has(cacheKey)) return ctx.cache.get(cacheKey);

  const inferred = inferFormat(url);
  const format = !inferred || spec['format'] ? String(spec['format'] ?? '') : inferred;
  if (!(SUPPORTED_FORMATS as readonly string[]).includes(format)) {
    throw new PolicyRuntimeError(
      `value_from ${url}: unsupported format ${JSON.stringify(format)} (set format: json, csv, csv2dict or txt; ` +
        'the format is otherwise taken from the text after the last dot of the URL, query string included)',
    );
  }
  const headers: Record<string, string> = {};
  if (isDict(spec['headers'])) for (const [k, v] of Object.entries(spec['headers'])) headers[k] = String(v);
  const contents = await resolveUri(url, headers, ctx);
  const values = parseContents(url, format, contents, spec, ctx);
  ctx.cache.set(cacheKey, values);
  return values;
}

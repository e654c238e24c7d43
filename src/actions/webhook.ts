/**
 * `webhook` (actions.md §5.4): an HTTP request per resource, or per chunk of `batch-size` (default 500)
 * with `batch: true`. `query-params`, `headers` and `body` are JMESPath expressions over
 * `{account_id, region, execution_id, execution_start, policy, event, resource|resources}`.
 *
 * - URL: untouched without `query-params`; otherwise the existing query (blank values dropped, a repeated
 *   key keeps its last value) is updated in place / appended in policy order and re-encoded form-style,
 *   each value rendered with Python `str()`.
 * - Headers: strings as-is, integers and booleans as Python `str()`; anything else fails the action.
 * - Body: c7n indent-0 JSON of the result with `Content-Type: application/json` (also for `null`).
 * - HTTP statuses never fail the action, nor do transport failures: they are logged, listed in
 *   `failures`, and the next request goes out. Errors outside HTTP (JMESPath, header values) fail it.
 * - Transport retries as urllib3's defaults: up to 3, connection errors for any method, read errors
 *   (timeouts included) only for GET, PUT, DELETE, HEAD, OPTIONS, TRACE.
 *
 * Extensions (run options, never policy keys): a request timeout (default 60 s; c7n has none) and retries
 * of 5xx answers (default 3, exponential backoff; c7n never retries a status).
 * Differences forced by the HTTP client (fetch): a GET/HEAD body is not sent (warned); redirects are
 * followed by fetch's rules; HTTP(S)_PROXY variables are not read. Logs show the URL's origin only
 * (webhook URLs often carry their secret in the path or query).
 */
import { PolicyRuntimeError, ConfigurationError } from '../errors.js';
import { compileJmes, JmesSyntaxError, type JmesSearch } from '../filters/jmespath.js';
import type { Resource } from '../filters/types.js';
import {
  batchSize,
  c7nDumps,
  chunks,
  plural,
  pythonStr,
  resourceIds,
  sleepFrom,
  type ActionOptions,
} from './common.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

const METHODS = ['PUT', 'POST', 'GET', 'PATCH', 'DELETE'];
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']);
/** Failures before anything was sent (urllib3 "connect" errors): safe to retry for every method. */
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const TRANSPORT_RETRIES = 3;

/** Python `urllib.parse.quote_plus`: unreserved characters kept, space as `+`, the rest %XX of UTF-8. */
export function quotePlus(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.~-]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function unquotePlus(text: string): string {
  const bytes: number[] = [];
  const raw = Buffer.from(text.replace(/\+/g, ' '), 'utf8');
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i] as number;
    const hex = raw.subarray(i + 1, i + 3).toString('latin1');
    if (b === 0x25 && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Python `parse_qsl` (blank values dropped) into a dict (a repeated key keeps its first position, last value). */
function parseQuery(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const value = part.slice(eq + 1);
    if (!value) continue;
    out.set(unquotePlus(part.slice(0, eq)), unquotePlus(value));
  }
  return out;
}

/** The request URL with `params` merged into its query (actions.md §5.4 step 1). */
export function buildUrl(url: string, params: readonly (readonly [string, unknown])[]): string {
  if (params.length === 0) return url;
  const hashAt = url.indexOf('#');
  const fragment = hashAt >= 0 ? url.slice(hashAt) : '';
  const rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const qAt = rest.indexOf('?');
  const base = qAt >= 0 ? rest.slice(0, qAt) : rest;
  const query = parseQuery(qAt >= 0 ? rest.slice(qAt + 1) : '');
  for (const [k, v] of params) query.set(k, pythonStr(v));
  const encoded = [...query].map(([k, v]) => `${quotePlus(k)}=${quotePlus(v)}`).join('&');
  return `${base}?${encoded}${fragment}`;
}

/** A header value as urllib3 would send it; null, floats, lists and objects fail (as in c7n). */
export function headerValue(name: string, v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint') return String(v);
  throw new PolicyRuntimeError(
    `webhook: header ${name} evaluated to ${JSON.stringify(v) ?? String(v)}; a header must be a string, integer or boolean (static text needs JMESPath quotes, e.g. "'Bearer abc'")`,
  );
}

/** What logs may show of a webhook URL: its origin. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname !== '/' || u.search ? '/…' : '/'}`;
  } catch {
    return '(unparsable URL)';
  }
}

function compile(what: string, expression: string): JmesSearch {
  try {
    return compileJmes(expression);
  } catch (e) {
    if (e instanceof JmesSyntaxError) throw new ConfigurationError(`webhook: ${what}: ${e.message}`);
    throw e;
  }
}

function errorCode(err: unknown): string {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  // DOMException from AbortSignal.timeout (not always `instanceof Error`, e.g. across realms).
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  return typeof name === 'string' ? name : 'error';
}

type Attempt = { status: number } | { error: string; connect: boolean };

export function webhookDefinition(options: ActionOptions = {}): ActionDefinition {
  return {
    type: 'webhook',
    permissions: () => [],
    create(data): Action {
      const url = String(data['url'] ?? '');
      const method = String(data['method'] ?? 'POST');
      if (!METHODS.includes(method)) throw new ConfigurationError(`webhook: unknown method ${method}`);
      const batch = data['batch'] === true;
      const size = batchSize(data, 'batch-size', 500);
      const mapOf = (key: string) =>
        Object.entries((data[key] ?? {}) as Record<string, unknown>).map(
          ([k, v]) => [k, compile(`${key} ${k}`, String(v))] as const,
        );
      const params = mapOf('query-params');
      const headers = mapOf('headers');
      const body = typeof data['body'] === 'string' ? compile('body', data['body']) : undefined;
      const timeoutMs = options.webhookTimeoutMs ?? 60_000;
      const statusRetries = options.webhookStatusRetries ?? 3;
      const backoffMs = options.webhookBackoffMs ?? 500;
      const sleep = sleepFrom(options);
      return {
        type: 'webhook',
        describe(resources) {
          const n = batch ? Math.ceil(resources.length / size) : resources.length;
          return `would send ${plural(n, `${method} request`)} to ${safeUrl(url)}`;
        },
        async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
          const fetchImpl = ctx.fetch ?? globalThis.fetch;
          const shown = safeUrl(url);
          const failures: { resource?: string; message: string }[] = [];
          let ok = 0;
          let warnedBody = false;
          const groups = batch ? chunks(resources, size) : resources.map((r) => [r]);
          for (const group of groups) {
            const context: Record<string, unknown> = {
              account_id: ctx.accountId,
              region: ctx.region,
              execution_id: ctx.executionId,
              execution_start: ctx.executionStart,
              policy: ctx.policy.data,
              event: ctx.event ?? null,
            };
            if (batch) context['resources'] = group;
            else context['resource'] = group[0];
            const target = buildUrl(
              url,
              params.map(([k, search]) => [k, search(context)] as const),
            );
            const sendHeaders: Record<string, string> = {};
            for (const [k, search] of headers) sendHeaders[k] = headerValue(k, search(context));
            let payload: Buffer | undefined;
            if (body) {
              payload = Buffer.from(c7nDumps(body(context)), 'utf8');
              sendHeaders['Content-Type'] = 'application/json';
            }
            if (payload && (method === 'GET' || method === 'HEAD')) {
              if (!warnedBody)
                ctx.logger.warning(`webhook: a ${method} request cannot carry a body here; sent without it`);
              warnedBody = true;
              payload = undefined;
            }

            const attempt = async (): Promise<Attempt> => {
              try {
                const res = await fetchImpl(target, {
                  method,
                  headers: sendHeaders,
                  ...(payload ? { body: payload } : {}),
                  redirect: 'follow',
                  ...(timeoutMs > 0 ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
                });
                await res.arrayBuffer().catch(() => undefined);
                return { status: res.status };
              } catch (err) {
                const code = errorCode(err);
                return { error: code, connect: CONNECT_CODES.has(code) };
              }
            };

            let result = await attempt();
            let transportRetries = 0;
            let statusRetriesUsed = 0;
            for (;;) {
              let retry = false;
              if ('error' in result) {
                retry = transportRetries < TRANSPORT_RETRIES && (result.connect || IDEMPOTENT.has(method));
                if (retry) transportRetries++;
              } else if (result.status >= 500 && statusRetriesUsed < statusRetries) {
                retry = true;
                statusRetriesUsed++;
              }
              if (!retry) break;
              const n = transportRetries + statusRetriesUsed;
              ctx.logger.debug(
                `webhook: ${method} ${shown} ${'error' in result ? result.error : `answered ${result.status}`}; retry ${n}`,
              );
              await sleep(backoffMs * 2 ** (n - 1));
              result = await attempt();
            }
            const subject = batch ? undefined : String(group[0]?.['Id']);
            if ('error' in result) {
              const message = `Error calling ${shown}. Code: ${result.error}`;
              ctx.logger.warning(`webhook: ${message}`);
              failures.push({ ...(subject !== undefined ? { resource: subject } : {}), message });
            } else {
              ctx.logger.info(`webhook: ${method} got response ${result.status} with URL ${shown}`);
              if (result.status >= 200 && result.status < 300) ok++;
              else
                failures.push({
                  ...(subject !== undefined ? { resource: subject } : {}),
                  message: `${method} ${shown} answered ${result.status}`,
                });
            }
          }
          return {
            resources: resourceIds(resources),
            detail:
              `sent ${plural(groups.length, `${method} request`)} to ${shown}` +
              (failures.length ? ` (${ok} succeeded, ${failures.length} failed)` : ''),
            ...(failures.length ? { failures } : {}),
          };
        },
      };
    },
  };
}

export const webhookAction: ActionDefinition = webhookDefinition();

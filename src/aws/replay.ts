/**
 * `--replay DIR` and `--record DIR`: AWS calls answered from, or written to, Cloud Custodian's placebo
 * layout: one file per response, `<service>.<Operation>_<N>.json` holding `{"status_code": ..., "data": ...}`
 * with timestamps as `{"__class__": "datetime", "year": ..., ...}`.
 *
 * Replay is an SDK request handler plus a small middleware, so the real clients run (serialisation,
 * endpoint resolution, signing with dummy credentials, deserialisation, error parsing): the middleware tags
 * each request with its service, operation and input; the handler turns the recorded data back into an HTTP
 * response of the JSON protocols (REST-JSON and JSON 1.0/1.1: Connect, Security Hub, SSM, ...).
 * Responses of one operation are served in order _1, _2, ...; after the last, from _1 again (as placebo does).
 * A recorded file may also carry `"params"`: then it answers only a request with those parameters.
 *
 * Record is a middleware that writes every answer (and error) with its request parameters.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Pluggable } from '@smithy/types';
import { ConfigurationError, errorMessage } from '../errors.js';
import { jsonSyntaxErrorMessage, rootPosition } from '../json-errors.js';
import type { ClientFactoryOptions } from './client-factory.js';
import { makeDirectory } from '../make-directory.js';

/** Never written to disk. */
const SECRET_KEYS = new Set([
  'WebIdentityToken',
  'SecretAccessKey',
  'SessionToken',
  'AccessKeyId',
  'Password',
  'ClientSecret',
]);
const OP_HEADER = 'x-connect-gate-replay-op';
const ID_HEADER = 'x-connect-gate-replay-id';

interface DatetimeForm {
  __class__: 'datetime';
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  microsecond?: number;
}

function isDatetimeForm(v: unknown): v is DatetimeForm {
  return typeof v === 'object' && v !== null && (v as { __class__?: unknown }).__class__ === 'datetime';
}

/** Epoch milliseconds of a placebo datetime (naive values are UTC). */
export function datetimeFormToMs(d: DatetimeForm): number {
  return (
    Date.UTC(d.year, d.month - 1, d.day, d.hour ?? 0, d.minute ?? 0, d.second ?? 0) +
    Math.floor((d.microsecond ?? 0) / 1000)
  );
}

/** A Date in placebo's datetime form. */
export function dateToDatetimeForm(d: Date): DatetimeForm {
  return {
    __class__: 'datetime',
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    microsecond: d.getUTCMilliseconds() * 1000,
  };
}

/** Recorded data as a JSON protocol body: datetimes become epoch seconds, ResponseMetadata goes. */
function toWireJson(v: unknown): unknown {
  if (isDatetimeForm(v)) return datetimeFormToMs(v) / 1000;
  if (Array.isArray(v)) return v.map(toWireJson);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== 'ResponseMetadata') out[k] = toWireJson(x);
    return out;
  }
  return v;
}

/** SDK output or input as placebo data: Dates in datetime form, no `$metadata`, no undefined. */
function toPlacebo(v: unknown): unknown {
  if (v instanceof Date) return dateToDatetimeForm(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(toPlacebo);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== '$metadata' && x !== undefined) out[k] = toPlacebo(x);
    return out;
  }
  return v;
}

function canonical(v: unknown): string {
  return JSON.stringify(toPlacebo(v), (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : x,
  );
}

/** `ConnectClient` + `ListInstancesCommand` -> `connect.ListInstances` (botocore service names). */
function operationKey(clientName: unknown, commandName: unknown): string {
  const service = String(clientName ?? '')
    .replace(/Client$/, '')
    .toLowerCase();
  const op = String(commandName ?? '').replace(/Command$/, '');
  return `${service}.${op}`;
}

interface Recorded {
  file: string;
  status: number;
  data: Record<string, unknown>;
  params?: unknown;
}

interface ContextLike {
  clientName?: string;
  commandName?: string;
}

interface HttpRequestLike {
  headers: Record<string, string>;
}

/** Answers every call from a placebo directory. */
export class PlaceboReplay {
  private readonly counters = new Map<string, number>();
  private readonly inputs = new Map<string, unknown>();
  private nextId = 0;
  /** Operations served, in order (`connect.ListInstances_1.json`, ...), for tests and `--verbose`. */
  readonly served: string[] = [];

  constructor(readonly dir: string) {
    if (!existsSync(dir)) throw new ConfigurationError(`--replay: the directory ${dir} does not exist`);
  }

  /** Tags each request with its operation and input (build step, before signing). */
  readonly plugin: Pluggable<object, object> = {
    applyToStack: (stack) => {
      stack.add(
        (next, context) => async (args) => {
          const ctx = context as ContextLike;
          const request = (args as { request?: HttpRequestLike }).request;
          if (request?.headers) {
            const id = String(++this.nextId);
            request.headers[OP_HEADER] = operationKey(ctx.clientName, ctx.commandName);
            request.headers[ID_HEADER] = id;
            this.inputs.set(id, (args as { input?: unknown }).input);
          }
          return next(args);
        },
        { step: 'build', name: 'connectGateReplayTag', priority: 'low' },
      );
    },
  };

  /** The SDK request handler (NodeHttpHandler's shape: handle(request) -> {response}). */
  readonly requestHandler = {
    metadata: { handlerProtocol: 'replay' },
    handle: async (request: HttpRequestLike) => {
      const op = request.headers[OP_HEADER] ?? '';
      const id = request.headers[ID_HEADER] ?? '';
      const input = this.inputs.get(id);
      this.inputs.delete(id);
      const rec = this.pick(op, input);
      this.served.push(rec.file);
      const isError = rec.status >= 300;
      const error = rec.data['Error'] as { Code?: string; Message?: string } | undefined;
      const body = isError
        ? { __type: error?.Code ?? 'UnknownError', message: error?.Message ?? '' }
        : toWireJson(rec.data);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-amzn-requestid': `replay-${id}`,
      };
      if (isError) headers['x-amzn-errortype'] = error?.Code ?? 'UnknownError';
      return {
        response: {
          statusCode: rec.status,
          reason: undefined,
          headers,
          body: Readable.from([Buffer.from(JSON.stringify(body))]),
        },
      };
    },
    updateHttpClientConfig(): void {},
    httpHandlerConfigs(): Record<string, never> {
      return {};
    },
    destroy(): void {},
  };

  /** Options for AwsClientFactory: this handler, this middleware, and dummy credentials to sign with. */
  factoryOptions(): Pick<ClientFactoryOptions, 'requestHandler' | 'plugins' | 'credentials'> {
    return {
      requestHandler: this.requestHandler,
      plugins: [this.plugin],
      credentials: { accessKeyId: 'AKIDREPLAY', secretAccessKey: 'replay' },
    };
  }

  private load(op: string, n: number): Recorded | undefined {
    const file = `${op}_${n}.json`;
    const path = join(this.dir, file);
    if (!existsSync(path)) return undefined;
    let parsed: unknown;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new ConfigurationError(`--replay: ${path} cannot be read: ${errorMessage(err)}`);
    }
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      const where = jsonSyntaxErrorMessage(path, text) ?? `${path}: not valid JSON: ${errorMessage(err)}`;
      throw new ConfigurationError(`--replay: ${where}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      const { line, column } = rootPosition(text);
      throw new ConfigurationError(
        `--replay: ${path}:${line}:${column}: expected a recorded response, {"status_code": ..., "data": {...}}`,
      );
    }
    const recorded = parsed as { status_code?: unknown; data?: unknown; params?: unknown };
    return {
      file,
      status: typeof recorded.status_code === 'number' ? recorded.status_code : 200,
      data: (recorded.data ?? {}) as Record<string, unknown>,
      ...('params' in recorded ? { params: recorded.params } : {}),
    };
  }

  /** How many responses are recorded per operation; the folder is read once (it does not change mid-run). */
  private recordedCounts?: Map<string, number>;

  private recordedCount(op: string): number {
    if (!this.recordedCounts) {
      this.recordedCounts = new Map();
      for (const f of readdirSync(this.dir)) {
        const m = /^(.+)_\d+\.json$/.exec(f);
        if (m) this.recordedCounts.set(m[1]!, (this.recordedCounts.get(m[1]!) ?? 0) + 1);
      }
    }
    return this.recordedCounts.get(op) ?? 0;
  }

  private pick(op: string, input: unknown): Recorded {
    const count = this.recordedCount(op);
    if (count === 0) {
      throw new ConfigurationError(
        `--replay: no recorded response for ${op} in ${this.dir} (expected ${op}_1.json)`,
      );
    }
    const start = this.counters.get(op) ?? 0;
    for (let i = 0; i < count + 1; i++) {
      let n = ((start + i) % count) + 1;
      let rec = this.load(op, n);
      if (!rec) {
        n = 1;
        rec = this.load(op, 1);
      }
      if (!rec) break;
      if (rec.params !== undefined && canonical(rec.params) !== canonical(input ?? {})) continue;
      this.counters.set(op, n);
      return rec;
    }
    throw new ConfigurationError(
      `--replay: no recorded response for ${op} with parameters ${canonical(input ?? {})} in ${this.dir}`,
    );
  }
}

/** Writes every answer in placebo layout (initialize step: one file per call, after the SDK's retries). */
export class PlaceboRecorder {
  private readonly counters = new Map<string, number>();
  readonly written: string[] = [];

  constructor(readonly dir: string) {
    makeDirectory(dir);
  }

  readonly plugin: Pluggable<object, object> = {
    applyToStack: (stack) => {
      stack.add(
        (next, context) => async (args) => {
          const ctx = context as ContextLike;
          const op = operationKey(ctx.clientName, ctx.commandName);
          const params = toPlacebo((args as { input?: unknown }).input ?? {});
          try {
            const result = await next(args);
            this.write(op, {
              status_code: 200,
              data: { ResponseMetadata: {}, ...(toPlacebo(result.output) as object) },
              params,
            });
            return result;
          } catch (err) {
            const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
            const status = e.$metadata?.httpStatusCode ?? 500;
            this.write(op, {
              status_code: status,
              data: {
                Error: { Code: e.name ?? 'Error', Message: e.message ?? '' },
                ResponseMetadata: { HTTPStatusCode: status },
              },
              params,
            });
            throw err;
          }
        },
        { step: 'initialize', name: 'connectGateRecord', priority: 'high' },
      );
    },
  };

  private write(op: string, body: unknown): void {
    body = JSON.parse(JSON.stringify(body, (k, v: unknown) => (SECRET_KEYS.has(k) ? '<redacted>' : v)));
    const n = (this.counters.get(op) ?? 0) + 1;
    this.counters.set(op, n);
    const file = `${op}_${n}.json`;
    writeFileSync(join(this.dir, file), `${JSON.stringify(body, null, 4)}\n`);
    this.written.push(file);
  }

  factoryOptions(): Pick<ClientFactoryOptions, 'plugins'> {
    return { plugins: [this.plugin] };
  }
}

/**
 * The one place SDK v3 clients are built (design.md §2 "AWS calls go through one client factory").
 *
 * One factory per (account, region, credentials). Every client it hands out has:
 * - the region asked for (default: the factory's region),
 * - the run's credentials (undefined = the SDK default provider chain),
 * - the endpoint from `AWS_ENDPOINT_URL_<SERVICE>` / `AWS_ENDPOINT_URL` (read from an injectable environment;
 *   the SDK itself honours the same variables from process.env, we resolve them explicitly so tests and the
 *   action can pass their own environment, and so `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is respected),
 * - our classified, adaptive retry strategy (throttling and 5xx/timeouts retried with jittered exponential
 *   backoff through an injectable sleep; AccessDenied, validation and other client errors are not),
 * - optional extra middleware (replay, record) and request handler.
 * Clients are cached per SDK class and region for the life of the factory.
 */
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  Pluggable,
  RetryErrorInfo,
  RetryStrategyV2,
  RetryToken,
} from '@smithy/types';
import type { AwsClientConfig, AwsPort } from './port.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;
export type Env = Readonly<Record<string, string | undefined>>;

/* ------------------------------------------------------------------------------------------------ */
/* Error classification                                                                             */
/* ------------------------------------------------------------------------------------------------ */

/** Error codes AWS uses for throttling (SDK list plus the ones Cloud Custodian retries, spec §3.1). */
const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'Throttled',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'Client.RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
  'TransactionInProgressException',
]);

/** Server-side and transport failures worth another attempt. */
const TRANSIENT_CODES = new Set([
  'InternalServerException',
  'InternalServerError',
  'InternalFailure',
  'InternalError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'ServiceException',
  'IDPCommunicationError',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

export type ErrorClass = 'throttling' | 'transient' | 'fatal';

interface SdkErrorLike {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
  cause?: unknown;
}

/** The AWS error code of anything thrown by an SDK call ('' when there is none). */
export function awsErrorCode(err: unknown): string {
  if (typeof err !== 'object' || err === null) return '';
  const e = err as SdkErrorLike;
  if (typeof e.Code === 'string') return e.Code;
  if (typeof e.name === 'string' && e.name !== 'Error') return e.name;
  if (typeof e.code === 'string') return e.code;
  return '';
}

export function httpStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  return (err as SdkErrorLike).$metadata?.httpStatusCode;
}

/**
 * throttling: slow down and retry; transient: 5xx, timeouts, dropped connections: retry;
 * fatal: everything else (AccessDenied, validation, not found, bad credentials): never retried.
 */
export function classifyAwsError(err: unknown, depth = 0): ErrorClass {
  if (typeof err !== 'object' || err === null) return 'fatal';
  const e = err as SdkErrorLike;
  const code = awsErrorCode(err);
  const status = httpStatusOf(err);
  if (code === 'AbortError') return 'fatal';
  if (THROTTLING_CODES.has(code) || status === 429 || e.$retryable?.throttling === true) return 'throttling';
  if (/AccessDenied|Unauthorized|Validation|InvalidParameter|NotFound|InvalidClientTokenId/i.test(code)) {
    return 'fatal';
  }
  if (TRANSIENT_CODES.has(code) || (typeof e.code === 'string' && NETWORK_CODES.has(e.code)))
    return 'transient';
  if (e.$retryable !== undefined) return 'transient';
  if (status !== undefined && status >= 500 && status <= 599) return 'transient';
  if (e.cause !== undefined && depth < 5) {
    const inner = classifyAwsError(e.cause, depth + 1);
    if (inner !== 'fatal') return inner;
  }
  return 'fatal';
}

/* ------------------------------------------------------------------------------------------------ */
/* Retry strategy (SDK RetryStrategyV2) with an adaptive client-side rate limiter                    */
/* ------------------------------------------------------------------------------------------------ */

export interface RetryOptions {
  /** Total attempts per call, first included (botocore's legacy default 5, spec actions.md §4.5). */
  maxAttempts?: number;
  /** Base of the exponential backoff for 5xx/timeouts, ms. */
  baseDelayMs?: number;
  /** Base of the exponential backoff for throttling, ms. */
  throttlingBaseDelayMs?: number;
  /** Cap of a single backoff, ms. */
  maxDelayMs?: number;
  sleep?: Sleep;
  /** [0, 1); injectable for deterministic tests. */
  random?: () => number;
  /** Clock in ms, for the rate limiter. */
  now?: () => number;
}

/**
 * Client-side send-rate limiter: inactive until the service throttles; then the allowed rate drops
 * multiplicatively on every throttle and recovers additively on success, until it is unlimited again.
 * (The idea of the SDK's "adaptive" mode, kept small and driven by the injectable sleep.)
 */
export class AdaptiveRateLimiter {
  private rate = Infinity;
  private tokens = 0;
  private last = 0;
  constructor(
    private readonly sleep: Sleep,
    private readonly now: () => number,
    private readonly minRate = 0.5,
    private readonly maxRate = 50,
  ) {}

  /** Requests per second currently allowed (Infinity when not limiting). */
  get currentRate(): number {
    return this.rate;
  }

  async acquire(): Promise<void> {
    if (this.rate === Infinity) return;
    const t = this.now();
    this.tokens = Math.min(Math.max(1, this.rate), this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return;
    }
    const waitMs = Math.ceil(((1 - this.tokens) / this.rate) * 1000);
    this.tokens = 0;
    this.last = t + waitMs;
    await this.sleep(waitMs);
  }

  onThrottle(): void {
    const base = this.rate === Infinity ? this.maxRate : this.rate;
    this.rate = Math.max(this.minRate, base * 0.5);
    if (this.last === 0) this.last = this.now();
  }

  onSuccess(): void {
    if (this.rate === Infinity) return;
    this.rate += 0.5;
    if (this.rate >= this.maxRate) this.rate = Infinity;
  }
}

class Token implements RetryToken {
  constructor(private readonly count: number) {}
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    // The delay already happened inside refreshRetryTokenForRetry (through the injectable sleep).
    return 0;
  }
}

/** What a retry decision was, for logs and tests. */
export interface RetryEvent {
  attempt: number;
  errorClass: ErrorClass;
  code: string;
  delayMs: number;
}

export class ClassifiedRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'adaptive';
  readonly maxAttempts: number;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly baseDelayMs: number;
  private readonly throttlingBaseDelayMs: number;
  private readonly maxDelayMs: number;
  readonly limiter: AdaptiveRateLimiter;

  constructor(
    options: RetryOptions = {},
    private readonly onRetry?: (event: RetryEvent) => void,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.baseDelayMs = options.baseDelayMs ?? 100;
    this.throttlingBaseDelayMs = options.throttlingBaseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 20_000;
    this.limiter = new AdaptiveRateLimiter(this.sleep, options.now ?? Date.now);
  }

  async acquireInitialRetryToken(_scope: string): Promise<RetryToken> {
    await this.limiter.acquire();
    return new Token(0);
  }

  async refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const errorClass = classifyAwsError(info.error);
    const attempt = token.getRetryCount() + 1;
    if (errorClass === 'fatal' || attempt >= this.maxAttempts) throw new Error('not retryable');
    if (errorClass === 'throttling') this.limiter.onThrottle();
    const base = errorClass === 'throttling' ? this.throttlingBaseDelayMs : this.baseDelayMs;
    const ceiling = Math.min(this.maxDelayMs, base * 2 ** (attempt - 1));
    // Full jitter, but never less than half the step so retries really back off.
    let delayMs = Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
    if (info.retryAfterHint instanceof Date) {
      const hinted = info.retryAfterHint.getTime() - Date.now();
      if (hinted > delayMs) delayMs = Math.min(hinted, this.maxDelayMs);
    }
    this.onRetry?.({ attempt, errorClass, code: awsErrorCode(info.error), delayMs });
    await this.sleep(delayMs);
    await this.limiter.acquire();
    return new Token(attempt);
  }

  recordSuccess(_token: RetryToken): void {
    this.limiter.onSuccess();
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* c7n-retry (spec filters.md §3.1, actions.md §1.7): on top of SDK retries, at a few call sites only  */
/* ------------------------------------------------------------------------------------------------ */

export const C7N_RETRY_CODES: readonly string[] = [
  'Client.RequestLimitExceeded',
  'InternalServerException',
  'RequestLimitExceeded',
  'Throttled',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
];

/** Up to 8 calls; waits 1, 2, 4, ... 64 s, each times a random factor in (0.8, 1]. */
export async function withC7nRetry<T>(
  call: () => Promise<T>,
  options: { codes?: readonly string[]; sleep?: Sleep; random?: () => number; maxAttempts?: number } = {},
): Promise<T> {
  const codes = options.codes ?? C7N_RETRY_CODES;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const max = options.maxAttempts ?? 8;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (attempt >= max || !codes.includes(awsErrorCode(err))) throw err;
      const factor = 1 - random() * 0.2;
      // Rounded up: the factor is above 0.8, and so is every wait in whole milliseconds (rounding to the
      // nearest made 800 ms one draw in 400).
      await sleep(Math.ceil(2 ** (attempt - 1) * 1000 * factor));
    }
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Endpoints                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

/** SDK service ids (as the SDK spells them for AWS_ENDPOINT_URL_<ID>), by client class name. */
const SERVICE_IDS: Record<string, string> = {
  ConnectClient: 'Connect',
  STSClient: 'STS',
  SecurityHubClient: 'SecurityHub',
  SSMClient: 'SSM',
  S3Client: 'S3',
  SQSClient: 'SQS',
  SNSClient: 'SNS',
  SFNClient: 'SFN',
  LambdaClient: 'Lambda',
  CloudWatchClient: 'CloudWatch',
  IAMClient: 'IAM',
  EC2Client: 'EC2',
  DynamoDBClient: 'DynamoDB',
};

/** The service id of an SDK client class (`ConnectClient` -> `Connect`). */
export function serviceIdOf(ctor: { name: string }): string {
  return SERVICE_IDS[ctor.name] ?? ctor.name.replace(/Client$/, '');
}

/**
 * The endpoint the standard variables configure for a service, or undefined (then the SDK resolves the
 * public endpoint). `AWS_ENDPOINT_URL_<SERVICE ID, upper case, spaces as _>` wins over `AWS_ENDPOINT_URL`;
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` disables both.
 */
export function endpointFromEnv(serviceId: string, env: Env): string | undefined {
  if ((env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] ?? '').toLowerCase() === 'true') return undefined;
  const specific = env[`AWS_ENDPOINT_URL_${serviceId.toUpperCase().replace(/ /g, '_')}`];
  if (specific) return specific;
  return env['AWS_ENDPOINT_URL'] || undefined;
}

/* ------------------------------------------------------------------------------------------------ */
/* Bounded concurrency helper (order preserving)                                                     */
/* ------------------------------------------------------------------------------------------------ */

/** Maps with at most `limit` calls in flight; results in input order; the first error rejects. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i] as T, i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const n = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

/* ------------------------------------------------------------------------------------------------ */
/* The factory                                                                                       */
/* ------------------------------------------------------------------------------------------------ */

export interface ClientFactoryOptions {
  accountId: string;
  region: string;
  /** undefined: the SDK default provider chain. */
  credentials?: Credentials;
  /** Where AWS_ENDPOINT_URL* are read from (default process.env). */
  env?: Env;
  retry?: RetryOptions;
  /** Timeouts of the default Node HTTP handler, ms (defaults 5 s to connect, 60 s per request). */
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Replaces the HTTP handler (replay). */
  requestHandler?: unknown;
  /** Added to every client's middleware stack (record, replay bookkeeping). */
  plugins?: readonly Pluggable<object, object>[];
  logger?: Logger;
  /** Extra user agent pair, e.g. ['connect-policy-gate', '0.1.0']. */
  userAgent?: [string, string];
  /** Concurrency for per-resource calls made by filters. */
  concurrency?: number;
}

/**
 * Options for the SDK's Node HTTP handler. Every client turns a plain options object into its handler itself
 * (`NodeHttpHandler.create`), so this module needs no runtime import of @smithy/node-http-handler: the SDK
 * is loaded only by the code paths that make a call (dynamic import), never at start-up.
 */
export interface NodeHttpHandlerOptions {
  readonly connectionTimeout: number;
  readonly requestTimeout: number;
  readonly throwOnRequestTimeout: true;
}

export function nodeHttpHandlerOptions(
  connectionTimeout: number,
  requestTimeout: number,
): NodeHttpHandlerOptions {
  return { connectionTimeout, requestTimeout, throwOnRequestTimeout: true };
}

/** True for the handler options above, false for a handler instance (replay, tests). */
export function isNodeHttpHandlerOptions(v: unknown): v is NodeHttpHandlerOptions {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { handle?: unknown }).handle !== 'function' &&
    (v as { throwOnRequestTimeout?: unknown }).throwOnRequestTimeout === true
  );
}

interface StackClient {
  middlewareStack: { use(p: Pluggable<object, object>): void };
  destroy?: () => void;
}

export class AwsClientFactory implements AwsPort {
  readonly accountId: string;
  readonly region: string;
  readonly sleep: Sleep;
  readonly concurrency: number;
  private readonly clients = new Map<unknown, Map<string, unknown>>();
  private readonly strategies = new Map<string, ClassifiedRetryStrategy>();
  private readonly env: Env;
  private readonly logger: Logger;

  constructor(private readonly options: ClientFactoryOptions) {
    this.accountId = options.accountId;
    this.region = options.region;
    this.sleep = options.retry?.sleep ?? realSleep;
    this.concurrency = options.concurrency ?? 8;
    this.env = options.env ?? process.env;
    this.logger = options.logger ?? silentLogger;
  }

  /** The endpoint override that applies to a client class, if any. */
  endpointFor(ctor: { name: string }): string | undefined {
    return endpointFromEnv(serviceIdOf(ctor), this.env);
  }

  /** The retry strategy shared by the clients of one class and region (exposed for tests). */
  retryStrategy(ctor: { name: string }, region: string): ClassifiedRetryStrategy {
    const key = `${ctor.name}|${region}`;
    let strategy = this.strategies.get(key);
    if (!strategy) {
      const service = serviceIdOf(ctor);
      strategy = new ClassifiedRetryStrategy(this.options.retry, (e) =>
        this.logger.debug(
          `AWS ${service} ${region}: ${e.errorClass} error ${e.code || '(no code)'}, retry ${e.attempt} in ${e.delayMs} ms`,
        ),
      );
      this.strategies.set(key, strategy);
    }
    return strategy;
  }

  client<T>(ctor: new (config: AwsClientConfig) => T, region?: string): T {
    const r = region ?? this.region;
    let byRegion = this.clients.get(ctor);
    if (!byRegion) {
      byRegion = new Map();
      this.clients.set(ctor, byRegion);
    }
    const cached = byRegion.get(r);
    if (cached) return cached as T;

    const strategy = this.retryStrategy(ctor, r);
    const config: AwsClientConfig = {
      region: r,
      maxAttempts: strategy.maxAttempts,
      retryStrategy: strategy,
    };
    if (this.options.credentials !== undefined) config['credentials'] = this.options.credentials;
    const endpoint = this.endpointFor(ctor);
    if (endpoint) {
      config['endpoint'] = endpoint;
      // Local stand-ins (LocalStack, our tests) cannot serve virtual-hosted bucket names.
      if (ctor.name === 'S3Client') config['forcePathStyle'] = true;
    }
    if (this.options.requestHandler !== undefined) {
      config['requestHandler'] = this.options.requestHandler;
    } else {
      // A hung call becomes a TimeoutError (transient: retried) instead of stalling the run.
      config['requestHandler'] = nodeHttpHandlerOptions(
        this.options.connectionTimeoutMs ?? 5_000,
        this.options.requestTimeoutMs ?? 60_000,
      );
    }
    if (this.options.userAgent) config['customUserAgent'] = [this.options.userAgent];

    const client = new ctor(config);
    for (const plugin of this.options.plugins ?? [])
      (client as unknown as StackClient).middlewareStack.use(plugin);
    byRegion.set(r, client);
    return client;
  }

  /** Closes every client's sockets (end of run). */
  destroy(): void {
    for (const byRegion of this.clients.values()) {
      for (const c of byRegion.values()) (c as StackClient).destroy?.();
    }
    this.clients.clear();
  }
}

/** The factory's sleep when `aws` is ours, else the real one (for c7n-retry at call sites). */
export function sleepOf(aws: AwsPort): Sleep {
  return aws instanceof AwsClientFactory ? aws.sleep : realSleep;
}

/** The factory's concurrency for per-resource calls (default 8). */
export function concurrencyOf(aws: AwsPort): number {
  return aws instanceof AwsClientFactory ? aws.concurrency : 8;
}

/* ------------------------------------------------------------------------------------------------ */
/* One-line messages for failed calls                                                               */
/* ------------------------------------------------------------------------------------------------ */

export interface CallDescription {
  /** e.g. `connect:DescribeInstanceAttribute` (also the IAM action the call needs). */
  readonly action: string;
  readonly region: string;
  readonly accountId?: string;
  /** What the call was for, e.g. `instance 1234`. */
  readonly subject?: string;
}

/** A one-line, secret-free message for an AWS call that failed, saying what to do where we can. */
export function describeAwsFailure(err: unknown, call: CallDescription): string {
  const code = awsErrorCode(err);
  const status = httpStatusOf(err);
  const raw = err instanceof Error ? err.message : String(err);
  const where = `${call.action} in ${call.region}${call.accountId ? ` (account ${call.accountId})` : ''}${call.subject ? ` for ${call.subject}` : ''}`;
  const detail = `${code || 'error'}${status ? ` (HTTP ${status})` : ''}: ${raw.split('\n')[0]}`;
  if (/AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(code)) {
    return `${where} was denied: ${detail}. Grant ${call.action} to the role the gate runs with (or check SCPs and permission boundaries).`;
  }
  if (
    /UnrecognizedClient|InvalidClientTokenId|ExpiredToken|SignatureDoesNotMatch|CredentialsProviderError/i.test(
      code,
    )
  ) {
    return `${where} failed: the credentials were rejected or are missing (${detail}).`;
  }
  const cls = classifyAwsError(err);
  if (cls !== 'fatal') return `${where} still failed after retries: ${detail}.`;
  return `${where} failed: ${detail}.`;
}

/**
 * A local stand-in for the AWS APIs the gate calls, speaking the real wire protocols so the real SDK v3
 * clients (serialisation, SigV4 signing, paging, error parsing, retries) run unchanged against it:
 * - Connect (REST-JSON): ListInstances (GET /instance, NextToken paging, at most 10 a page),
 *   DescribeInstanceAttribute, ListAnalyticsDataAssociations, UpdateInstanceAttribute
 * - STS (query/XML): AssumeRoleWithWebIdentity (unsigned), AssumeRole, GetCallerIdentity
 * - Security Hub (REST-JSON): GetFindings
 * - SSM (JSON 1.1): DescribeOpsItems
 * - CloudWatch (JSON 1.0, AWS-query compatible errors: `x-amzn-query-error`): PutMetricData
 * - Lambda (REST-JSON): Invoke (raw payloads; X-Amz-Function-Error for function errors)
 * - Step Functions (JSON 1.0): StartExecution
 * - IAM (query/XML): ListAccountAliases
 * Connect UpdateInstanceAttribute changes the state: a later DescribeInstanceAttribute answers the new value.
 * Every request is logged (service, operation, params in API member names, access key id, region), and
 * faults can be scripted (throttling, 500, delay, AccessDenied) per service/operation/region.
 * Listens on 127.0.0.1 on a random port; point the SDK at it with AWS_ENDPOINT_URL.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from './loopback-server.js';
import { queryErrorXml, xmlEscape } from './wire.js';
import { randomBytes, randomUUID } from 'node:crypto';

export type Json = Record<string, unknown>;

export interface LoggedRequest {
  service: string;
  operation: string;
  params: Json;
  /** From the SigV4 Authorization header; undefined for unsigned calls. */
  accessKeyId?: string;
  /** From the SigV4 credential scope. */
  region?: string;
  /** Whether an x-amz-security-token header came with it. */
  sessionToken?: boolean;
  /** The answer's HTTP status. */
  status?: number;
}

export type FaultKind = 'throttle' | 'server-error' | 'delay' | 'access-denied';

export interface Fault {
  kind: FaultKind;
  service?: string;
  operation?: string;
  region?: string;
  /** How many matching requests it applies to (default: all). */
  times?: number;
  /** For `delay`: how long to wait before answering normally. */
  delayMs?: number;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  /** Claims of the web identity token, for AssumeRoleWithWebIdentity. */
  claims?: Json;
}

export interface TrustPolicy {
  /** Accepted `aud` (default sts.amazonaws.com). */
  audience?: string;
  /** Accepted `sub` values; `*` is a wildcard (default: anything). */
  subjects?: string[];
  /** Roles that exist (default: any well-formed role ARN). */
  roles?: string[];
}

/** A Lambda function of the stand-in: answers a payload (default: the JSON `null`). */
export interface StandinFunction {
  /** What the function returns for a payload; `functionError` makes it a function error (status 200). */
  handler?: (
    payload: string,
    invocationType: string,
  ) => { payload?: string; functionError?: string; logResult?: string };
  /** X-Amz-Executed-Version (default `$LATEST`). */
  version?: string;
}

export interface StandinState {
  /** Connect instances per region (InstanceSummary objects; CreatedTime as Date, ISO string or epoch s). */
  instances: Record<string, Json[]>;
  /** DescribeInstanceAttribute answers: instance id -> attribute type -> value (default "false"). */
  attributes: Record<string, Record<string, string>>;
  /** ListAnalyticsDataAssociations results per instance id. */
  analytics: Record<string, Json[]>;
  analyticsPageSize: number;
  /** GetFindings: findings per resource ARN. */
  findings: Record<string, Json[]>;
  findingsPageSize: number;
  /** DescribeOpsItems: every OpsItem summary; filtered by Status and ResourceId like OpsCenter. */
  opsItems: Json[];
  opsItemsPageSize: number;
  /** When false, DescribeOpsItems ignores the filters and answers every item (canned answers). */
  opsItemsFiltered: boolean;
  /** Lambda functions by name; empty = every function exists and answers `null`. */
  functions: Record<string, StandinFunction>;
  /** Step Functions state machine ARNs that exist; empty = any. */
  stateMachines: string[];
  /** Executions started, in order. */
  executions: { executionArn: string; stateMachineArn: string; input: string; region: string }[];
  /** CloudWatch datapoints received (each MetricDatum with its Namespace and region). */
  metrics: Json[];
  trust: TrustPolicy;
  /** Account of callers using keys the stand-in did not issue. */
  defaultAccount: string;
  /** IAM ListAccountAliases answer. */
  accountAliases: string[];
}

const CONNECT_PAGE = 10;

function emptyState(): StandinState {
  return {
    instances: {},
    attributes: {},
    analytics: {},
    analyticsPageSize: 10,
    findings: {},
    findingsPageSize: 100,
    opsItems: [],
    opsItemsPageSize: 50,
    opsItemsFiltered: true,
    functions: {},
    stateMachines: [],
    executions: [],
    metrics: [],
    trust: {},
    defaultAccount: '123456789012',
    accountAliases: [],
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** An answer that is not a JSON document (Lambda Invoke's raw payload, its status and headers). */
class RawAnswer {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string>,
    readonly body: string,
  ) {}
}

type RouteOut = Json | string | RawAnswer;
interface Route {
  operation: string;
  params: Json;
  run: () => RouteOut;
}

function epochSeconds(v: unknown): unknown {
  if (v instanceof Date) return v.getTime() / 1000;
  if (typeof v === 'string') {
    const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
    return Number.isNaN(t) ? v : t / 1000;
  }
  return v;
}

function page<T>(
  items: readonly T[],
  token: string | undefined,
  size: number,
): { items: T[]; next?: string } {
  const start = token
    ? Number(
        Buffer.from(token, 'base64url')
          .toString('utf8')
          .replace(/^offset:/, ''),
      )
    : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new HttpError(400, 'InvalidParameterException', 'bad NextToken');
  const end = start + size;
  return {
    items: items.slice(start, end),
    next: end < items.length ? Buffer.from(`offset:${end}`).toString('base64url') : undefined,
  };
}

function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

function decodeJwtClaims(token: string): Json | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Json;
  } catch {
    return undefined;
  }
}

function accountOfRole(roleArn: string): string {
  return /^arn:[^:]+:iam::(\d{12}):role\//.exec(roleArn)?.[1] ?? '';
}

export class AwsStandin extends LoopbackServer {
  state: StandinState = emptyState();
  readonly log: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  /** Credentials handed out by STS, by access key id. */
  readonly issued = new Map<string, IssuedCredentials>();
  private counter = 0;

  /** Forget the log, faults, issued credentials and data. */
  reset(): void {
    this.state = emptyState();
    this.log.length = 0;
    this.faults.length = 0;
    this.issued.clear();
  }

  addFault(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** The environment that points the SDK at this stand-in. */
  env(): Record<string, string> {
    return { AWS_ENDPOINT_URL: this.url };
  }

  /** Logged requests of one operation. */
  calls(service: string, operation?: string): LoggedRequest[] {
    return this.log.filter(
      (l) => l.service === service && (operation === undefined || l.operation === operation),
    );
  }

  private takeFault(entry: LoggedRequest): Fault | undefined {
    for (const f of this.faults) {
      if (f.service !== undefined && f.service !== entry.service) continue;
      if (f.operation !== undefined && f.operation !== entry.operation) continue;
      if (f.region !== undefined && f.region !== entry.region) continue;
      if (f.times !== undefined) {
        if (f.times <= 0) continue;
        f.times -= 1;
      }
      return f;
    }
    return undefined;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = req.headers['authorization'] ?? '';
    const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
    const accessKeyId = scope?.[1];
    const region = scope?.[2];
    const signingService = scope?.[3];
    const target = String(req.headers['x-amz-target'] ?? '');
    const contentType = String(req.headers['content-type'] ?? '');

    let service = signingService ?? '';
    let protocol: 'rest-json' | 'json' | 'query' = 'rest-json';
    let jsonVersion = '1.1';
    if (target.startsWith('AmazonSSM.')) {
      service = 'ssm';
      protocol = 'json';
    } else if (target.startsWith('AWSStepFunctions.')) {
      service = 'states';
      protocol = 'json';
      jsonVersion = '1.0';
    } else if (target.startsWith('GraniteServiceVersion20100801.')) {
      service = 'monitoring';
      protocol = 'json';
      jsonVersion = '1.0';
    } else if (contentType.includes('x-www-form-urlencoded') || service === 'sts') {
      service = service === 'iam' ? 'iam' : 'sts';
      protocol = 'query';
    }

    const entry: LoggedRequest = {
      service,
      operation: '',
      params: {},
      accessKeyId,
      region,
      sessionToken: req.headers['x-amz-security-token'] !== undefined,
    };
    try {
      let route: Route;
      const operationOf = () => target.slice(target.indexOf('.') + 1);
      if (protocol === 'query' && service === 'iam') route = this.routeIam(new URLSearchParams(body));
      else if (protocol === 'query') route = this.routeSts(new URLSearchParams(body), entry);
      else if (service === 'states') route = this.routeSfn(operationOf(), body, region ?? '');
      else if (service === 'monitoring') route = this.routeCloudWatch(operationOf(), body, region ?? '');
      else if (protocol === 'json') route = this.routeSsm(target.slice('AmazonSSM.'.length), body);
      else if (service === 'lambda')
        route = this.routeLambda(req.method ?? 'GET', url, body, req.headers as Record<string, string>);
      else if (service === 'connect') route = this.routeConnect(req.method ?? 'GET', url, body, region ?? '');
      else if (service === 'securityhub') route = this.routeSecurityHub(req.method ?? 'GET', url, body);
      else
        throw new HttpError(
          400,
          'UnknownOperationException',
          `stand-in does not serve ${req.method} ${url.pathname}`,
        );
      entry.operation = route.operation;
      entry.params = route.params;
      this.log.push(entry);

      const fault = this.takeFault(entry);
      if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
      if (res.destroyed) return;
      if (fault?.kind === 'throttle') {
        const code =
          {
            connect: 'ThrottlingException',
            securityhub: 'TooManyRequestsException',
            lambda: 'TooManyRequestsException',
            monitoring: 'Throttling',
          }[service] ?? 'ThrottlingException';
        throw new HttpError(
          protocol === 'rest-json' ? 429 : 400,
          service === 'sts' ? 'Throttling' : code,
          'Rate exceeded',
        );
      }
      if (fault?.kind === 'server-error') {
        const code =
          {
            connect: 'InternalServiceException',
            securityhub: 'InternalException',
            ssm: 'InternalServerError',
            lambda: 'ServiceException',
            monitoring: 'InternalServiceError',
          }[service] ?? 'InternalFailure';
        throw new HttpError(500, code, 'We encountered an internal error. Please try again.');
      }
      if (fault?.kind === 'access-denied') {
        throw new HttpError(
          protocol === 'json' ? 400 : 403,
          service === 'sts' || service === 'monitoring' ? 'AccessDenied' : 'AccessDeniedException',
          `User is not authorized to perform: ${service}:${route.operation}`,
        );
      }
      const out = route.run();
      if (out instanceof RawAnswer) {
        entry.status = out.status;
        res.writeHead(out.status, { ...out.headers, 'x-amzn-requestid': this.requestId() });
        res.end(out.body);
        return;
      }
      entry.status = 200;
      if (protocol === 'query') {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(out as string);
      } else {
        res.writeHead(200, {
          'content-type': protocol === 'json' ? `application/x-amz-json-${jsonVersion}` : 'application/json',
          'x-amzn-requestid': this.requestId(),
        });
        res.end(JSON.stringify(out));
      }
    } catch (err) {
      const e =
        err instanceof HttpError
          ? err
          : new HttpError(500, 'InternalFailure', err instanceof Error ? err.message : String(err));
      if (!entry.operation) {
        entry.operation = '(unrouted)';
        this.log.push(entry);
      }
      entry.status = e.status;
      if (res.destroyed) return;
      if (protocol === 'query') {
        res.writeHead(e.status, { 'content-type': 'text/xml' });
        res.end(
          queryErrorXml(
            'https://sts.amazonaws.com/doc/2011-06-15/',
            e.status,
            e.code,
            e.message,
            this.requestId(),
          ),
        );
      } else if (protocol === 'json') {
        res.writeHead(e.status, {
          'content-type': `application/x-amz-json-${jsonVersion}`,
          'x-amzn-requestid': this.requestId(),
          // CloudWatch speaks JSON with AWS-query error codes.
          ...(service === 'monitoring'
            ? { 'x-amzn-query-error': `${e.code};${e.status >= 500 ? 'Receiver' : 'Sender'}` }
            : {}),
        });
        res.end(JSON.stringify({ __type: e.code, message: e.message }));
      } else {
        res.writeHead(e.status, {
          'content-type': 'application/json',
          'x-amzn-errortype': e.code,
          'x-amzn-requestid': this.requestId(),
        });
        res.end(JSON.stringify({ message: e.message, Message: e.message }));
      }
    }
  }

  private requestId(): string {
    return `00000000-0000-4000-8000-${String(++this.counter).padStart(12, '0')}`;
  }

  /* ------------------------------------------------------------------------------------ Connect */

  private routeConnect(method: string, url: URL, body: string, region: string) {
    const q = url.searchParams;
    const paging: Json = {};
    if (q.has('nextToken')) paging['NextToken'] = q.get('nextToken');
    if (q.has('maxResults')) paging['MaxResults'] = Number(q.get('maxResults'));
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const instanceExists = (id: string): void => {
      const all = Object.values(this.state.instances).flat();
      if (all.length > 0 && !all.some((i) => i['Id'] === id)) {
        throw new HttpError(404, 'ResourceNotFoundException', `Instance ${id} not found`);
      }
    };

    if (method === 'GET' && parts.length === 1 && parts[0] === 'instance') {
      return {
        operation: 'ListInstances',
        params: paging,
        run: () => {
          const size = Math.min(CONNECT_PAGE, (paging['MaxResults'] as number | undefined) ?? CONNECT_PAGE);
          const p = page(this.state.instances[region] ?? [], paging['NextToken'] as string | undefined, size);
          const out: Json = {
            InstanceSummaryList: p.items.map((i) => ({ ...i, CreatedTime: epochSeconds(i['CreatedTime']) })),
          };
          if (p.next) out['NextToken'] = p.next;
          return out;
        },
      };
    }
    if (parts.length === 4 && parts[0] === 'instance' && parts[2] === 'attribute') {
      const InstanceId = parts[1]!;
      const AttributeType = parts[3]!;
      if (method === 'GET') {
        return {
          operation: 'DescribeInstanceAttribute',
          params: { InstanceId, AttributeType },
          run: () => {
            instanceExists(InstanceId);
            const value = this.state.attributes[InstanceId]?.[AttributeType] ?? 'false';
            return { Attribute: { AttributeType, Value: value } };
          },
        };
      }
      if (method === 'POST') {
        const input = body ? (JSON.parse(body) as Json) : {};
        return {
          operation: 'UpdateInstanceAttribute',
          params: { InstanceId, AttributeType, ...input },
          run: () => {
            instanceExists(InstanceId);
            if (typeof input['Value'] !== 'string')
              throw new HttpError(400, 'InvalidParameterException', 'Value is required');
            (this.state.attributes[InstanceId] ??= {})[AttributeType] = input['Value'];
            return {};
          },
        };
      }
    }
    if (
      method === 'GET' &&
      parts.length === 4 &&
      parts[0] === 'analytics-data' &&
      parts[3] === 'association'
    ) {
      const InstanceId = parts[2]!;
      const params: Json = { InstanceId, ...paging };
      if (q.has('DataSetId')) params['DataSetId'] = q.get('DataSetId');
      return {
        operation: 'ListAnalyticsDataAssociations',
        params,
        run: () => {
          instanceExists(InstanceId);
          const size = (paging['MaxResults'] as number | undefined) ?? this.state.analyticsPageSize;
          const p = page(
            this.state.analytics[InstanceId] ?? [],
            paging['NextToken'] as string | undefined,
            size,
          );
          const out: Json = { Results: p.items };
          if (p.next) out['NextToken'] = p.next;
          return out;
        },
      };
    }
    throw new HttpError(
      404,
      'UnknownOperationException',
      `connect stand-in: no route for ${method} ${url.pathname}`,
    );
  }

  /* ------------------------------------------------------------------------------- Security Hub */

  private routeSecurityHub(method: string, url: URL, body: string) {
    if (method === 'POST' && url.pathname === '/findings') {
      const input = body ? (JSON.parse(body) as Json) : {};
      return {
        operation: 'GetFindings',
        params: input,
        run: () => {
          const filters = (input['Filters'] ?? {}) as Record<
            string,
            { Value?: string; Comparison?: string }[]
          >;
          const ids = (filters['ResourceId'] ?? [])
            .filter((f) => f.Comparison === 'EQUALS')
            .map((f) => f.Value ?? '');
          const all =
            ids.length > 0
              ? ids.flatMap((id) => this.state.findings[id] ?? [])
              : Object.values(this.state.findings).flat();
          const size = (input['MaxResults'] as number | undefined) ?? this.state.findingsPageSize;
          const p = page(all, input['NextToken'] as string | undefined, size);
          const out: Json = { Findings: p.items };
          if (p.next) out['NextToken'] = p.next;
          return out;
        },
      };
    }
    throw new HttpError(
      404,
      'UnknownOperationException',
      `securityhub stand-in: no route for ${method} ${url.pathname}`,
    );
  }

  /* ---------------------------------------------------------------------------------------- SSM */

  private routeSsm(operation: string, body: string) {
    const input = body ? (JSON.parse(body) as Json) : {};
    if (operation !== 'DescribeOpsItems') {
      throw new HttpError(400, 'UnknownOperationException', `ssm stand-in does not serve ${operation}`);
    }
    return {
      operation,
      params: input,
      run: () => {
        const filters = (input['OpsItemFilters'] ?? []) as {
          Key: string;
          Operator: string;
          Values: string[];
        }[];
        let items = this.state.opsItems;
        if (this.state.opsItemsFiltered) {
          items = items.filter((item) =>
            filters.every((f) => {
              if (f.Key === 'Status') return f.Values.includes(String(item['Status']));
              if (f.Key === 'Priority') return f.Values.includes(String(item['Priority']));
              if (f.Key === 'Title') return f.Values.some((v) => String(item['Title'] ?? '').includes(v));
              if (f.Key === 'Source') return f.Values.includes(String(item['Source']));
              if (f.Key === 'ResourceId') {
                const od = item['OperationalData'] as Record<string, { Value?: string }> | undefined;
                const resources = od?.['/aws/resources']?.Value ?? '';
                return f.Values.some((v) => resources.includes(v));
              }
              return true;
            }),
          );
        }
        const size = (input['MaxResults'] as number | undefined) ?? this.state.opsItemsPageSize;
        const p = page(items, input['NextToken'] as string | undefined, size);
        const out: Json = { OpsItemSummaries: p.items };
        if (p.next) out['NextToken'] = p.next;
        return out;
      },
    };
  }

  /* ------------------------------------------------------------------------------------- Lambda */

  private routeLambda(method: string, url: URL, body: string, headers: Record<string, string>): Route {
    const m = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(url.pathname);
    if (method !== 'POST' || !m) {
      throw new HttpError(
        404,
        'UnknownOperationException',
        `lambda stand-in: no route for ${method} ${url.pathname}`,
      );
    }
    const FunctionName = decodeURIComponent(m[1]!);
    const params: Json = { FunctionName };
    const invocationType = headers['x-amz-invocation-type'];
    if (invocationType !== undefined) params['InvocationType'] = invocationType;
    if (headers['x-amz-log-type'] !== undefined) params['LogType'] = headers['x-amz-log-type'];
    if (url.searchParams.has('Qualifier')) params['Qualifier'] = url.searchParams.get('Qualifier');
    params['Payload'] = body;
    return {
      operation: 'Invoke',
      params,
      run: () => {
        // A name, a partial ARN (account:function:name) or a full ARN, possibly with a qualifier.
        const fnArn = /(?:^|:)function:([^:]+)(?::[^:]+)?$/.exec(FunctionName);
        const name = fnArn ? fnArn[1]! : FunctionName;
        const names = Object.keys(this.state.functions);
        const fn = this.state.functions[name];
        if (names.length > 0 && !fn) {
          throw new HttpError(404, 'ResourceNotFoundException', `Function not found: ${FunctionName}`);
        }
        if (body.length > 6 * 1024 * 1024) {
          throw new HttpError(413, 'RequestTooLargeException', 'Request must be smaller than 6291456 bytes');
        }
        const type = invocationType ?? 'RequestResponse';
        if (type === 'Event') {
          fn?.handler?.(body, type);
          return new RawAnswer(202, { 'content-type': 'application/json' }, '');
        }
        const answer = fn?.handler?.(body, type) ?? {};
        const out: Record<string, string> = {
          'content-type': 'application/json',
          'x-amz-executed-version': fn?.version ?? '$LATEST',
        };
        if (answer.functionError !== undefined) out['x-amz-function-error'] = answer.functionError;
        if (answer.logResult !== undefined) out['x-amz-log-result'] = answer.logResult;
        return new RawAnswer(200, out, answer.payload ?? 'null');
      },
    };
  }

  /* ----------------------------------------------------------------------------- Step Functions */

  private routeSfn(operation: string, body: string, region: string): Route {
    const input = body ? (JSON.parse(body) as Json) : {};
    if (operation !== 'StartExecution') {
      throw new HttpError(400, 'UnknownOperationException', `states stand-in does not serve ${operation}`);
    }
    return {
      operation,
      params: input,
      run: () => {
        const machine = String(input['stateMachineArn'] ?? '');
        const m = /^arn:[^:]+:states:[^:]*:[^:]*:stateMachine:(.+)$/.exec(machine);
        if (!m) throw new HttpError(400, 'InvalidArn', `Invalid Arn: '${machine}'`);
        if (this.state.stateMachines.length > 0 && !this.state.stateMachines.includes(machine)) {
          throw new HttpError(400, 'StateMachineDoesNotExist', `State Machine Does Not Exist: '${machine}'`);
        }
        const text = typeof input['input'] === 'string' ? input['input'] : '{}';
        if (Buffer.byteLength(text) > 256 * 1024) {
          throw new HttpError(400, 'InvalidExecutionInput', 'input exceeds 262144 bytes');
        }
        const name = typeof input['name'] === 'string' ? input['name'] : randomUUID();
        const executionArn = machine.replace(':stateMachine:', ':execution:') + `:${name}`;
        this.state.executions.push({ executionArn, stateMachineArn: machine, input: text, region });
        return { executionArn, startDate: Date.now() / 1000 };
      },
    };
  }

  /* --------------------------------------------------------------------------------- CloudWatch */

  private routeCloudWatch(operation: string, body: string, region: string): Route {
    const input = body ? (JSON.parse(body) as Json) : {};
    if (operation !== 'PutMetricData') {
      throw new HttpError(400, 'InvalidAction', `monitoring stand-in does not serve ${operation}`);
    }
    return {
      operation,
      params: input,
      run: () => {
        const data = (input['MetricData'] ?? []) as Json[];
        if (typeof input['Namespace'] !== 'string' || data.length === 0) {
          throw new HttpError(400, 'MissingParameter', 'Namespace and MetricData are required');
        }
        for (const d of data) {
          for (const dim of (d['Dimensions'] ?? []) as Json[]) {
            if (typeof dim['Value'] !== 'string' || typeof dim['Name'] !== 'string') {
              throw new HttpError(400, 'InvalidParameterValue', 'Dimension Name and Value must be strings');
            }
          }
          this.state.metrics.push({ Namespace: input['Namespace'], region, ...d });
        }
        return {};
      },
    };
  }

  /* ---------------------------------------------------------------------------------------- STS */

  private issue(
    roleArn: string,
    sessionName: string,
    durationSeconds: number,
    claims?: Json,
  ): IssuedCredentials {
    const creds: IssuedCredentials = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(20).toString('base64'),
      sessionToken: `FQoG${randomBytes(32).toString('base64')}`,
      roleArn,
      sessionName,
      durationSeconds,
      claims,
    };
    this.issued.set(creds.accessKeyId, creds);
    return creds;
  }

  private credentialsXml(action: string, c: IssuedCredentials, extra = ''): string {
    const expiration = new Date(Date.now() + c.durationSeconds * 1000).toISOString();
    const account = accountOfRole(c.roleArn);
    const roleName = c.roleArn.split('/').slice(1).join('/');
    return (
      `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result>` +
      extra +
      `<AssumedRoleUser><AssumedRoleId>AROA000000000000:${xmlEscape(c.sessionName)}</AssumedRoleId>` +
      `<Arn>arn:aws:sts::${account}:assumed-role/${xmlEscape(roleName)}/${xmlEscape(c.sessionName)}</Arn></AssumedRoleUser>` +
      `<Credentials><AccessKeyId>${c.accessKeyId}</AccessKeyId><SecretAccessKey>${xmlEscape(c.secretAccessKey)}</SecretAccessKey>` +
      `<SessionToken>${xmlEscape(c.sessionToken)}</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
      `</${action}Result><ResponseMetadata><RequestId>${this.requestId()}</RequestId></ResponseMetadata></${action}Response>`
    );
  }

  private checkRole(roleArn: string): void {
    if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleArn)) {
      throw new HttpError(400, 'ValidationError', `${roleArn} is invalid`);
    }
    const roles = this.state.trust.roles;
    if (roles && !roles.includes(roleArn)) {
      throw new HttpError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    }
  }

  /** IAM (query/XML): ListAccountAliases, for the `account` field of notify and invoke-lambda. */
  private routeIam(form: URLSearchParams): Route {
    const operation = form.get('Action') ?? '';
    if (operation !== 'ListAccountAliases') {
      throw new HttpError(400, 'InvalidAction', `stand-in does not serve IAM ${operation}`);
    }
    return {
      operation,
      params: {},
      run: () =>
        `<ListAccountAliasesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListAccountAliasesResult>` +
        `<IsTruncated>false</IsTruncated><AccountAliases>${this.state.accountAliases
          .map((a) => `<member>${xmlEscape(a)}</member>`)
          .join('')}</AccountAliases></ListAccountAliasesResult>` +
        `<ResponseMetadata><RequestId>${this.requestId()}</RequestId></ResponseMetadata></ListAccountAliasesResponse>`,
    };
  }

  private routeSts(form: URLSearchParams, entry: LoggedRequest) {
    const operation = form.get('Action') ?? '';
    const params: Json = {};
    for (const [k, v] of form) if (k !== 'Action' && k !== 'Version') params[k] = v;
    if (operation === 'AssumeRoleWithWebIdentity') {
      // The token is a secret: log only that it was there.
      const token = String(params['WebIdentityToken'] ?? '');
      params['WebIdentityToken'] = token ? '<redacted>' : '';
      return {
        operation,
        params,
        run: () => {
          const roleArn = String(params['RoleArn'] ?? '');
          const claims = decodeJwtClaims(token);
          if (!claims)
            throw new HttpError(
              400,
              'InvalidIdentityToken',
              "Couldn't retrieve verification key from your identity provider",
            );
          const audience = this.state.trust.audience ?? 'sts.amazonaws.com';
          const aud = claims['aud'];
          if (!(Array.isArray(aud) ? aud.includes(audience) : aud === audience)) {
            throw new HttpError(400, 'InvalidIdentityToken', 'Incorrect token audience');
          }
          if (typeof claims['exp'] === 'number' && claims['exp'] * 1000 < Date.now()) {
            throw new HttpError(400, 'ExpiredTokenException', 'Token expired');
          }
          this.checkRole(roleArn);
          const subjects = this.state.trust.subjects;
          if (subjects && !subjects.some((s) => globMatch(s, String(claims['sub'] ?? '')))) {
            throw new HttpError(
              403,
              'AccessDenied',
              'Not authorized to perform sts:AssumeRoleWithWebIdentity',
            );
          }
          const duration = Number(params['DurationSeconds'] ?? 3600);
          if (!(duration >= 900 && duration <= 43200)) {
            throw new HttpError(
              400,
              'ValidationError',
              `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint`,
            );
          }
          const c = this.issue(roleArn, String(params['RoleSessionName'] ?? ''), duration, claims);
          const extra =
            `<SubjectFromWebIdentityToken>${xmlEscape(String(claims['sub'] ?? ''))}</SubjectFromWebIdentityToken>` +
            `<Audience>${xmlEscape(audience)}</Audience><Provider>${xmlEscape(String(claims['iss'] ?? ''))}</Provider>`;
          return this.credentialsXml(operation, c, extra);
        },
      };
    }
    if (operation === 'AssumeRole') {
      return {
        operation,
        params,
        run: () => {
          if (!entry.accessKeyId)
            throw new HttpError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
          const roleArn = String(params['RoleArn'] ?? '');
          this.checkRole(roleArn);
          const c = this.issue(
            roleArn,
            String(params['RoleSessionName'] ?? ''),
            Number(params['DurationSeconds'] ?? 3600),
          );
          return this.credentialsXml(operation, c);
        },
      };
    }
    if (operation === 'GetCallerIdentity') {
      return {
        operation,
        params,
        run: () => {
          const c = entry.accessKeyId ? this.issued.get(entry.accessKeyId) : undefined;
          const account = c ? accountOfRole(c.roleArn) : this.state.defaultAccount;
          const arn = c
            ? `arn:aws:sts::${account}:assumed-role/${c.roleArn.split('/').slice(1).join('/')}/${c.sessionName}`
            : `arn:aws:iam::${account}:user/standin`;
          return (
            `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>` +
            `<Arn>${xmlEscape(arn)}</Arn><UserId>AIDA00000000</UserId><Account>${account}</Account>` +
            `</GetCallerIdentityResult><ResponseMetadata><RequestId>${this.requestId()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
          );
        },
      };
    }
    throw new HttpError(400, 'InvalidAction', `Could not find operation ${operation} for version 2011-06-15`);
  }
}

/** Starts a stand-in; remember to `stop()` it. */
export async function startAwsStandin(): Promise<AwsStandin> {
  const s = new AwsStandin();
  await s.start();
  return s;
}

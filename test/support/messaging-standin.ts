/**
 * A local stand-in for the messaging APIs of the enforce actions (notify, post-finding, post-item), speaking
 * the real wire protocols so the real SDK v3 clients (serialisation, SigV4 signing, checksums, error
 * parsing, retries) run unchanged against it:
 * - SQS (JSON 1.0, `AmazonSQS.*`, query-compatible errors): SendMessage — answers MD5OfMessageBody and
 *   MD5OfMessageAttributes computed as SQS does (the SDK rejects a SendMessage answer whose body MD5 is wrong)
 * - SNS (query/XML): Publish
 * - Security Hub (REST-JSON): BatchImportFindings (POST /findings/import, per-finding validation reported in
 *   FailedFindings, at most 100 findings a call), GetFindings (POST /findings)
 * - SSM (JSON 1.1, `AmazonSSM.*`): CreateOpsItem (OpsCenter's dedup on `/aws/dedup`), UpdateOpsItem,
 *   DescribeOpsItems (OpsItemFilters, paging)
 * Every request is logged (service, operation, params in API member names, access key id, region, status);
 * faults can be scripted per service/operation/region (throttling, 500, access denied, a wrong body MD5), and
 * findings can be rejected one by one (partial FailedFindings).
 * Listens on 127.0.0.1 on a random port; route services to it with `env()` (AWS_ENDPOINT_URL_SQS, ...).
 * Separate from aws-standin.ts on purpose (different owners); both can run side by side.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from './loopback-server.js';
import { queryErrorXml } from './wire.js';

export type Json = Record<string, unknown>;
export type MessagingService = 'sqs' | 'sns' | 'securityhub' | 'ssm';

export interface LoggedRequest {
  service: MessagingService | '';
  operation: string;
  params: Json;
  accessKeyId?: string;
  region?: string;
  status?: number;
}

export type FaultKind = 'throttle' | 'server-error' | 'access-denied' | 'bad-md5';

export interface Fault {
  kind: FaultKind;
  service?: MessagingService;
  operation?: string;
  region?: string;
  /** How many matching requests it applies to (default: all). */
  times?: number;
}

export interface SqsMessage {
  queueUrl: string;
  region?: string;
  messageId: string;
  body: string;
  attributes: Record<string, { DataType?: string; StringValue?: string }>;
}

export interface SnsMessage {
  topicArn: string;
  region?: string;
  messageId: string;
  message: string;
  attributes: Record<string, { DataType?: string; StringValue?: string }>;
}

export interface OpsItem {
  OpsItemId: string;
  Title?: string;
  Description?: string;
  Priority?: number;
  Source?: string;
  Status: string;
  OpsItemType: string;
  OperationalData: Record<string, { Type?: string; Value?: string }>;
  Notifications?: unknown[];
  RelatedOpsItems?: unknown[];
  Tags?: unknown[];
  CreatedTime: number;
  LastModifiedTime: number;
  CreatedBy: string;
  LastModifiedBy: string;
}

export interface MessagingState {
  /** Queue names that exist (the last path segment of the URL); empty = every queue exists. */
  queues: string[];
  /** Topic ARNs that exist; empty = every topic exists. */
  topics: string[];
  sqsMessages: SqsMessage[];
  snsMessages: SnsMessage[];
  /** Imported findings by Id (an import of the same Id updates it, as Security Hub does). */
  findings: Map<string, Json>;
  /** Called for every finding of BatchImportFindings: return an error to put it in FailedFindings. */
  rejectFinding?: (finding: Json) => { ErrorCode: string; ErrorMessage: string } | undefined;
  getFindingsPageSize: number;
  opsItems: OpsItem[];
  opsItemsPageSize: number;
  /** OpsCenter refuses a second open item with the same `/aws/dedup` string (OpsItemAlreadyExistsException). */
  dedupEnforced: boolean;
  /** Whether OpsItemAlreadyExistsException names the existing item. */
  dedupNamesItem: boolean;
}

const emptyState = (): MessagingState => ({
  queues: [],
  topics: [],
  sqsMessages: [],
  snsMessages: [],
  findings: new Map(),
  getFindingsPageSize: 100,
  opsItems: [],
  opsItemsPageSize: 50,
  dedupEnforced: true,
  dedupNamesItem: true,
});

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Json = {},
    /** SQS query-compatible error code (x-amzn-query-error). */
    readonly queryCode?: string,
  ) {
    super(message);
  }
}

const md5 = (b: Buffer | string): string => createHash('md5').update(b).digest('hex');

/** MD5OfMessageAttributes as SQS computes it: names sorted, each field length-prefixed, a transport byte. */
export function sqsAttributesMd5(attrs: Record<string, { DataType?: string; StringValue?: string }>): string {
  const parts: Buffer[] = [];
  const lp = (s: string): void => {
    const b = Buffer.from(s, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    parts.push(len, b);
  };
  for (const name of Object.keys(attrs).sort()) {
    const a = attrs[name]!;
    lp(name);
    lp(a.DataType ?? '');
    parts.push(Buffer.from([1]));
    lp(a.StringValue ?? '');
  }
  return md5(Buffer.concat(parts));
}

/** Parses `Prefix.entry.N.Name` / `Prefix.entry.N.Value.X` query members into a map. */
function queryMap(
  form: URLSearchParams,
  prefix: string,
): Record<string, { DataType?: string; StringValue?: string }> {
  const entries = new Map<string, Record<string, string>>();
  for (const [k, v] of form) {
    const m = new RegExp(`^${prefix}\\.entry\\.(\\d+)\\.(.+)$`).exec(k);
    if (!m) continue;
    const e = entries.get(m[1]!) ?? {};
    e[m[2]!] = v;
    entries.set(m[1]!, e);
  }
  const out: Record<string, { DataType?: string; StringValue?: string }> = {};
  for (const n of [...entries.keys()].sort((a, b) => Number(a) - Number(b))) {
    const e = entries.get(n)!;
    out[e['Name'] ?? ''] = { DataType: e['Value.DataType'], StringValue: e['Value.StringValue'] };
  }
  return out;
}

const REQUIRED_FINDING_FIELDS = [
  'SchemaVersion',
  'Id',
  'ProductArn',
  'GeneratorId',
  'AwsAccountId',
  'CreatedAt',
  'UpdatedAt',
  'Title',
  'Description',
  'Resources',
];

export class MessagingStandin extends LoopbackServer {
  state: MessagingState = emptyState();
  readonly log: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  private counter = 0;
  private opsSeq = 0;
  /** OpsCenter clock (epoch seconds), one second per item so "newest first" is deterministic. */
  private clock = 1_750_000_000;

  reset(): void {
    this.state = emptyState();
    this.log.length = 0;
    this.faults.length = 0;
    this.opsSeq = 0;
  }

  addFault(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** The environment that routes the four services here (and nothing else). */
  env(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL_SQS: this.url,
      AWS_ENDPOINT_URL_SNS: this.url,
      AWS_ENDPOINT_URL_SECURITYHUB: this.url,
      AWS_ENDPOINT_URL_SSM: this.url,
    };
  }

  calls(service: MessagingService, operation?: string): LoggedRequest[] {
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

  private requestId(): string {
    return `00000000-0000-4000-8000-${String(++this.counter).padStart(12, '0')}`;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = String(req.headers['authorization'] ?? '');
    const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
    const target = String(req.headers['x-amz-target'] ?? '');
    const contentType = String(req.headers['content-type'] ?? '');

    let service: LoggedRequest['service'] = '';
    if (target.startsWith('AmazonSQS.')) service = 'sqs';
    else if (target.startsWith('AmazonSSM.')) service = 'ssm';
    else if (contentType.includes('x-www-form-urlencoded') || scope?.[3] === 'sns') service = 'sns';
    else if (scope?.[3] === 'securityhub') service = 'securityhub';

    const entry: LoggedRequest = {
      service,
      operation: '',
      params: {},
      accessKeyId: scope?.[1],
      region: scope?.[2],
    };
    try {
      let route: { operation: string; params: Json; run: () => Json | string };
      if (service === 'sqs') route = this.routeSqs(target.slice('AmazonSQS.'.length), body, entry);
      else if (service === 'ssm') route = this.routeSsm(target.slice('AmazonSSM.'.length), body);
      else if (service === 'sns') route = this.routeSns(new URLSearchParams(body), entry);
      else if (service === 'securityhub') route = this.routeSecurityHub(req.method ?? 'GET', url, body);
      else
        throw new HttpError(400, 'UnknownOperationException', `no route for ${req.method} ${url.pathname}`);
      entry.operation = route.operation;
      entry.params = route.params;
      this.log.push(entry);

      const fault = this.takeFault(entry);
      if (fault?.kind === 'throttle') {
        const code = {
          sqs: 'RequestThrottled',
          sns: 'Throttling',
          securityhub: 'TooManyRequestsException',
          ssm: 'ThrottlingException',
        }[service];
        throw new HttpError(service === 'securityhub' ? 429 : 400, code, 'Rate exceeded', {}, code);
      }
      if (fault?.kind === 'server-error') {
        const code = {
          sqs: 'InternalError',
          sns: 'InternalError',
          securityhub: 'InternalException',
          ssm: 'InternalServerError',
        }[service];
        throw new HttpError(500, code, 'We encountered an internal error. Please try again.', {}, code);
      }
      if (fault?.kind === 'access-denied') {
        const code = service === 'sns' ? 'AuthorizationError' : 'AccessDeniedException';
        throw new HttpError(
          service === 'sns' || service === 'securityhub' ? 403 : 400,
          code,
          `User is not authorized to perform: ${service}:${route.operation}`,
          {},
          'AccessDenied',
        );
      }
      let out = route.run();
      if (fault?.kind === 'bad-md5' && typeof out === 'object' && 'MD5OfMessageBody' in out) {
        out = { ...out, MD5OfMessageBody: md5('not the body') };
      }
      entry.status = 200;
      if (typeof out === 'string') {
        res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': this.requestId() });
        res.end(out);
      } else {
        const ct =
          service === 'sqs'
            ? 'application/x-amz-json-1.0'
            : service === 'ssm'
              ? 'application/x-amz-json-1.1'
              : 'application/json';
        res.writeHead(200, { 'content-type': ct, 'x-amzn-requestid': this.requestId() });
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
      if (service === 'sns') {
        res.writeHead(e.status, { 'content-type': 'text/xml' });
        res.end(
          queryErrorXml(
            'http://sns.amazonaws.com/doc/2010-03-31/',
            e.status,
            e.code,
            e.message,
            this.requestId(),
          ),
        );
      } else if (service === 'sqs') {
        const headers: Record<string, string> = {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': this.requestId(),
        };
        if (e.queryCode)
          headers['x-amzn-query-error'] = `${e.queryCode};${e.status >= 500 ? 'Receiver' : 'Sender'}`;
        res.writeHead(e.status, headers);
        res.end(JSON.stringify({ __type: `com.amazonaws.sqs#${e.code}`, message: e.message }));
      } else if (service === 'ssm') {
        res.writeHead(e.status, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': this.requestId(),
        });
        res.end(JSON.stringify({ __type: e.code, Message: e.message, ...e.extra }));
      } else {
        res.writeHead(e.status, {
          'content-type': 'application/json',
          'x-amzn-errortype': e.code,
          'x-amzn-requestid': this.requestId(),
        });
        res.end(JSON.stringify({ Message: e.message, Code: e.code, ...e.extra }));
      }
    }
  }

  /* ---------------------------------------------------------------------------------------- SQS */

  private routeSqs(operation: string, body: string, entry: LoggedRequest) {
    const input = body ? (JSON.parse(body) as Json) : {};
    if (operation !== 'SendMessage') {
      throw new HttpError(
        400,
        'UnsupportedOperation',
        `sqs stand-in does not serve ${operation}`,
        {},
        'AWS.SimpleQueueService.UnsupportedOperation',
      );
    }
    return {
      operation,
      params: input,
      run: () => {
        const queueUrl = String(input['QueueUrl'] ?? '');
        const name = queueUrl.split('/').pop() ?? '';
        if (this.state.queues.length > 0 && !this.state.queues.includes(name)) {
          throw new HttpError(
            400,
            'QueueDoesNotExist',
            'The specified queue does not exist.',
            {},
            'AWS.SimpleQueueService.NonExistentQueue',
          );
        }
        const messageBody = input['MessageBody'];
        if (typeof messageBody !== 'string' || messageBody === '') {
          throw new HttpError(
            400,
            'MissingParameter',
            'The request must contain the parameter MessageBody.',
            {},
            'MissingParameter',
          );
        }
        if (Buffer.byteLength(messageBody) > 262_144) {
          throw new HttpError(
            400,
            'InvalidParameterValue',
            'Message must be shorter than 262144 bytes.',
            {},
            'InvalidParameterValue',
          );
        }
        const attributes = (input['MessageAttributes'] ?? {}) as SqsMessage['attributes'];
        const messageId = randomUUID();
        this.state.sqsMessages.push({
          queueUrl,
          region: entry.region,
          messageId,
          body: messageBody,
          attributes,
        });
        const out: Json = { MD5OfMessageBody: md5(messageBody), MessageId: messageId };
        if (Object.keys(attributes).length > 0) out['MD5OfMessageAttributes'] = sqsAttributesMd5(attributes);
        return out;
      },
    };
  }

  /* ---------------------------------------------------------------------------------------- SNS */

  private routeSns(form: URLSearchParams, entry: LoggedRequest) {
    const operation = form.get('Action') ?? '';
    if (operation !== 'Publish')
      throw new HttpError(400, 'InvalidAction', `sns stand-in does not serve ${operation}`);
    const attributes = queryMap(form, 'MessageAttributes');
    const params: Json = {};
    for (const [k, v] of form)
      if (k !== 'Action' && k !== 'Version' && !k.startsWith('MessageAttributes.')) params[k] = v;
    if (Object.keys(attributes).length > 0) params['MessageAttributes'] = attributes;
    return {
      operation,
      params,
      run: () => {
        const topicArn = String(params['TopicArn'] ?? '');
        if (!/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]+$/.test(topicArn)) {
          throw new HttpError(400, 'InvalidParameter', 'Invalid parameter: TopicArn');
        }
        if (this.state.topics.length > 0 && !this.state.topics.includes(topicArn)) {
          throw new HttpError(404, 'NotFound', 'Topic does not exist');
        }
        const message = String(params['Message'] ?? '');
        const messageId = randomUUID();
        this.state.snsMessages.push({ topicArn, region: entry.region, messageId, message, attributes });
        return (
          `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${messageId}</MessageId>` +
          `</PublishResult><ResponseMetadata><RequestId>${this.requestId()}</RequestId></ResponseMetadata></PublishResponse>`
        );
      },
    };
  }

  /* ------------------------------------------------------------------------------- Security Hub */

  private routeSecurityHub(method: string, url: URL, body: string) {
    const input = body ? (JSON.parse(body) as Json) : {};
    if (method === 'POST' && url.pathname === '/findings/import') {
      return {
        operation: 'BatchImportFindings',
        params: input,
        run: () => {
          const findings = (input['Findings'] ?? []) as Json[];
          if (findings.length < 1 || findings.length > 100) {
            throw new HttpError(400, 'InvalidInputException', 'Findings must hold 1 to 100 findings');
          }
          const failed: Json[] = [];
          for (const f of findings) {
            const missing = REQUIRED_FINDING_FIELDS.filter((k) => f[k] === undefined || f[k] === '');
            const rejected = missing.length
              ? {
                  ErrorCode: 'InvalidInput',
                  ErrorMessage: `Finding does not adhere to ASFF: missing ${missing.join(', ')}`,
                }
              : this.state.rejectFinding?.(f);
            if (rejected) failed.push({ Id: f['Id'], ...rejected });
            else this.state.findings.set(String(f['Id']), f);
          }
          return {
            FailedCount: failed.length,
            SuccessCount: findings.length - failed.length,
            FailedFindings: failed,
          };
        },
      };
    }
    if (method === 'POST' && url.pathname === '/findings') {
      return {
        operation: 'GetFindings',
        params: input,
        run: () => {
          const filters = (input['Filters'] ?? {}) as Record<
            string,
            { Value?: string; Comparison?: string }[]
          >;
          const matches = (key: string, value: unknown): boolean => {
            const fs = filters[key];
            return !fs || fs.some((f) => f.Comparison === 'EQUALS' && f.Value === value);
          };
          const all = [...this.state.findings.values()].filter(
            (f) =>
              matches('Id', f['Id']) &&
              matches('ResourceId', ((f['Resources'] as Json[] | undefined)?.[0] ?? {})['Id']) &&
              matches('GeneratorId', f['GeneratorId']),
          );
          const size = (input['MaxResults'] as number | undefined) ?? this.state.getFindingsPageSize;
          const start = Number(input['NextToken'] ?? 0);
          const out: Json = { Findings: all.slice(start, start + size) };
          if (start + size < all.length) out['NextToken'] = String(start + size);
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

  private summary(item: OpsItem): Json {
    const { Description: _d, Notifications: _n, RelatedOpsItems: _r, Tags: _t, ...rest } = item;
    return rest;
  }

  private routeSsm(operation: string, body: string) {
    const input = body ? (JSON.parse(body) as Json) : {};
    const route = (run: () => Json) => ({ operation, params: input, run });
    switch (operation) {
      case 'CreateOpsItem':
        return route(() => {
          for (const k of ['Title', 'Description', 'Source']) {
            if (typeof input[k] !== 'string' || input[k] === '') {
              throw new HttpError(
                400,
                'ValidationException',
                `1 validation error detected: ${k} must not be empty`,
              );
            }
          }
          const data = (input['OperationalData'] ?? {}) as OpsItem['OperationalData'];
          const related = (input['RelatedOpsItems'] ?? []) as Json[];
          if (related.some((r) => typeof r['OpsItemId'] !== 'string')) {
            throw new HttpError(400, 'ValidationException', 'RelatedOpsItems.OpsItemId must be a string');
          }
          const dedup = data['/aws/dedup']?.Value;
          if (dedup && this.state.dedupEnforced) {
            const existing = this.state.opsItems.find(
              (i) => i.Status === 'Open' && i.OperationalData['/aws/dedup']?.Value === dedup,
            );
            if (existing) {
              throw new HttpError(
                400,
                'OpsItemAlreadyExistsException',
                'An OpsItem with the same dedup string already exists',
                this.state.dedupNamesItem ? { OpsItemId: existing.OpsItemId } : {},
              );
            }
          }
          const now = ++this.clock;
          const item: OpsItem = {
            OpsItemId: `oi-${(++this.opsSeq).toString(16).padStart(12, '0')}`,
            Title: input['Title'] as string,
            Description: input['Description'] as string,
            Priority: input['Priority'] as number | undefined,
            Source: input['Source'] as string,
            Status: 'Open',
            OpsItemType: (input['OpsItemType'] as string | undefined) ?? '/aws/issue',
            OperationalData: data,
            Notifications: input['Notifications'] as unknown[] | undefined,
            RelatedOpsItems: related,
            Tags: input['Tags'] as unknown[] | undefined,
            CreatedTime: now,
            LastModifiedTime: now,
            CreatedBy: 'arn:aws:iam::123456789012:user/standin',
            LastModifiedBy: 'arn:aws:iam::123456789012:user/standin',
          };
          this.state.opsItems.push(item);
          return {
            OpsItemId: item.OpsItemId,
            OpsItemArn: `arn:aws:ssm:us-east-1:123456789012:opsitem/${item.OpsItemId}`,
          };
        });
      case 'UpdateOpsItem':
        return route(() => {
          const item = this.state.opsItems.find((i) => i.OpsItemId === input['OpsItemId']);
          if (!item)
            throw new HttpError(
              400,
              'OpsItemNotFoundException',
              `OpsItem ${String(input['OpsItemId'])} not found`,
            );
          const data = (input['OperationalData'] ?? {}) as OpsItem['OperationalData'];
          item.OperationalData = { ...item.OperationalData, ...data };
          for (const k of (input['OperationalDataToDelete'] ?? []) as string[])
            delete item.OperationalData[k];
          for (const k of ['Title', 'Description', 'Status'] as const) {
            if (typeof input[k] === 'string') item[k] = input[k];
          }
          if (typeof input['Priority'] === 'number') item.Priority = input['Priority'];
          item.LastModifiedTime = ++this.clock;
          return {};
        });
      case 'DescribeOpsItems':
        return route(() => {
          const filters = (input['OpsItemFilters'] ?? []) as {
            Key: string;
            Operator: string;
            Values: string[];
          }[];
          const keys = filters.filter((f) => f.Key === 'OperationalDataKey').flatMap((f) => f.Values);
          const test = (op: string, values: string[], actual: string): boolean =>
            values.some((v) => (op === 'Contains' ? actual.includes(v) : actual === v));
          const items = this.state.opsItems.filter((item) =>
            filters.every((f) => {
              const od = item.OperationalData;
              switch (f.Key) {
                case 'Status':
                  return test(f.Operator, f.Values, item.Status);
                case 'Source':
                  return test(f.Operator, f.Values, item.Source ?? '');
                case 'Title':
                  return test(f.Operator, f.Values, item.Title ?? '');
                case 'Priority':
                  return test(f.Operator, f.Values, String(item.Priority ?? ''));
                case 'OpsItemId':
                  return test(f.Operator, f.Values, item.OpsItemId);
                case 'OperationalDataKey':
                  return f.Values.some((k) => k in od);
                case 'OperationalDataValue': {
                  const candidates = keys.length
                    ? keys.map((k) => od[k]?.Value ?? '')
                    : Object.values(od).map((v) => v.Value ?? '');
                  return candidates.some((c) => test(f.Operator, f.Values, c));
                }
                case 'ResourceId':
                  return test('Contains', f.Values, od['/aws/resources']?.Value ?? '');
                default:
                  return true;
              }
            }),
          );
          const size = (input['MaxResults'] as number | undefined) ?? this.state.opsItemsPageSize;
          const start = Number(input['NextToken'] ?? 0);
          const out: Json = {
            OpsItemSummaries: items.slice(start, start + size).map((i) => this.summary(i)),
          };
          if (start + size < items.length) out['NextToken'] = String(start + size);
          return out;
        });
      default:
        throw new HttpError(400, 'UnknownOperationException', `ssm stand-in does not serve ${operation}`);
    }
  }
}

/** Starts a stand-in; remember to `stop()` it. */
export async function startMessagingStandin(): Promise<MessagingStandin> {
  const s = new MessagingStandin();
  await s.start();
  return s;
}

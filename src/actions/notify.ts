/**
 * `notify` (spec actions.md §6): sends c7n-mailer messages about the matched instances to an SQS queue or an
 * SNS topic. The message body must decode to exactly what c7n sends (c7n-mailer consumes it), so the
 * envelope, its serialisation and the batching live in envelope.ts / python-json.ts.
 *
 * Credentials and regions (§4.3): the policy credentials (ctx.aws); the client region comes from the queue URL
 * / ARN or topic ARN, else the policy region. The account alias (`account`, `{account}`) comes from an
 * injectable lookup (see AccountAliasLookup).
 */
import { describeAwsFailure } from '../aws/client-factory.js';
import { partitionOf } from '../aws/partition.js';
import { ConfigurationError, PolicyRuntimeError } from '../errors.js';
import { isDict, pyIterate, PyTypeError } from '../filters/python.js';
import type { Resource } from '../filters/types.js';
import { loadValueFrom } from '../filters/value-from.js';
import { formatString, FormatError } from '../policy/format.js';
import { envelopeBase, messages, MAX_MESSAGE_CHARS } from './envelope.js';
import { pythonStr } from './python-json.js';
import { evalContextOf } from './common.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

const MTYPE = 'maidmsg/1.0';

/**
 * How the account alias is found: the first alias of IAM ListAccountAliases, "" when the account has none
 * (§2.1). Returns undefined when it cannot be determined in this run.
 */
export type AccountAliasLookup = (ctx: ActionContext) => Promise<string | undefined>;

/** Where the run (or a test) puts the account alias for notify: `ctx.cache.set(accountAliasCacheKey(id), alias)`. */
export function accountAliasCacheKey(accountId: string): string {
  return `account-alias:${accountId}`;
}

/**
 * Default lookup: the per-run cache entry. (@aws-sdk/client-iam is not a dependency yet, so the alias is not
 * fetched here; an unknown alias is sent as "" and a `{account}` in a queue, topic or value-source URL fails.)
 */
export const cachedAccountAlias: AccountAliasLookup = async (ctx) => {
  const v = ctx.cache.get(accountAliasCacheKey(ctx.accountId));
  return typeof v === 'string' ? v : undefined;
};

// ---------------------------------------------------------------------------------------------------------
// Validation (§6.1)

interface Transport {
  type: 'sqs' | 'sns';
  target: string;
  attributes: [string, string][];
}

function transportOf(data: Readonly<Record<string, unknown>>): Transport {
  const t = data['transport'];
  if (!isDict(t))
    throw new ConfigurationError(
      'notify: `transport` is required ({type: sqs, queue} or {type: sns, topic})',
    );
  if (t['type'] === 'sqs') {
    if (typeof t['queue'] !== 'string' || t['queue'] === '') {
      throw new ConfigurationError('notify: an sqs transport needs `queue` (a name, URL or ARN)');
    }
    return { type: 'sqs', target: t['queue'], attributes: [] };
  }
  if (t['type'] === 'sns') {
    if (typeof t['topic'] !== 'string' || t['topic'] === '') {
      throw new ConfigurationError('notify: an sns transport needs `topic` (a name or ARN)');
    }
    const attributes: [string, string][] = [];
    const attrs = t['attributes'];
    if (attrs !== undefined) {
      if (!isDict(attrs)) throw new ConfigurationError('notify: transport.attributes must be a mapping');
      for (const [k, v] of Object.entries(attrs)) {
        if (k === 'mtype') {
          throw new ConfigurationError(
            'notify: transport.attributes must not set `mtype` (it is always maidmsg/1.0)',
          );
        }
        if (typeof v !== 'string') {
          throw new ConfigurationError(
            `notify: transport.attributes.${k} must be a string (SNS needs string values)`,
          );
        }
        attributes.push([k, v]);
      }
    }
    return { type: 'sns', target: t['topic'], attributes };
  }
  throw new ConfigurationError(`notify: transport.type must be sqs or sns, not ${JSON.stringify(t['type'])}`);
}

function validate(data: Readonly<Record<string, unknown>>): Transport {
  const transport = transportOf(data);
  if (data['to'] === undefined && data['to_from'] === undefined) {
    throw new ConfigurationError('notify: set `to` (a list of recipients) or `to_from` (a value source)');
  }
  for (const key of ['to', 'cc', 'owner_absent_contact'] as const) {
    const v = data[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      throw new ConfigurationError(`notify: \`${key}\` must be a list of strings`);
    }
  }
  for (const key of ['to_from', 'cc_from'] as const) {
    const v = data[key];
    if (v !== undefined && !(isDict(v) && typeof v['url'] === 'string')) {
      throw new ConfigurationError(`notify: \`${key}\` must be a value source with a url`);
    }
  }
  if (data['assume_role'] !== undefined && typeof data['assume_role'] !== 'boolean') {
    throw new ConfigurationError('notify: `assume_role` is a boolean (which credentials send the message)');
  }
  return transport;
}

// ---------------------------------------------------------------------------------------------------------
// Python str.format with the envelope keys; an unknown field fails (§6.4 step 1, §10.10)

const FIELD = /\{\{|\}\}|\{([^{}!:.[\]]*)/g;

/** `text.format(**vars)`: unknown names raise, as Python's KeyError does at send time. */
export function formatWithEnvelope(
  text: string,
  vars: Readonly<Record<string, unknown>>,
  what: string,
): string {
  for (const m of text.matchAll(FIELD)) {
    const name = m[1];
    if (name === undefined) continue;
    if (name === '' || /^\d+$/.test(name)) {
      throw new PolicyRuntimeError(`notify: ${what} ${JSON.stringify(text)} uses a positional field`);
    }
    if (!Object.prototype.hasOwnProperty.call(vars, name)) {
      const hint =
        name === 'account'
          ? ' (the account alias is not known in this run)'
          : ` (known: ${Object.keys(vars).join(', ')})`;
      throw new PolicyRuntimeError(
        `notify: ${what} ${JSON.stringify(text)} uses an unknown field {${name}}${hint}`,
      );
    }
  }
  let out: unknown;
  try {
    out = formatString(text, vars);
  } catch (err) {
    if (err instanceof FormatError) throw new PolicyRuntimeError(`notify: ${what}: ${err.message}`);
    throw err;
  }
  return typeof out === 'string' ? out : pythonStr(out);
}

// ---------------------------------------------------------------------------------------------------------
// Destinations (§6.4, §6.5)

function sqsDomain(partition: string): string {
  return partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
}

/** The queue URL and the region of its client (§6.4 step 2). */
export function resolveQueue(
  queue: string,
  policy: { region: string; accountId: string; partition: string },
): { url: string; region: string } {
  if (queue.startsWith('https://queue.amazonaws.com')) return { url: queue, region: 'us-east-1' };
  if (queue.includes('queue.amazonaws.com')) {
    const host = queue.replace(/^[a-z]+:\/\//, '');
    return { url: queue, region: host.split('.')[0] ?? policy.region };
  }
  if (queue.startsWith('https://sqs.')) return { url: queue, region: queue.split('.')[1] ?? policy.region };
  if (queue.startsWith('arn:')) {
    const [, partition = 'aws', , region = '', account = '', ...name] = queue.split(':');
    return { url: `https://sqs.${region}.${sqsDomain(partition)}/${account}/${name.join(':')}`, region };
  }
  // Deviation: any other URL (a VPC endpoint, LocalStack) is used as written, in the policy region.
  if (/^https?:\/\//.test(queue)) return { url: queue, region: policy.region };
  return {
    url: `https://sqs.${policy.region}.${sqsDomain(policy.partition)}/${policy.accountId}/${queue}`,
    region: policy.region,
  };
}

/** The topic ARN and the region of its client (§6.5 step 2). */
export function resolveTopic(
  topic: string,
  policy: { region: string; accountId: string },
): { arn: string; region: string } {
  if (topic.startsWith('arn:')) return { arn: topic, region: topic.split(':')[3] || policy.region };
  return {
    arn: `arn:${partitionOf(policy.region)}:sns:${policy.region}:${policy.accountId}:${topic}`,
    region: policy.region,
  };
}

// ---------------------------------------------------------------------------------------------------------
// to_from / cc_from (§6.6)

async function valuesFrom(
  source: Record<string, unknown>,
  key: 'to_from' | 'cc_from',
  vars: Readonly<Record<string, unknown>>,
  ctx: ActionContext,
): Promise<unknown[]> {
  const spec: Record<string, unknown> = { ...source };
  spec['url'] = formatWithEnvelope(String(source['url']), vars, `${key}.url`);
  if (typeof source['expr'] === 'string')
    spec['expr'] = formatWithEnvelope(source['expr'], vars, `${key}.expr`);
  const values = await loadValueFrom(spec, evalContextOf(ctx));
  try {
    // list.extend(values): sets in their order, a string character by character, a mapping by its keys.
    return pyIterate(values);
  } catch (err) {
    if (err instanceof PyTypeError) {
      throw new PolicyRuntimeError(
        `notify: ${key} ${String(spec['url'])} gave no list of recipients (${err.message})`,
      );
    }
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The action

export interface NotifyOptions {
  /** Account alias lookup (default: the per-run cache, see cachedAccountAlias). */
  accountAlias?: AccountAliasLookup;
  /** Buffer size of §6.3 (default 262 144; tests use smaller ones). */
  bufferLimit?: number;
}

function ids(resources: readonly Resource[]): string[] {
  return resources.map((r) => String(r['Id'] ?? ''));
}

class NotifyAction implements Action {
  readonly type = 'notify';
  private readonly transport: Transport;

  constructor(
    private readonly data: Readonly<Record<string, unknown>>,
    private readonly options: NotifyOptions,
  ) {
    this.transport = validate(data);
  }

  describe(resources: readonly Resource[]): string {
    const to = Array.isArray(this.data['to']) ? (this.data['to'] as string[]).join(', ') : '';
    const from = this.data['to_from'] !== undefined ? 'recipients from to_from' : '';
    const who = [to, from].filter(Boolean).join(' and ');
    const where =
      this.transport.type === 'sqs'
        ? `SQS queue ${this.transport.target}`
        : `SNS topic ${this.transport.target}`;
    return `would send a c7n-mailer notification about ${resources.length} instance(s) to ${where}${who ? ` for ${who}` : ''}`;
  }

  async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
    if (resources.length === 0) return { resources: [], detail: 'nothing to notify about' };
    if (!ctx.aws) throw new PolicyRuntimeError('notify needs AWS access (this run has none)');
    if (this.data['assume_role'] === false) {
      ctx.logger.debug(
        'notify: assume_role is false; this run sends with the policy credentials (no separate base session)',
      );
    }

    const lookup = this.options.accountAlias ?? cachedAccountAlias;
    const alias = await lookup(ctx);
    const base = envelopeBase({
      event: ctx.event ?? null,
      accountId: ctx.accountId,
      partition: ctx.partition,
      account: alias ?? '',
      version: ctx.version,
      region: ctx.region,
      executionId: ctx.executionId,
      executionStart: ctx.executionStart,
      policy: ctx.policy.data,
    });
    // Formatting sees `account` only when the alias is really known.
    const vars: Record<string, unknown> = { ...base };
    if (alias === undefined) delete vars['account'];

    const action = structuredCloneData(this.data);
    for (const [from, list] of [
      ['to_from', 'to'],
      ['cc_from', 'cc'],
    ] as const) {
      const source = this.data[from];
      if (!isDict(source)) continue;
      const extra = await valuesFrom(source, from, vars, ctx);
      const current = Array.isArray(action[list]) ? (action[list] as unknown[]) : [];
      action[list] = [...current, ...extra];
    }
    const envelope = { ...base, action, resources: [] as unknown[] };

    const policyCoords = { region: ctx.region, accountId: ctx.accountId, partition: ctx.partition };
    const template = typeof this.data['template'] === 'string' ? this.data['template'] : 'default';
    let sent = 0;
    let destination = '';
    for (const message of messages(envelope, resources, this.options.bufferLimit ?? MAX_MESSAGE_CHARS)) {
      // c7n formats the destination with the whole message (resources included) at every send.
      const msgVars = { ...vars, action, resources: message.indices.map((i) => resources[i]) };
      const count = message.indices.length;
      let messageId: string | undefined;
      if (this.transport.type === 'sqs') {
        const queue = formatWithEnvelope(this.transport.target, msgVars, 'transport.queue');
        const { url, region } = resolveQueue(queue, policyCoords);
        destination = `SQS queue ${url}`;
        const { SQSClient, SendMessageCommand } = await import('@aws-sdk/client-sqs');
        try {
          const out = await ctx.aws.client(SQSClient, region).send(
            new SendMessageCommand({
              QueueUrl: url,
              MessageBody: message.body,
              MessageAttributes: { mtype: { DataType: 'String', StringValue: MTYPE } },
            }),
          );
          messageId = out.MessageId;
        } catch (err) {
          throw sendFailure(err, 'sqs:SendMessage', region, ctx, url, sent);
        }
      } else {
        const topic = formatWithEnvelope(this.transport.target, msgVars, 'transport.topic');
        const { arn, region } = resolveTopic(topic, policyCoords);
        destination = `SNS topic ${arn}`;
        const attributes: Record<string, { DataType: string; StringValue: string }> = {
          mtype: { DataType: 'String', StringValue: MTYPE },
        };
        for (const [k, v] of this.transport.attributes)
          attributes[k] = { DataType: 'String', StringValue: v };
        const { PublishCommand, SNSClient } = await import('@aws-sdk/client-sns');
        try {
          const out = await ctx.aws
            .client(SNSClient, region)
            .send(
              new PublishCommand({ TopicArn: arn, Message: message.body, MessageAttributes: attributes }),
            );
          messageId = out.MessageId;
        } catch (err) {
          throw sendFailure(err, 'sns:Publish', region, ctx, arn, sent);
        }
      }
      sent++;
      ctx.logger.info(
        `sent message:${messageId ?? ''} policy:${ctx.policy.name} template:${template} count:${count}`,
      );
    }
    return {
      resources: ids(resources),
      detail: `sent ${sent} message(s) about ${resources.length} instance(s) to ${destination}`,
    };
  }
}

function sendFailure(
  err: unknown,
  action: string,
  region: string,
  ctx: ActionContext,
  subject: string,
  sent: number,
): Error {
  const message = describeAwsFailure(err, { action, region, accountId: ctx.accountId, subject });
  const already = sent > 0 ? ` (${sent} earlier message(s) were sent)` : '';
  return new PolicyRuntimeError(`notify: ${message}${already}`, { cause: err });
}

/** A deep copy of policy data that keeps class instances (PyFloat, dates) as they are. */
function structuredCloneData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = copy(x);
      return out;
    }
    return v;
  };
  return copy(data) as Record<string, unknown>;
}

/** The notify action with its options (alias lookup, buffer size). */
export function createNotifyAction(options: NotifyOptions = {}): ActionDefinition {
  return {
    type: 'notify',
    permissions(data) {
      const t = isDict(data['transport']) ? data['transport']['type'] : undefined;
      // c7n declares only the send permission; the alias lookup needs iam:ListAccountAliases as well (§6.1).
      return [t === 'sns' ? 'sns:Publish' : 'sqs:SendMessage', 'iam:ListAccountAliases'];
    },
    create(data) {
      return new NotifyAction(data, options);
    },
  };
}

export const notifyAction: ActionDefinition = createNotifyAction();

import { describe, expect, it } from '@jest/globals';
import { useMessagingStandin } from './helpers.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError, PolicyRuntimeError } from '../../src/errors.js';
import type { Resource } from '../../src/filters/types.js';
import { RecordingLogger } from '../../src/logger.js';
import { envelopeText, messages } from '../../src/actions/envelope.js';
import {
  accountAliasCacheKey,
  createNotifyAction,
  notifyAction,
  resolveQueue,
  resolveTopic,
} from '../../src/actions/notify.js';
import { unzlibBase64 } from '../../src/actions/python-json.js';
import type { ActionContext } from '../../src/actions/types.js';

const { standin, factory } = useMessagingStandin('AKIDNOTIFY');

/** The §11 worked example. */
const ACTION = { type: 'notify', to: ['ops@example.com'], transport: { type: 'sqs', queue: 'q' } };
const POLICY = { name: 'p', resource: 'aws.connect-instance', actions: [ACTION] };
const EXPECTED_11 =
  '{\n"event": null,\n"account_id": "123456789012",\n"partition": "aws",\n"account": "prod",\n"version": "0.9.47",\n"region": "us-east-1",\n"execution_id": "00000000-0000-4000-8000-000000000000",\n"execution_start": 1700000000.5,\n"policy": {\n"name": "p",\n"resource": "aws.connect-instance",\n"actions": [\n{\n"type": "notify",\n"to": [\n"ops@example.com"\n],\n"transport": {\n"type": "sqs",\n"queue": "q"\n}\n}\n]\n},\n"action": {\n"type": "notify",\n"to": [\n"ops@example.com"\n],\n"transport": {\n"type": "sqs",\n"queue": "q"\n}\n},\n"resources": [{\n"Id": "a",\n"InstanceAlias": "x"\n},{\n"Id": "b",\n"InstanceAlias": "y"\n}]\n}';

function ctx(over: Partial<ActionContext> = {}, alias: string | null = 'prod'): ActionContext {
  const cache = new Map<string, unknown>();
  if (alias !== null) cache.set(accountAliasCacheKey('123456789012'), alias);
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws',
    policy: { name: 'p', resource: 'aws.connect-instance', data: POLICY },
    executionId: '00000000-0000-4000-8000-000000000000',
    executionStart: 1700000000.5,
    version: '0.9.47',
    event: null,
    now: new Date('2025-06-15T12:00:00Z'),
    logger: new RecordingLogger(),
    aws: factory(),
    cache,
    ...over,
  };
}

const resources = (): Resource[] => [
  { Id: 'a', InstanceAlias: 'x' },
  { Id: 'b', InstanceAlias: 'y' },
];

function withPolicy(action: Record<string, unknown>): Partial<ActionContext> {
  return { policy: { name: 'p', resource: 'aws.connect-instance', data: { ...POLICY, actions: [action] } } };
}

describe('notify over SQS', () => {
  it('sends the §11 envelope byte for byte, with the mtype attribute and a body MD5 the SDK accepts', async () => {
    const c = ctx();
    const result = await notifyAction.create(ACTION).run(resources(), c);

    expect(standin.calls('sqs')).toHaveLength(1);
    const call = standin.calls('sqs', 'SendMessage')[0]!;
    expect(call.region).toBe('us-east-1');
    expect(call.accessKeyId).toBe('AKIDNOTIFY');
    expect(Object.keys(call.params).sort()).toEqual(['MessageAttributes', 'MessageBody', 'QueueUrl']);
    expect(call.params['QueueUrl']).toBe('https://sqs.us-east-1.amazonaws.com/123456789012/q');
    expect(call.params['MessageAttributes']).toEqual({
      mtype: { DataType: 'String', StringValue: 'maidmsg/1.0' },
    });
    const body = call.params['MessageBody'] as string;
    expect(/^[A-Za-z0-9+/]+=*$/.test(body)).toBe(true);
    expect(unzlibBase64(body)).toBe(EXPECTED_11);

    expect(result.resources).toEqual(['a', 'b']);
    expect(result.detail).toContain('sent 1 message(s) about 2 instance(s)');
    expect(result.output).toBeUndefined();
    const sent = standin.state.sqsMessages[0]!;
    expect((c.logger as RecordingLogger).lines).toContainEqual({
      level: 'info',
      message: `sent message:${sent.messageId} policy:p template:default count:2`,
    });
  });

  it('the envelope with no resources is 518 characters (§11)', () => {
    const env = {
      event: null,
      account_id: '123456789012',
      partition: 'aws',
      account: 'prod',
      version: '0.9.47',
      region: 'us-east-1',
      execution_id: '00000000-0000-4000-8000-000000000000',
      execution_start: 1700000000.5,
      policy: POLICY,
      action: ACTION,
      resources: [],
    };
    expect(envelopeText(env)).toHaveLength(518);
  });

  it('writes an integral start time as a Python float and passes unknown keys through for c7n-mailer', async () => {
    const action = { ...ACTION, slack_template: 'slack', template: 'custom.html', subject: 'hi {account}' };
    const c = ctx({ ...withPolicy(action), executionStart: 1700000000 });
    await notifyAction.create(action).run(resources(), c);
    const json = unzlibBase64(standin.state.sqsMessages[0]!.body);
    expect(json).toContain('"execution_start": 1700000000.0,');
    const decoded = JSON.parse(json) as Record<string, Record<string, unknown>>;
    expect(decoded['action']).toEqual(action);
    expect(
      (c.logger as RecordingLogger).lines.some((l) => l.message.endsWith('template:custom.html count:2')),
    ).toBe(true);
  });

  it('formats the queue with the envelope keys and resolves URL, ARN and region', async () => {
    const action = {
      ...ACTION,
      transport: { type: 'sqs', queue: 'arn:aws:sqs:eu-west-1:{account_id}:mail-{account}' },
    };
    await notifyAction.create(action).run(resources(), ctx(withPolicy(action)));
    const call = standin.calls('sqs', 'SendMessage')[0]!;
    expect(call.params['QueueUrl']).toBe('https://sqs.eu-west-1.amazonaws.com/123456789012/mail-prod');
    expect(call.region).toBe('eu-west-1');
  });

  it('resolveQueue follows §6.4 (with the aws-cn domain deviation and URLs kept as written)', () => {
    const policy = { region: 'us-east-1', accountId: '123456789012', partition: 'aws' };
    expect(resolveQueue('https://queue.amazonaws.com/1/q', policy)).toEqual({
      url: 'https://queue.amazonaws.com/1/q',
      region: 'us-east-1',
    });
    expect(resolveQueue('https://us-west-2.queue.amazonaws.com/1/q', policy).region).toBe('us-west-2');
    expect(resolveQueue('https://sqs.ap-south-1.amazonaws.com/1/q', policy).region).toBe('ap-south-1');
    expect(resolveQueue('arn:aws-cn:sqs:cn-north-1:1:q', policy)).toEqual({
      url: 'https://sqs.cn-north-1.amazonaws.com.cn/1/q',
      region: 'cn-north-1',
    });
    expect(resolveQueue('q', { region: 'cn-north-1', accountId: '1', partition: 'aws-cn' }).url).toBe(
      'https://sqs.cn-north-1.amazonaws.com.cn/1/q',
    );
    expect(resolveQueue('https://vpce-1.sqs.us-east-1.vpce.amazonaws.com/1/q', policy)).toEqual({
      url: 'https://vpce-1.sqs.us-east-1.vpce.amazonaws.com/1/q',
      region: 'us-east-1',
    });
    expect(resolveTopic('t', { region: 'us-gov-west-1', accountId: '1' })).toEqual({
      arn: 'arn:aws-us-gov:sns:us-gov-west-1:1:t',
      region: 'us-gov-west-1',
    });
  });

  it('fails when SQS answers a wrong body MD5 (the SDK checks it)', async () => {
    standin.addFault({ kind: 'bad-md5', service: 'sqs' });
    await expect(notifyAction.create(ACTION).run(resources(), ctx())).rejects.toThrow(PolicyRuntimeError);
  });

  it('retries throttling through the SDK and then sends once', async () => {
    standin.addFault({ kind: 'throttle', service: 'sqs', times: 2 });
    await notifyAction.create(ACTION).run(resources(), ctx());
    expect(standin.calls('sqs', 'SendMessage').map((c) => c.status)).toEqual([400, 400, 200]);
    expect(standin.state.sqsMessages).toHaveLength(1);
  });

  it('fails with the reason on a missing queue or denied access', async () => {
    standin.state.queues = ['other'];
    await expect(notifyAction.create(ACTION).run(resources(), ctx())).rejects.toThrow(/NonExistentQueue/);
    standin.state.queues = [];
    standin.addFault({ kind: 'access-denied', service: 'sqs' });
    await expect(notifyAction.create(ACTION).run(resources(), ctx())).rejects.toThrow(/sqs:SendMessage/);
  });

  it('fails on an unknown field in the queue, and on {account} when the alias is unknown', async () => {
    const bad = { ...ACTION, transport: { type: 'sqs', queue: 'q-{nope}' } };
    await expect(notifyAction.create(bad).run(resources(), ctx(withPolicy(bad)))).rejects.toThrow(/\{nope\}/);
    const aliased = { ...ACTION, transport: { type: 'sqs', queue: 'q-{account}' } };
    await expect(
      notifyAction.create(aliased).run(resources(), ctx(withPolicy(aliased), null)),
    ).rejects.toThrow(/alias/);
    expect(standin.log).toHaveLength(0);
  });

  it('sends account "" when the alias is unknown, or what a custom lookup returns', async () => {
    await notifyAction.create(ACTION).run(resources(), ctx({}, null));
    expect(unzlibBase64(standin.state.sqsMessages[0]!.body)).toContain('"account": "",');
    const custom = createNotifyAction({ accountAlias: async () => 'from-iam' });
    await custom.create(ACTION).run(resources(), ctx({}, null));
    expect(unzlibBase64(standin.state.sqsMessages[1]!.body)).toContain('"account": "from-iam",');
  });
});

describe('notify over SNS', () => {
  it('publishes to the generated topic ARN with mtype first, then the transport attributes', async () => {
    const action = {
      type: 'notify',
      to: ['ops@example.com'],
      transport: { type: 'sns', topic: 'alerts-{region}', attributes: { team: 'voice', env: 'prod' } },
    };
    await notifyAction.create(action).run(resources(), ctx(withPolicy(action)));
    const call = standin.calls('sns', 'Publish')[0]!;
    expect(call.region).toBe('us-east-1');
    expect(call.params['TopicArn']).toBe('arn:aws:sns:us-east-1:123456789012:alerts-us-east-1');
    expect(call.params['MessageAttributes']).toEqual({
      mtype: { DataType: 'String', StringValue: 'maidmsg/1.0' },
      team: { DataType: 'String', StringValue: 'voice' },
      env: { DataType: 'String', StringValue: 'prod' },
    });
    const json = unzlibBase64(call.params['Message'] as string);
    expect(JSON.parse(json)).toMatchObject({ account: 'prod', action, resources: resources() });
    expect(json).toBe(
      EXPECTED_11.replace(
        /"transport": \{\n"type": "sqs",\n"queue": "q"\n\}/g,
        () =>
          '"transport": {\n"type": "sns",\n"topic": "alerts-{region}",\n"attributes": {\n"team": "voice",\n"env": "prod"\n}\n}',
      ),
    );
  });

  it('uses the region of a topic ARN for the client', async () => {
    const action = {
      ...ACTION,
      transport: { type: 'sns', topic: 'arn:aws:sns:eu-central-1:210987654321:t' },
    };
    await notifyAction.create(action).run(resources(), ctx(withPolicy(action)));
    expect(standin.calls('sns', 'Publish')[0]!.region).toBe('eu-central-1');
  });

  it('refuses mtype and non-string attributes when the policy loads', () => {
    const mk = (attributes: unknown) => () =>
      notifyAction.create({ type: 'notify', to: ['a'], transport: { type: 'sns', topic: 't', attributes } });
    expect(mk({ mtype: 'x' })).toThrow(ConfigurationError);
    expect(mk({ n: 5 })).toThrow(/string/);
    expect(() => notifyAction.create({ type: 'notify', transport: { type: 'sqs', queue: 'q' } })).toThrow(
      /to_from/,
    );
    expect(() => notifyAction.create({ type: 'notify', to: ['a'] })).toThrow(/transport/);
  });
});

describe('notify to_from / cc_from (§6.6)', () => {
  it('extends to and cc with the value-source values, url formatted with the envelope keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notify-'));
    writeFileSync(join(dir, 'to-123456789012.json'), JSON.stringify({ owners: ['a@x.org', 'b@x.org'] }));
    writeFileSync(join(dir, 'cc.txt'), 'c@x.org\n');
    const base = pathToFileURL(dir).href;
    const action = {
      type: 'notify',
      to: ['ops@example.com'],
      to_from: { url: `${base}/to-{account_id}.json`, expr: 'owners' },
      cc_from: { url: `${base}/cc.txt` },
      transport: { type: 'sqs', queue: 'q' },
    };
    await notifyAction.create(action).run(resources(), ctx(withPolicy(action)));
    const decoded = JSON.parse(unzlibBase64(standin.state.sqsMessages[0]!.body)) as {
      action: Record<string, unknown>;
      policy: { actions: unknown[] };
    };
    expect(decoded.action['to']).toEqual(['ops@example.com', 'a@x.org', 'b@x.org']);
    expect(decoded.action['cc']).toEqual(['c@x.org']);
    // The policy data itself is not changed.
    expect(decoded.policy.actions[0]).toEqual(action);
    expect(Object.keys(decoded.action)).toEqual(['type', 'to', 'to_from', 'cc_from', 'transport', 'cc']);
  });

  it('fails the action when the source cannot be read', async () => {
    const action = {
      type: 'notify',
      to_from: { url: 'file:///nonexistent/x.json' },
      transport: { type: 'sqs', queue: 'q' },
    };
    await expect(notifyAction.create(action).run(resources(), ctx(withPolicy(action)))).rejects.toThrow(
      /nonexistent/,
    );
    expect(standin.log).toHaveLength(0);
  });
});

describe('notify batching (§6.3)', () => {
  it('fills the buffer after the 47th resource of the spec vector (limit 1024)', () => {
    const envelope = { env: 'dev', region: 'us-east-2', resources: [] };
    expect(envelopeText(envelope)).toHaveLength(56);
    const rs = Array.from({ length: 100 }, (_, i) => ({ id: `x${i}`, a: 1, b: 2 + i, c: 5 * i }));
    const out = [...messages(envelope, rs, 1024)];
    expect(out[0]!.indices).toHaveLength(47);
    expect(out.flatMap((m) => m.indices)).toEqual(rs.map((_, i) => i));
    for (const m of out) expect(unzlibBase64(m.body)).toBe(m.json);
    expect(JSON.parse(out[1]!.json).resources[0]).toEqual(rs[47]);
  });

  it('sends several messages in order and fails on an oversized one after sending the earlier ones', async () => {
    const small = createNotifyAction({ bufferLimit: 700 });
    const rs = Array.from({ length: 30 }, (_, i) => ({ Id: `i-${i}`, InstanceAlias: `alias-${i}` }));
    await small.create(ACTION).run(rs, ctx());
    const sent = standin.state.sqsMessages.map(
      (m) => JSON.parse(unzlibBase64(m.body)) as { resources: Resource[] },
    );
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.flatMap((m) => m.resources.map((r) => r['Id']))).toEqual(rs.map((r) => r.Id));

    standin.reset();
    // Incompressible: over 262 144 characters even after zlib + base64.
    const big = [
      { Id: 'ok', InstanceAlias: 'small' },
      { Id: 'big', Blob: randomBytes(300_000).toString('base64') },
    ];
    const gen = createNotifyAction({ bufferLimit: 200 });
    await expect(gen.create(ACTION).run(big, ctx())).rejects.toThrow(/limit/);
    expect(standin.state.sqsMessages).toHaveLength(1);
  });
});

describe('notify in report mode', () => {
  it('describes without any call', () => {
    const text = notifyAction.create(ACTION).describe(resources(), ctx());
    expect(text).toBe(
      'would send a c7n-mailer notification about 2 instance(s) to SQS queue q for ops@example.com',
    );
    expect(standin.log).toHaveLength(0);
  });

  it('declares the send and alias permissions', () => {
    expect(notifyAction.permissions(ACTION)).toEqual(['sqs:SendMessage', 'iam:ListAccountAliases']);
    expect(notifyAction.permissions({ ...ACTION, transport: { type: 'sns', topic: 't' } })).toEqual([
      'sns:Publish',
      'iam:ListAccountAliases',
    ]);
  });
});

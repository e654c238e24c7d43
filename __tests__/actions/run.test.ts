import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsStandin } from '../../test/support/aws-standin.js';
import { WebhookServer } from '../../test/support/webhook-server.js';
import type { AwsClientFactory } from '../../src/aws/client-factory.js';
import { actionsFailure, runActions } from '../../src/actions/run.js';
import {
  ACTION_CLASS_NAMES,
  actionData,
  actionNames,
  actionPermissions,
  buildAction,
} from '../../src/actions/registry.js';
import { ACTION_TYPES } from '../../src/policy/schema.js';
import { makeCtx, makeFactory, policyData, res } from './helpers.js';

const standin = new AwsStandin();
const server = new WebhookServer();
let factory: AwsClientFactory;

beforeAll(async () => {
  await standin.start();
  await server.start();
});
afterAll(async () => {
  factory?.destroy();
  await standin.stop();
  await server.stop();
});
beforeEach(() => {
  standin.reset();
  server.reset();
  factory?.destroy();
  factory = makeFactory(standin);
  standin.state.instances['us-east-1'] = [res('a'), res('b')];
});

const everyAction = () => [
  { type: 'set-attributes', attribute_type: 'CONTACT_LENS', value: 'true' },
  { type: 'invoke-lambda', function: 'f' },
  { type: 'invoke-sfn', 'state-machine': 'sm' },
  { type: 'put-metric', key: 'Id', namespace: 'N', metric_name: 'M' },
  { type: 'webhook', url: `${server.url}/hook`, body: 'resource' },
  {
    type: 'notify',
    to: ['ops@example.com'],
    transport: { type: 'sqs', queue: 'https://sqs.us-east-1.amazonaws.com/123456789012/q' },
  },
  { type: 'post-finding', types: ['Software and Configuration Checks/Vulnerabilities/CVE'] },
  { type: 'post-item', priority: 3 },
];

describe('runActions', () => {
  it('report mode runs nothing: no AWS call, no HTTP request, one would-run record per action', async () => {
    const data = policyData([
      ...everyAction(),
      { type: 'webhook', url: 'http://x', headers: { A: 'Bearer abc' } },
    ]);
    const ctx = makeCtx(factory, data);
    const records = await runActions(data, [res('a'), res('b')], ctx, 'report');
    expect(records.map((r) => [r.type, r.status])).toEqual([
      ['set-attributes', 'would-run'],
      ['invoke-lambda', 'would-run'],
      ['invoke-sfn', 'would-run'],
      ['put-metric', 'would-run'],
      ['webhook', 'would-run'],
      ['notify', 'would-run'],
      ['post-finding', 'would-run'],
      ['post-item', 'would-run'],
      ['webhook', 'would-run'],
    ]);
    expect(records[0]).toEqual({
      type: 'set-attributes',
      status: 'would-run',
      resources: ['a', 'b'],
      detail: 'would set CONTACT_LENS to "true" on 2 instances where it differs',
    });
    expect(records[8]!.detail).toMatch(/^cannot run: webhook: headers A: /);
    expect(standin.log).toEqual([]);
    expect(server.requests).toEqual([]);
    expect(ctx.logger.lines.map((l) => l.message)).toContain('policy:p dryrun: skipping actions');
  });

  it('enforce: in policy order on the same resources; a failing action stops the later ones', async () => {
    standin.addFault({ kind: 'access-denied', operation: 'UpdateInstanceAttribute' });
    const actions = [
      { type: 'invoke-sfn', 'state-machine': 'sm' },
      { type: 'webhook', url: `${server.url}/hook`, body: 'resource."c7n:execution-arn"' },
      { type: 'set-attributes', attribute_type: 'CONTACT_LENS', value: 'true' },
      { type: 'put-metric', key: 'Id', namespace: 'N', metric_name: 'M' },
      'webhook',
    ];
    const data = policyData(actions);
    const ctx = makeCtx(factory, data);
    const resources = [res('a'), res('b')];
    const records = await runActions(data, resources, ctx, 'enforce');
    expect(records).toEqual([
      {
        type: 'invoke-sfn',
        status: 'done',
        resources: ['a', 'b'],
        detail:
          'started 2 executions of arn:aws:states:us-east-1:123456789012:stateMachine:sm for 2 instances',
      },
      {
        type: 'webhook',
        status: 'done',
        resources: ['a', 'b'],
        detail: `sent 2 POST requests to ${server.url}/…`,
      },
      {
        type: 'set-attributes',
        status: 'failed',
        resources: ['a', 'b'],
        detail: expect.stringMatching(
          /^connect:UpdateInstanceAttribute in us-east-1 .* for instance a, CONTACT_LENS was denied/,
        ),
      },
      {
        type: 'put-metric',
        status: 'skipped',
        resources: [],
        detail: 'not run: action 3 (set-attributes) failed before it',
      },
      {
        type: 'webhook',
        status: 'skipped',
        resources: [],
        detail: 'not run: action 3 (set-attributes) failed before it',
      },
    ]);
    // The webhook saw the annotation written by invoke-sfn.
    expect(server.requests.map((r) => JSON.parse(r.body) as string)).toEqual(
      standin.state.executions.map((e) => e.executionArn),
    );
    expect(resources[0]!['c7n:execution-arn']).toBe(standin.state.executions[0]!.executionArn);
    expect(standin.calls('monitoring')).toEqual([]);
    expect(actionsFailure(records)).toMatch(
      /^action 3 \(set-attributes\) failed: connect:UpdateInstanceAttribute/,
    );
    const messages = ctx.logger.lines.map((l) => l.message);
    expect(
      messages.some((m) =>
        /^policy:p action:invokestepfunction resources:2 execution_time:\d+\.\d\d$/.test(m),
      ),
    ).toBe(true);
    expect(messages.some((m) => /^policy:p action:setattributes failed: /.test(m))).toBe(true);
  });

  it('hands c7n outputs to onOutput as action-<class>; the records carry per-request failures', async () => {
    server.fallback = { status: 404 };
    const actions = [
      { type: 'invoke-lambda', function: 'f' },
      { type: 'put-metric', key: 'Id', namespace: 'N', metric_name: 'M' },
      { type: 'webhook', url: `${server.url}/gone` },
    ];
    const data = policyData(actions);
    const outputs: [string, unknown][] = [];
    const records = await runActions(data, [res('a')], makeCtx(factory, data), 'enforce', {
      onOutput: (name, output) => void outputs.push([name, output]),
      actionOptions: { webhookStatusRetries: 0 },
    });
    expect(outputs.map(([n]) => n)).toEqual(['action-lambdainvoke', 'action-putmetric']);
    expect(outputs[1]![1]).toEqual([res('a')]);
    expect(records.map((r) => r.status)).toEqual(['done', 'done', 'done']);
    expect(records[2]!.detail).toBe(
      `sent 1 POST request to ${server.url}/… (0 succeeded, 1 failed); not delivered: a: POST ${server.url}/… answered 404`,
    );
    expect(actionsFailure(records)).toBeUndefined();
  });

  it('an action that cannot be built fails in its turn, after the earlier ones ran', async () => {
    const data = policyData([
      { type: 'put-metric', key: 'Id', namespace: 'N', metric_name: 'M' },
      { type: 'tag' },
      'webhook',
    ]);
    const records = await runActions(data, [res('a')], makeCtx(factory, data), 'enforce');
    expect(records.map((r) => r.status)).toEqual(['done', 'failed', 'skipped']);
    expect(records[1]!.detail).toMatch(
      /^unknown action "tag" for aws.connect-instance; valid actions: invoke-lambda, /,
    );
  });

  it('no resources: nothing runs', async () => {
    const data = policyData(everyAction());
    const records = await runActions(data, [], makeCtx(factory, data), 'enforce');
    expect(records.every((r) => r.status === 'skipped' && r.detail === 'no resources matched')).toBe(true);
    expect(standin.log).toEqual([]);
    expect(server.requests).toEqual([]);
  });
});

describe('registry', () => {
  it('registers the eight c7n actions the policy schema knows', () => {
    expect(actionNames()).toEqual([...ACTION_TYPES].sort());
    expect(Object.keys(ACTION_CLASS_NAMES).sort()).toEqual([...ACTION_TYPES].sort());
  });

  it('a bare string is {type: name}', () => {
    expect(actionData('webhook')).toEqual({ type: 'webhook' });
    expect(() => buildAction('set-attributes')).toThrow(/attribute_type/);
    expect(buildAction({ type: 'webhook', url: 'http://x' }).type).toBe('webhook');
    expect(() => buildAction(['x'])).toThrow(/an action must be a name or a mapping/);
  });

  it('actionPermissions lists what enforce mode needs, sorted and unique', () => {
    const data = policyData([
      ...everyAction().filter((a) =>
        ['set-attributes', 'invoke-lambda', 'invoke-sfn', 'put-metric', 'webhook'].includes(a.type),
      ),
      { type: 'set-attributes', attribute_type: 'INBOUND_CALLS', value: 'false' },
      'unknown-thing',
    ]);
    expect(actionPermissions(data)).toEqual([
      'cloudwatch:PutMetricData',
      'connect:DescribeInstanceAttribute',
      'connect:UpdateInstanceAttribute',
      'iam:ListAccountAliases',
      'lambda:InvokeFunction',
      'states:StartExecution',
    ]);
    expect(actionPermissions({ name: 'p' })).toEqual([]);
  });
});

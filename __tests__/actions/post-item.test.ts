import { describe, expect, it } from '@jest/globals';
import { useMessagingStandin } from './helpers.js';
import { ConfigurationError } from '../../src/errors.js';
import type { Resource } from '../../src/filters/types.js';
import { RecordingLogger } from '../../src/logger.js';
import { opsItemDedup, postItemAction } from '../../src/actions/post-item.js';
import type { ActionContext } from '../../src/actions/types.js';
import { type Json, type OpsItem } from '../../test/support/messaging-standin.js';

const { standin, factory } = useMessagingStandin('AKIDOPS');

/** The §8.6 example. */
const ACTION = { type: 'post-item', priority: 3, tags: { k: 'v' } };
const POLICY = { name: 'ci-ops', resource: 'aws.connect-instance', actions: [ACTION] };
const DEDUP = 'e4b8eb983f44390b45fd';
const arn = (id: string) => `arn:aws:connect:us-east-1:123456789012:instance/${id}`;
const inst = (id: string): Resource => ({ Id: id, InstanceAlias: id });

function ctx(over: Partial<ActionContext> = {}, data: Record<string, unknown> = POLICY): ActionContext {
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws',
    policy: { name: String(data['name']), resource: String(data['resource']), data },
    executionId: '00000000-0000-4000-8000-000000000000',
    executionStart: 1700000000.5,
    version: '0.9.47',
    event: null,
    now: new Date('2025-06-15T12:00:00Z'),
    logger: new RecordingLogger(),
    aws: factory(),
    cache: new Map(),
    ...over,
  };
}

const DESCRIBE_PARAMS = {
  OpsItemFilters: [
    { Key: 'OperationalDataValue', Operator: 'Contains', Values: [DEDUP] },
    { Key: 'OperationalDataKey', Operator: 'Equal', Values: ['/custodian/dedup'] },
    { Key: 'Status', Operator: 'Equal', Values: ['Open'] },
    { Key: 'Source', Operator: 'Equal', Values: ['Cloud Custodian'] },
  ],
};

const resourcesOf = (item: OpsItem | Json): string[] => {
  const od = item['OperationalData'] as Record<string, { Value: string }>;
  return (JSON.parse(od['/aws/resources']!.Value) as { arn: string }[]).map((e) => e.arn);
};

/** An open item as c7n (or a previous run) left it. */
function seedItem(id: string, arns: string[], createdTime: number): void {
  standin.state.opsItems.push({
    OpsItemId: id,
    Title: 'ci-ops',
    Description: 'ci-ops',
    Source: 'Cloud Custodian',
    Status: 'Open',
    OpsItemType: '/aws/issue',
    Priority: 3,
    OperationalData: {
      '/aws/dedup': { Type: 'SearchableString', Value: `{"dedupString": "${DEDUP}"}` },
      '/custodian/dedup': { Type: 'SearchableString', Value: DEDUP },
      '/custodian/policy-name': { Type: 'SearchableString', Value: 'ci-ops' },
      '/aws/resources': { Type: 'SearchableString', Value: JSON.stringify(arns.map((a) => ({ arn: a }))) },
    },
    CreatedTime: createdTime,
    LastModifiedTime: createdTime,
    CreatedBy: 'x',
    LastModifiedBy: 'x',
  });
}

describe('post-item dedup string (§8.2)', () => {
  it('matches the spec vectors', () => {
    expect(opsItemDedup('connect-contact-lens', 'us-east-1', '123456789012')).toBe('dc57a3c92227dfa0ccc5');
    expect(opsItemDedup('ci-ops', 'us-east-1', '123456789012')).toBe(DEDUP);
  });
});

describe('post-item against OpsCenter', () => {
  it('creates the §8.6 item for three instances (exact requests) and annotates them', async () => {
    const rs = [inst('c'), inst('a'), inst('b')];
    const result = await postItemAction.create(ACTION).run(rs, ctx());

    expect(standin.log.map((l) => l.operation)).toEqual(['DescribeOpsItems', 'CreateOpsItem']);
    expect(standin.calls('ssm', 'DescribeOpsItems')[0]!.params).toEqual(DESCRIBE_PARAMS);
    const create = standin.calls('ssm', 'CreateOpsItem')[0]!;
    expect(create.region).toBe('us-east-1');
    expect(create.params).toEqual({
      Title: 'ci-ops',
      Description: 'ci-ops',
      Priority: 3,
      Source: 'Cloud Custodian',
      Tags: [{ Key: 'k', Value: 'v' }],
      OperationalData: {
        '/aws/dedup': { Type: 'SearchableString', Value: `{"dedupString": "${DEDUP}"}` },
        '/custodian/execution-id': { Type: 'String', Value: '00000000-0000-4000-8000-000000000000' },
        '/custodian/dedup': { Type: 'SearchableString', Value: DEDUP },
        '/custodian/policy': {
          Type: 'String',
          Value:
            '{"name": "ci-ops", "resource": "aws.connect-instance", "actions": [{"type": "post-item", "priority": 3, "tags": {"k": "v"}}]}',
        },
        '/custodian/version': { Type: 'String', Value: '0.9.47' },
        '/custodian/policy-name': { Type: 'SearchableString', Value: 'ci-ops' },
        '/custodian/resource': { Type: 'SearchableString', Value: 'connect-instance' },
        '/aws/resources': {
          Type: 'SearchableString',
          Value: `[{"arn": "${arn('a')}"}, {"arn": "${arn('b')}"}, {"arn": "${arn('c')}"}]`,
        },
      },
    });
    const id = standin.state.opsItems[0]!.OpsItemId;
    expect(rs.map((r) => r['c7n:opsitem'])).toEqual([id, id, id]);
    expect(result.resources).toEqual(['a', 'b', 'c']);
    expect(result.detail).toBe('OpsCenter: 1 item(s) created, 0 updated, 3 instance(s) added');
  });

  it('a second run updates the open item instead of creating one; a third changes nothing', async () => {
    await postItemAction.create(ACTION).run([inst('a'), inst('b'), inst('c')], ctx());
    const id = standin.state.opsItems[0]!.OpsItemId;
    standin.log.length = 0;

    const second = [inst('a'), inst('d'), inst('b'), inst('c')];
    const result = await postItemAction.create(ACTION).run(second, ctx());
    expect(standin.log.map((l) => l.operation)).toEqual(['DescribeOpsItems', 'UpdateOpsItem']);
    const update = standin.calls('ssm', 'UpdateOpsItem')[0]!.params;
    expect(Object.keys(update)).toEqual(['OpsItemId', 'OperationalData']);
    expect(update['OpsItemId']).toBe(id);
    const od = update['OperationalData'] as Record<string, { Value: string }>;
    expect('/aws/dedup' in od).toBe(false);
    expect(od['/custodian/dedup']!.Value).toBe(DEDUP);
    expect(resourcesOf(update)).toEqual([arn('a'), arn('b'), arn('c'), arn('d')]);
    // Only the newly listed instance is annotated (c7n leaves already-listed ones alone).
    expect(second.map((r) => r['c7n:opsitem'])).toEqual([undefined, id, undefined, undefined]);
    expect(result.resources).toEqual(['d']);
    expect(standin.state.opsItems).toHaveLength(1);
    expect(resourcesOf(standin.state.opsItems[0]!)).toHaveLength(4);

    standin.log.length = 0;
    const third = await postItemAction.create(ACTION).run([inst('d'), inst('a')], ctx());
    expect(standin.log.map((l) => l.operation)).toEqual(['DescribeOpsItems']);
    expect(third.resources).toEqual([]);
  });

  it('fills the newest item with room up to 100, then opens a related item for the rest', async () => {
    const full = Array.from({ length: 100 }, (_, i) => arn(`full-${i}`));
    const ninetyNine = Array.from({ length: 99 }, (_, i) => arn(`old-${i}`));
    seedItem('oi-00000000aaaa', full, 1_700_000_200);
    seedItem('oi-00000000bbbb', ninetyNine, 1_700_000_100);
    // (With OpsCenter's own dedup on /aws/dedup the new item would be refused: see the next tests.)
    standin.state.dedupEnforced = false;
    const rs = [inst('new-3'), inst('new-1'), inst('new-2')];
    await postItemAction.create(ACTION).run(rs, ctx());

    expect(standin.log.map((l) => l.operation)).toEqual([
      'DescribeOpsItems',
      'UpdateOpsItem',
      'CreateOpsItem',
    ]);
    const update = standin.calls('ssm', 'UpdateOpsItem')[0]!.params;
    expect(update['OpsItemId']).toBe('oi-00000000bbbb');
    expect(resourcesOf(update)).toEqual([...ninetyNine, arn('new-1')]);
    const create = standin.calls('ssm', 'CreateOpsItem')[0]!.params;
    expect(create['RelatedOpsItems']).toEqual([
      { OpsItemId: 'oi-00000000aaaa' },
      { OpsItemId: 'oi-00000000bbbb' },
    ]);
    expect(resourcesOf(create)).toEqual([arn('new-2'), arn('new-3')]);
    const created = standin.state.opsItems[2]!.OpsItemId;
    expect(rs.map((r) => r['c7n:opsitem'])).toEqual([created, 'oi-00000000bbbb', created]);
  });

  it('opens one item per 100 instances when none is open', async () => {
    standin.state.dedupEnforced = false;
    const rs = Array.from({ length: 250 }, (_, i) => inst(`i-${String(i).padStart(3, '0')}`)).reverse();
    await postItemAction.create(ACTION).run(rs, ctx());
    const creates = standin.calls('ssm', 'CreateOpsItem').map((c) => c.params);
    expect(creates.map((c) => resourcesOf(c).length)).toEqual([100, 100, 50]);
    expect(resourcesOf(creates[0]!)[0]).toBe(arn('i-000'));
    expect(creates.every((c) => !('RelatedOpsItems' in c))).toBe(true);
    const ids = standin.state.opsItems.map((i) => i.OpsItemId);
    expect(rs.find((r) => r['Id'] === 'i-000')!['c7n:opsitem']).toBe(ids[0]);
    expect(rs.find((r) => r['Id'] === 'i-249')!['c7n:opsitem']).toBe(ids[2]);
  });

  it("OpsCenter's own dedup: annotates with the item it names and goes on", async () => {
    const rs = Array.from({ length: 150 }, (_, i) => inst(`i-${String(i).padStart(3, '0')}`));
    const c = ctx();
    const result = await postItemAction.create(ACTION).run(rs, c);
    expect(standin.calls('ssm', 'CreateOpsItem').map((x) => x.status)).toEqual([200, 400]);
    const id = standin.state.opsItems[0]!.OpsItemId;
    expect(rs.every((r) => r['c7n:opsitem'] === id)).toBe(true);
    expect(
      (c.logger as RecordingLogger).lines.some((l) => l.level === 'warning' && l.message.includes(id)),
    ).toBe(true);
    expect(result.failures).toBeUndefined();

    // Without an id in the exception the chunk stays unannotated and is reported.
    standin.reset();
    standin.state.dedupNamesItem = false;
    const again = Array.from({ length: 150 }, (_, i) => inst(`i-${String(i).padStart(3, '0')}`));
    const r2 = await postItemAction.create(ACTION).run(again, ctx());
    expect(again.filter((r) => r['c7n:opsitem'] === undefined)).toHaveLength(50);
    expect(r2.failures).toHaveLength(50);
  });

  it("remainder path with OpsCenter dedup: the refused item's instances point at the item OpsCenter names", async () => {
    seedItem(
      'oi-00000000aaaa',
      Array.from({ length: 100 }, (_, i) => arn(`full-${i}`)),
      1_700_000_200,
    );
    const rs = [inst('extra')];
    const result = await postItemAction.create(ACTION).run(rs, ctx());
    expect(standin.log.map((l) => [l.operation, l.status])).toEqual([
      ['DescribeOpsItems', 200],
      ['CreateOpsItem', 400],
    ]);
    expect(standin.calls('ssm', 'CreateOpsItem')[0]!.params['RelatedOpsItems']).toEqual([
      { OpsItemId: 'oi-00000000aaaa' },
    ]);
    expect(rs[0]!['c7n:opsitem']).toBe('oi-00000000aaaa');
    expect(result.detail).toBe('OpsCenter: 0 item(s) created, 0 updated, 1 instance(s) added');
  });

  it('topics become one notification; no action tags means no Tags; title is trimmed', async () => {
    const action = {
      type: 'post-item',
      title: '  Voice  ',
      topics: 'arn:aws:sns:us-east-1:123456789012:ops',
    };
    const data = {
      name: 'ci-ops',
      resource: 'connect-instance',
      description: 'Policy text',
      tags: ['x:y'],
      actions: [action],
    };
    await postItemAction.create(action).run([inst('a')], ctx({}, data));
    const create = standin.calls('ssm', 'CreateOpsItem')[0]!.params;
    expect(create['Title']).toBe('Voice');
    expect(create['Description']).toBe('Policy text');
    expect(create['Notifications']).toEqual([{ Arn: 'arn:aws:sns:us-east-1:123456789012:ops' }]);
    expect('Tags' in create).toBe(false);
    expect('Priority' in create).toBe(false);
    const dedup = opsItemDedup('Voice', 'us-east-1', '123456789012');
    expect((standin.calls('ssm', 'DescribeOpsItems')[0]!.params['OpsItemFilters'] as Json[])[0]).toEqual({
      Key: 'OperationalDataValue',
      Operator: 'Contains',
      Values: [dedup],
    });
  });

  it('fails the action on service errors (after SDK retries of throttling)', async () => {
    standin.addFault({ kind: 'throttle', service: 'ssm', operation: 'DescribeOpsItems', times: 1 });
    await postItemAction.create(ACTION).run([inst('a')], ctx());
    expect(standin.calls('ssm', 'DescribeOpsItems').map((c) => c.status)).toEqual([400, 200]);

    standin.reset();
    standin.addFault({ kind: 'server-error', service: 'ssm', operation: 'CreateOpsItem' });
    await expect(postItemAction.create(ACTION).run([inst('a')], ctx())).rejects.toThrow(
      /ssm:CreateOpsItem in us-east-1 .*still failed after retries/,
    );
    expect(standin.calls('ssm', 'CreateOpsItem')).toHaveLength(5);
  });

  it('report mode describes without calls; the schema is checked at load', () => {
    expect(postItemAction.create(ACTION).describe([inst('a'), inst('b')], ctx())).toBe(
      `would record 2 instance(s) in OpsCenter items titled "ci-ops" (dedup ${DEDUP}): added to open items, or new items of at most 100`,
    );
    expect(standin.log).toHaveLength(0);
    expect(() => postItemAction.create({ type: 'post-item', priority: 6 })).toThrow(ConfigurationError);
    expect(() => postItemAction.create({ type: 'post-item', topics: ['a'] })).toThrow(/topics/);
    expect(() => postItemAction.create({ type: 'post-item', colour: 1 })).toThrow(/unknown key/);
    expect(postItemAction.permissions(ACTION)).toEqual([
      'ssm:CreateOpsItem',
      'ssm:DescribeOpsItems',
      'ssm:UpdateOpsItem',
    ]);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AwsStandin, type Json } from '../../test/support/aws-standin.js';
import { AwsClientFactory } from '../../src/aws/client-factory.js';
import type { EvalContext, Filter, Resource } from '../../src/filters/types.js';
import { instanceAttributeFilter } from '../../src/filters/instance-attribute.js';
import { analyticsAssociationFilter } from '../../src/filters/analytics-association.js';
import { findingFilter } from '../../src/filters/finding.js';
import { opsItemFilter, opsItemFilters } from '../../src/filters/ops-item.js';
import { PolicyRuntimeError } from '../../src/errors.js';
import { compilePolicy, evaluatePolicy } from '../../src/engine/evaluate.js';
import { RecordingLogger } from '../../src/logger.js';

const standin = new AwsStandin();
let factory: AwsClientFactory;

beforeAll(async () => {
  await standin.start();
});
afterAll(async () => {
  await standin.stop();
});
beforeEach(() => {
  standin.reset();
  factory?.destroy();
  factory = new AwsClientFactory({
    accountId: '123456789012',
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDFILTERS', secretAccessKey: 'x' },
    env: standin.env(),
    retry: { sleep: async () => {} },
    concurrency: 4,
  });
});

const ids = (n: number) => Array.from({ length: n }, (_, i) => `inst-${String(i + 1).padStart(2, '0')}`);
const res = (id: string, extra: Json = {}): Resource => ({ Id: id, InstanceAlias: id, ...extra });
const arn = (id: string) => `arn:aws:connect:us-east-1:123456789012:instance/${id}`;

function ctx(over: Partial<EvalContext> = {}): EvalContext {
  return {
    now: new Date('2025-06-15T12:00:00Z'),
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws',
    policyName: 'p',
    cache: new Map(),
    logger: new RecordingLogger(),
    aws: factory,
    ...over,
  };
}
const noBuild = (): Filter => {
  throw new Error('no children');
};

describe('instance-attribute', () => {
  it('annotates every evaluated resource, keeps matches in input order, fetches with bounded concurrency', async () => {
    const all = ids(12);
    standin.state.instances['us-east-1'] = all.map((id) => res(id));
    all.forEach((id, i) => (standin.state.attributes[id] = { CONTACT_LENS: i % 3 === 0 ? 'true' : 'false' }));
    standin.addFault({ kind: 'delay', delayMs: 30, operation: 'DescribeInstanceAttribute', times: 3 });
    const f = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'contact_lens', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    const input = all.map((id) => res(id));
    const kept = await f.process(input, ctx());
    expect(kept.map((r) => r['Id'])).toEqual(['inst-01', 'inst-04', 'inst-07', 'inst-10']);
    expect(input[1]!['c7n:InstanceAttribute']).toEqual({
      Attribute: { AttributeType: 'CONTACT_LENS', Value: 'false' },
    });
    expect(
      standin.calls('connect', 'DescribeInstanceAttribute').map((c) => c.params['AttributeType']),
    ).toEqual(Array(12).fill('CONTACT_LENS'));
  });

  it('§17.2: one call per instance and type per RUN, shared by policies; each filter answers from its own type', async () => {
    standin.state.instances['us-east-1'] = [res('a'), res('b')];
    standin.state.attributes = {
      a: { CONTACT_LENS: 'true', INBOUND_CALLS: 'false' },
      b: { CONTACT_LENS: 'true', INBOUND_CALLS: 'true' },
    };
    const lens = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'CONTACT_LENS', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    const inbound = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'INBOUND_CALLS', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    const run = ctx();
    // policy 1: [CONTACT_LENS, INBOUND_CALLS] -- Cloud Custodian would answer the second from the first.
    const p1 = await inbound.process(await lens.process([res('a'), res('b')], run), run);
    expect(p1.map((r) => r['Id'])).toEqual(['b']);
    expect(p1[0]!['c7n:InstanceAttribute']).toEqual({
      Attribute: { AttributeType: 'INBOUND_CALLS', Value: 'true' },
    });
    // policy 2, same run: no new calls.
    const p2 = await lens.process([res('a'), res('b')], { ...run, policyName: 'p2' });
    expect(p2.map((r) => r['Id'])).toEqual(['a', 'b']);
    expect(standin.calls('connect', 'DescribeInstanceAttribute')).toHaveLength(4);
    // annotations of one policy are not shared objects with another
    expect(p2[0]!['c7n:InstanceAttribute']).not.toBe(p1[0]!['c7n:InstanceAttribute']);
  });

  it('an existing annotation of the same type is used without a call', async () => {
    const f = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'CONTACT_LENS', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    const r = res('x', {
      'c7n:InstanceAttribute': { Attribute: { AttributeType: 'CONTACT_LENS', Value: 'true' } },
    });
    expect(await f.process([r], ctx())).toEqual([r]);
    expect(standin.log).toHaveLength(0);
  });

  it('without AWS: pre-annotated resources are evaluated from the annotation; others fail the policy', async () => {
    const f = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'CONTACT_LENS', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    const annotated = res('x', {
      'c7n:InstanceAttribute': { Attribute: { AttributeType: 'CONTACT_LENS', Value: 'true' } },
    });
    expect(await f.process([annotated], ctx({ aws: undefined }))).toEqual([annotated]);
    await expect(f.process([annotated, res('y')], ctx({ aws: undefined }))).rejects.toThrow(
      PolicyRuntimeError,
    );
    await expect(f.process([res('y')], ctx({ aws: undefined }))).rejects.toThrow(
      /needs AWS access: resource y has no c7n:InstanceAttribute/,
    );
  });

  it('an API error fails the policy with a one-line message naming the permission', async () => {
    standin.addFault({ kind: 'access-denied', operation: 'DescribeInstanceAttribute' });
    const f = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'CONTACT_LENS', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    const err = await f.process([res('a')], ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyRuntimeError);
    expect((err as Error).message).toMatch(
      /^connect:DescribeInstanceAttribute in us-east-1 .*for instance a, CONTACT_LENS was denied.*Grant connect:DescribeInstanceAttribute/,
    );
  });

  /** The instance-attribute filter the engine-level tests below run. */
  const ia = {
    type: 'instance-attribute',
    attribute_type: 'CONTACT_LENS',
    key: 'Attribute.Value',
    value: 'true',
  };

  it('with AWS access the engine asks AWS, alone, after a value filter and inside blocks', async () => {
    // (without AWS access it is decided per resource, even by pattern; with it, answers are fetched per list)
    standin.state.attributes = { a: { CONTACT_LENS: 'true' }, b: { CONTACT_LENS: 'false' } };
    for (const [filters, matched] of [
      [[ia], ['a']],
      [[{ InstanceStatus: 'ACTIVE' }, ia], ['a']],
      [[{ or: [ia, { Id: 'zz' }] }], ['a']],
      [[{ not: [ia] }], ['b']],
    ] as const) {
      const out = await evaluatePolicy(
        compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters: [...filters] }),
        async () => [res('a', { InstanceStatus: 'ACTIVE' }), res('b', { InstanceStatus: 'ACTIVE' })],
        ctx(),
      );
      expect([out.status, out.error, out.resources.map((r) => r['Id'])]).toEqual(['ok', undefined, matched]);
    }
    expect(standin.calls('connect', 'DescribeInstanceAttribute').length).toBeGreaterThan(0);
  });

  it('without AWS, an annotation of another type is noted once per resource, decided by pattern or not', async () => {
    const listed = ['a', 'b', 'c', 'd'].map((id) =>
      res(id, { 'c7n:InstanceAttribute': { Attribute: { AttributeType: 'INBOUND_CALLS', Value: 'true' } } }),
    );
    for (const patterns of [true, false]) {
      const logger = new RecordingLogger();
      const out = await evaluatePolicy(
        compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters: [ia] }),
        async () => listed,
        ctx({ aws: undefined, logger }),
        patterns ? {} : { patterns: false },
      );
      expect(out.resources.map((r) => r['Id'])).toEqual(['a', 'b', 'c', 'd']);
      expect(logger.lines.filter((l) => /pre-annotated with INBOUND_CALLS/.test(l.message))).toHaveLength(4);
    }
  });

  it('empty input makes no call', async () => {
    const f = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'CONTACT_LENS', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    expect(await f.process([], ctx())).toEqual([]);
    expect(standin.log).toHaveLength(0);
  });
});

describe('analytics-association', () => {
  it('reads every page (§17.5), annotates every evaluated resource, keeps when any association matches', async () => {
    standin.state.instances['us-east-1'] = [res('a'), res('b')];
    standin.state.analyticsPageSize = 2;
    standin.state.analytics = {
      a: [],
      b: [
        { DataSetId: 'contact_record', TargetAccountId: '111111111111' },
        { DataSetId: 'contact_record', TargetAccountId: '111111111111' },
        { DataSetId: 'agent_metrics', TargetAccountId: '999999999999' },
      ],
    };
    const f = analyticsAssociationFilter.create(
      { type: 'analytics-association', key: 'TargetAccountId', value: '999999999999' },
      noBuild,
    );
    const input = [res('a'), res('b')];
    const kept = await f.process(input, ctx());
    expect(kept.map((r) => r['Id'])).toEqual(['b']);
    expect(input[0]!['c7n:AnalyticsAssociations']).toEqual([]);
    expect(kept[0]!['c7n:AnalyticsAssociations']).toHaveLength(3);
    expect(standin.calls('connect', 'ListAnalyticsDataAssociations').map((c) => c.params)).toEqual([
      { InstanceId: 'a' },
      { InstanceId: 'b' },
      { InstanceId: 'b', NextToken: expect.any(String) },
    ]);
  });
});

describe('a policy that crashes after an AWS-backed filter', () => {
  it('makes each call once and reports the crash Cloud Custodian meets first', async () => {
    standin.state.instances['us-east-1'] = [res('a'), res('b'), res('c')];
    standin.state.analytics = { a: [{ DataSetId: 'd' }], b: [{ DataSetId: 'd' }], c: [{ DataSetId: 'd' }] };
    const out = await evaluatePolicy(
      compilePolicy({
        name: 'p',
        resource: 'aws.connect-instance',
        filters: [
          { type: 'analytics-association', key: 'DataSetId', value: 'present' },
          // crashes on every resource, after the filter above passed them all
          { type: 'value', key: 'Id', op: 'regex', value: '(' },
        ],
      }),
      async () => [res('a'), res('b'), res('c')],
      ctx(),
    );
    expect(out.status).toBe('error');
    expect(out.error).toMatch(/invalid regex/);
    expect(standin.calls('connect', 'ListAnalyticsDataAssociations')).toHaveLength(3);
  });
});

describe('finding', () => {
  it('one GetFindings per resource with query + ResourceId, every page, annotation on matches only', async () => {
    standin.state.findingsPageSize = 1;
    standin.state.findings = {
      [arn('a')]: [
        { Id: 'f1', Title: 'one' },
        { Id: 'f2', Title: 'two' },
      ],
    };
    const f = findingFilter.create(
      {
        type: 'finding',
        query: {
          RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
          ResourceId: [{ Value: 'x', Comparison: 'EQUALS' }],
        },
      },
      noBuild,
    );
    const input = [res('a'), res('b')];
    const kept = await f.process(input, ctx());
    expect(kept.map((r) => r['Id'])).toEqual(['a']);
    expect(kept[0]!['c7n:finding-filter']).toEqual([
      { Id: 'f1', Title: 'one' },
      { Id: 'f2', Title: 'two' },
    ]);
    expect('c7n:finding-filter' in input[1]!).toBe(false);
    const calls = standin.calls('securityhub', 'GetFindings');
    expect(calls).toHaveLength(3); // a: 2 pages, b: 1
    expect(calls[0]!.params['Filters']).toEqual({
      RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
      ResourceId: [{ Value: arn('a'), Comparison: 'EQUALS' }],
    });
  });

  it('queries the region it is given, with the ARN of the policy region', async () => {
    const f = findingFilter.create({ type: 'finding', region: 'eu-west-2' }, noBuild);
    await f.process([res('a')], ctx());
    const [call] = standin.calls('securityhub');
    expect(call!.region).toBe('eu-west-2');
    expect(call!.params).toEqual({ Filters: { ResourceId: [{ Value: arn('a'), Comparison: 'EQUALS' }] } });
  });

  it('throttling (TooManyRequestsException) is retried', async () => {
    standin.state.findings = { [arn('a')]: [{ Id: 'f1' }] };
    standin.addFault({ kind: 'throttle', service: 'securityhub', times: 2 });
    const f = findingFilter.create({ type: 'finding' }, noBuild);
    expect((await f.process([res('a')], ctx())).map((r) => r['Id'])).toEqual(['a']);
  });
});

describe('ops-item', () => {
  it('chunks of 10, c7n filter order, every page, annotation with the ids', async () => {
    const all = ids(12);
    standin.state.opsItemsPageSize = 1;
    standin.state.opsItems = [
      {
        OpsItemId: 'oi-1',
        Status: 'Open',
        Priority: 2,
        Title: 'x',
        OperationalData: {
          '/aws/resources': {
            Type: 'SearchableString',
            Value: JSON.stringify([{ arn: arn('inst-03') }, { arn: arn('inst-11') }]),
          },
        },
      },
      {
        OpsItemId: 'oi-2',
        Status: 'Open',
        Priority: 2,
        Title: 'x',
        OperationalData: {
          '/aws/resources': { Type: 'SearchableString', Value: JSON.stringify([{ arn: arn('inst-03') }]) },
        },
      },
    ];
    const f = opsItemFilter.create({ type: 'ops-item', priority: [2], title: 'x' }, noBuild);
    const kept = await f.process(
      all.map((id) => res(id)),
      ctx(),
    );
    expect(kept.map((r) => [r['Id'], r['c7n:opsitems']])).toEqual([
      ['inst-03', ['oi-1', 'oi-2']],
      ['inst-11', ['oi-1']],
    ]);
    const calls = standin.calls('ssm', 'DescribeOpsItems');
    const first = calls.filter((c) => !('NextToken' in c.params));
    expect(first).toHaveLength(2);
    expect(first[0]!.params['OpsItemFilters']).toEqual(
      opsItemFilters({ priority: [2], title: 'x' }, all.slice(0, 10)),
    );
    expect((first[0]!.params['OpsItemFilters'] as Json[]).map((x) => x['Key'])).toEqual([
      'Status',
      'Priority',
      'Title',
      'ResourceId',
    ]);
    expect(calls.length).toBeGreaterThan(2); // later pages were read
  });

  it('status given (even empty) replaces the default; an item without /aws/resources fails the policy', async () => {
    expect(opsItemFilters({ status: [] }, ['a'])[0]).toEqual({
      Key: 'Status',
      Operator: 'Equal',
      Values: [],
    });
    expect(opsItemFilters({}, ['a'])[0]).toEqual({ Key: 'Status', Operator: 'Equal', Values: ['Open'] });
    standin.state.opsItemsFiltered = false;
    standin.state.opsItems = [{ OpsItemId: 'oi-9', Status: 'Open' }];
    const f = opsItemFilter.create({ type: 'ops-item' }, noBuild);
    await expect(f.process([res('a')], ctx())).rejects.toThrow(/oi-9 has no \/aws\/resources/);
  });
});

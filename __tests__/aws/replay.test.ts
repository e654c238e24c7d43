import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AwsClientFactory } from '../../src/aws/client-factory.js';
import { PlaceboRecorder, PlaceboReplay } from '../../src/aws/replay.js';
import { ConnectInstanceSource } from '../../src/resources/connect-instance.js';
import { instanceAttributeFilter } from '../../src/filters/instance-attribute.js';
import { analyticsAssociationFilter } from '../../src/filters/analytics-association.js';
import type { EvalContext, Filter, Resource } from '../../src/filters/types.js';
import { RecordingLogger } from '../../src/logger.js';
import { AwsStandin } from '../../test/support/aws-standin.js';

// Cloud Custodian's recorded responses are third-party data: read from ../shared, never copied here.
const PLACEBO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/placebo');
const havePlacebo = existsSync(PLACEBO);
if (!havePlacebo) {
  console.warn(`placebo replay tests skipped: Cloud Custodian's flight data not found at ${PLACEBO}`);
}
const withPlacebo = havePlacebo ? describe : describe.skip;

const noBuild = (): Filter => {
  throw new Error('no children');
};

function replayFactory(dir: string): { f: AwsClientFactory; replay: PlaceboReplay } {
  const replay = new PlaceboReplay(dir);
  const f = new AwsClientFactory({
    accountId: '644160558196',
    region: 'us-east-1',
    env: {},
    ...replay.factoryOptions(),
  });
  return { f, replay };
}

function ctx(f: AwsClientFactory): EvalContext {
  return {
    now: new Date('2025-06-15T12:00:00Z'),
    accountId: f.accountId,
    region: 'us-east-1',
    partition: 'aws',
    policyName: 'replay',
    cache: new Map(),
    logger: new RecordingLogger(),
    aws: f,
  };
}

withPlacebo("Cloud Custodian's placebo flight data through the real SDK clients", () => {
  it('test_connect_query: 1 resource', async () => {
    const { f, replay } = replayFactory(join(PLACEBO, 'test_connect_query'));
    const resources = await new ConnectInstanceSource().list(ctx(f));
    expect(resources).toHaveLength(1);
    expect(resources[0]!['InstanceAlias']).toBe('c7ntest');
    expect(resources[0]!['CreatedTime']).toEqual(new Date('2022-06-27T15:58:08Z'));
    expect(Object.keys(resources[0]!).some((k) => k.startsWith('$') || k === 'ResponseMetadata')).toBe(false);
    expect(replay.served).toEqual(['connect.ListInstances_1.json']);
  });

  it('test_connect_instance_attribute: 1 resource, annotated CONTACT_LENS', async () => {
    const { f, replay } = replayFactory(join(PLACEBO, 'test_connect_instance_attribute'));
    const c = ctx(f);
    const listed = await new ConnectInstanceSource().list(c);
    const filter = instanceAttributeFilter.create(
      { type: 'instance-attribute', key: 'Attribute.Value', value: 'true', attribute_type: 'CONTACT_LENS' },
      noBuild,
    );
    const kept = await filter.process(listed, c);
    expect(kept).toHaveLength(1);
    expect(
      (kept[0]!['c7n:InstanceAttribute'] as { Attribute: { AttributeType: string } }).Attribute.AttributeType,
    ).toBe('CONTACT_LENS');
    expect(replay.served).toEqual([
      'connect.ListInstances_1.json',
      'connect.DescribeInstanceAttribute_1.json',
    ]);
  });

  it('test_connect_analytics_association_filter: 1 resource (c7ntest) with its associations', async () => {
    const { f } = replayFactory(join(PLACEBO, 'test_connect_analytics_association_filter'));
    const c = ctx(f);
    // One call at a time, so _1 and _2 go to the instances in listing order as in Cloud Custodian.
    const sequential = new AwsClientFactory({
      accountId: f.accountId,
      region: 'us-east-1',
      env: {},
      concurrency: 1,
      ...new PlaceboReplay(join(PLACEBO, 'test_connect_analytics_association_filter')).factoryOptions(),
    });
    const listed = await new ConnectInstanceSource().list({ ...c, aws: sequential });
    const filter = analyticsAssociationFilter.create(
      { type: 'analytics-association', key: 'TargetAccountId', op: 'ne', value: '644160558197' },
      noBuild,
    );
    const kept = await filter.process(listed, { ...c, aws: sequential });
    expect(kept.map((r) => r['InstanceAlias'])).toEqual(['c7ntest']);
    expect(kept[0]!['c7n:AnalyticsAssociations']).toEqual([
      expect.objectContaining({ DataSetId: 'contact_record', TargetAccountId: '644160558196' }),
    ]);
  });
});

describe('record, then replay what was recorded', () => {
  const standin = new AwsStandin();
  let dir = '';
  beforeAll(async () => {
    await standin.start();
    dir = mkdtempSync(join(tmpdir(), 'cpg-record-'));
  });
  afterAll(async () => {
    await standin.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the placebo layout with params, and replay matches on them', async () => {
    standin.state.instances['us-east-1'] = Array.from({ length: 12 }, (_, i) => ({
      Id: `i-${i}`,
      InstanceAlias: `a${i}`,
      CreatedTime: '2024-02-03T04:05:06Z',
      InstanceStatus: 'ACTIVE',
    }));
    standin.state.attributes = { 'i-0': { EARLY_MEDIA: 'true' }, 'i-1': { EARLY_MEDIA: 'false' } };
    const recorder = new PlaceboRecorder(dir);
    const live = new AwsClientFactory({
      accountId: '123456789012',
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDREC', secretAccessKey: 'x' },
      env: standin.env(),
      ...recorder.factoryOptions(),
    });
    const c = ctx(live);
    const listed = await new ConnectInstanceSource().list(c);
    const filter = instanceAttributeFilter.create(
      { type: 'instance-attribute', attribute_type: 'EARLY_MEDIA', key: 'Attribute.Value', value: 'true' },
      noBuild,
    );
    const liveKept = await filter.process(listed.slice(0, 2), c);
    live.destroy();
    expect(recorder.written.sort()).toEqual([
      'connect.DescribeInstanceAttribute_1.json',
      'connect.DescribeInstanceAttribute_2.json',
      'connect.ListInstances_1.json',
      'connect.ListInstances_2.json',
    ]);
    const first = JSON.parse(readFileSync(join(dir, 'connect.ListInstances_1.json'), 'utf8')) as {
      status_code: number;
      data: { InstanceSummaryList: { CreatedTime: unknown }[]; NextToken: string };
    };
    expect(first.status_code).toBe(200);
    expect(first.data.InstanceSummaryList[0]!.CreatedTime).toEqual({
      __class__: 'datetime',
      year: 2024,
      month: 2,
      day: 3,
      hour: 4,
      minute: 5,
      second: 6,
      microsecond: 0,
    });

    // Replay: the attribute answers are matched on their params even when asked in the other order.
    const { f } = replayFactory(dir);
    const rc = ctx(f);
    const replayed = await new ConnectInstanceSource().list(rc);
    expect(replayed).toEqual(
      listed.map((r: Resource) =>
        Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('c7n'))),
      ),
    );
    const kept = await filter.process([replayed[1]!, replayed[0]!], rc);
    expect(kept.map((r) => r['Id'])).toEqual(liveKept.map((r) => r['Id']));
  });

  it('replays recorded errors as SDK errors, and says when nothing was recorded', async () => {
    const errDir = mkdtempSync(join(tmpdir(), 'cpg-replay-err-'));
    try {
      writeFileSync(
        join(errDir, 'connect.ListInstances_1.json'),
        JSON.stringify({
          status_code: 403,
          data: { Error: { Code: 'AccessDeniedException', Message: 'nope' } },
        }),
      );
      const { f } = replayFactory(errDir);
      await expect(new ConnectInstanceSource().list(ctx(f))).rejects.toThrow(
        /ListInstances in us-east-1 .* was denied: AccessDeniedException \(HTTP 403\): nope/,
      );
      const filter = instanceAttributeFilter.create(
        { type: 'instance-attribute', attribute_type: 'EARLY_MEDIA', key: 'Attribute.Value', value: 'true' },
        noBuild,
      );
      await expect(filter.process([{ Id: 'x' }], ctx(f))).rejects.toThrow(
        /no recorded response for connect\.DescribeInstanceAttribute/,
      );
    } finally {
      rmSync(errDir, { recursive: true, force: true });
    }
  });
});

describe('recorded responses that are not JSON, or not responses', () => {
  it('are named at their file, line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpg-replay-bad-'));
    try {
      const file = join(dir, 'connect.ListInstances_1.json');
      writeFileSync(file, '{\n  "status_code": 200,\n  "data": {"InstanceSummaryList": [}\n}\n');
      const { f } = replayFactory(dir);
      await expect(new ConnectInstanceSource().list(ctx(f))).rejects.toThrow(
        `--replay: ${file}:3:36: not valid JSON: Unexpected token '}' (near …"\\"InstanceSummaryList\\": [}")`,
      );
      // JSON, but not a recorded response.
      writeFileSync(file, '\n  [{"status_code": 200}]\n');
      await expect(new ConnectInstanceSource().list(ctx(replayFactory(dir).f))).rejects.toThrow(
        `--replay: ${file}:2:3: expected a recorded response, {"status_code": ..., "data": {...}}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

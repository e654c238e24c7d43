import { describe, expect, it } from '@jest/globals';
import type { EvaluateOptions } from '../../src/engine/evaluate.js';
import { runPolicies, type ResourceSource } from '../../src/engine/run.js';
import { RecordingLogger, silentLogger } from '../../src/logger.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { LoadedPolicy } from '../../src/policy/types.js';
import { readSnapshotFile, StaticSource } from '../../src/resources/snapshot.js';
import { res } from './helpers.js';

function loaded(data: Record<string, unknown>): LoadedPolicy {
  const location = { file: 'p.yml', line: 1, column: 1 };
  return {
    name: String(data.name),
    resource: 'aws.connect-instance',
    data,
    location,
    severity: 'low',
    locate: () => location,
  };
}

describe('runPolicies', () => {
  it('lists each target once, shares it, isolates failures per target', async () => {
    const calls: string[] = [];
    const ok: ResourceSource = {
      list: async (c) => {
        calls.push(c.region);
        return [res(`${c.region}-1`, { InstanceAlias: 'x-{region}' })];
      },
    };
    const broken: ResourceSource = {
      list: async () => {
        throw new Error('AccessDenied');
      },
    };
    const policies = [
      loaded({ name: 'p1', resource: 'aws.connect-instance', filters: [{ InstanceStatus: 'ACTIVE' }] }),
      loaded({ name: 'p2', resource: 'aws.connect-instance', filters: [{ InstanceAlias: 'x-{region}' }] }),
    ];
    const result = await runPolicies(
      policies,
      [
        { account: '111111111111', accountName: 'a', region: 'us-east-1', source: ok },
        { account: '111111111111', accountName: 'a', region: 'eu-west-1', source: broken },
        { account: '222222222222', accountName: 'b', region: 'us-west-2', source: ok },
      ],
      { mode: 'report', now: new Date('2025-06-15T12:00:00Z'), logger: new RecordingLogger() },
    );
    expect(calls.sort()).toEqual(['us-east-1', 'us-west-2']);
    expect(result.policies.map((p) => `${p.policy}@${p.region}:${p.status}:${p.resources.length}`)).toEqual([
      'p1@us-east-1:ok:1',
      'p2@us-east-1:ok:0', // interpolated per region: x-us-east-1 is not the literal text
      'p1@eu-west-1:error:0',
      'p2@eu-west-1:error:0',
      'p1@us-west-2:ok:1',
      'p2@us-west-2:ok:0',
    ]);
    expect(result.runErrors).toEqual([
      { account: '111111111111', region: 'eu-west-1', message: expect.stringContaining('AccessDenied') },
    ]);
    expect(result.policies[2]?.error).toMatch(/listing Connect instances .* failed: AccessDenied/);
  });

  it('a policy that cannot be built fails alone', async () => {
    const source: ResourceSource = { list: async () => [res('a')] };
    const result = await runPolicies(
      [
        loaded({ name: 'bad', resource: 'aws.connect-instance', filters: [{ type: 'bogus' }] }),
        loaded({ name: 'good', resource: 'aws.connect-instance' }),
      ],
      [{ account: '1', accountName: '1', region: 'us-east-1', source }],
      { mode: 'report', now: new Date(), logger: new RecordingLogger() },
    );
    expect(result.policies.map((p) => p.status)).toEqual(['error', 'ok']);
    expect(result.policies[0]?.error).toMatch(/unknown filter "bogus"/);
  });
});

describe('runPolicies without its short-cuts (the bench workload)', () => {
  it('selects and annotates exactly as with them, policy by policy', async () => {
    // The 20 bench policies cover the pattern pass, shared columns, the tag index, reduce reading columns
    // and list-item's tail; without the short-cuts, each filter runs over the resources itself.
    const bench = 'test/fixtures/bench';
    const [policies, listed] = await Promise.all([
      loadPolicies([`${bench}/policies.yml`], { cwd: process.cwd() }),
      readSnapshotFile(`${process.cwd()}/${bench}/resources-10000.json.gz`),
    ]);
    const resources = listed.slice(0, 2000);
    const run = (evaluate?: EvaluateOptions) =>
      runPolicies(
        policies.policies,
        [
          {
            account: '123456789012',
            accountName: 'b',
            region: 'us-east-1',
            source: new StaticSource(resources),
          },
        ],
        {
          mode: 'report',
          now: new Date('2025-06-15T12:00:00Z'),
          logger: silentLogger,
          ...(evaluate ? { evaluate } : {}),
        },
      );
    const [fast, plain] = [await run(), await run({ patterns: false, tail: false, columns: false })];
    expect(fast.policies.map((p) => p.status)).toEqual(policies.policies.map(() => 'ok'));
    expect(fast.policies.some((p) => p.resources.length > 0)).toBe(true);
    fast.policies.forEach((p, j) => {
      // JSON keeps key order: the annotations must be the same lists in the same places.
      expect(JSON.stringify(p.resources)).toBe(JSON.stringify(plain.policies[j]?.resources));
    });
  });
});

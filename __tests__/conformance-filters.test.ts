/**
 * Conformance with Cloud Custodian (../shared/conformance/README.md): every case of filters.jsonl that
 * needs no AWS answers runs through the same code path as `connect-gate run --resources`: a loaded policy,
 * a snapshot source (timestamps revived), the run engine (interpolation, construction, conditions,
 * filters, limits). Selections are compared as sets, or in order where the case says `ordered`.
 * Cases with `api` run elsewhere, against the AWS stand-in.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runPolicies } from '../src/engine/run.js';
import { RecordingLogger } from '../src/logger.js';
import type { LoadedPolicy } from '../src/policy/types.js';
import { validateDocument } from '../src/policy/validate.js';
import { parseJson, reviveResources, StaticSource } from '../src/resources/snapshot.js';

interface Case {
  id: string;
  category: string;
  description?: string;
  filters: unknown[];
  resources: Record<string, unknown>[];
  now: string;
  timestamp_keys: string[];
  event?: unknown;
  api?: unknown;
  expected?: string[];
  error?: string;
  error_stage?: 'schema' | 'validate' | 'runtime';
  ordered?: boolean;
}

const FIXTURE = new URL('../test/fixtures/filters.jsonl', import.meta.url);
const cases: Case[] = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => parseJson(l) as Case);
const offline = cases.filter((c) => c.api === undefined);

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/** The policy a case describes. Cases with an event are c7n serverless policies (the event needs a mode). */
function policyData(c: Case): Record<string, unknown> {
  return {
    name: 'oracle-case',
    resource: 'aws.connect-instance',
    ...('event' in c
      ? {
          mode: {
            type: 'cloudtrail',
            events: [
              { source: 'connect.amazonaws.com', event: 'CreateInstance', ids: 'responseElements.id' },
            ],
          },
        }
      : {}),
    filters: c.filters,
  };
}

function loaded(data: Record<string, unknown>): LoadedPolicy {
  const location = { file: 'conformance.yml', line: 1, column: 1 };
  return {
    name: String(data.name),
    resource: String(data.resource),
    data,
    location,
    severity: 'low',
    locate: () => location,
  };
}

async function runCase(c: Case) {
  const resources = reviveResources(structuredClone(c.resources), c.timestamp_keys, c.id);
  const result = await runPolicies(
    [loaded(policyData(c))],
    [{ account: ACCOUNT, accountName: ACCOUNT, region: REGION, source: new StaticSource(resources) }],
    {
      mode: 'report',
      now: new Date(c.now),
      ...('event' in c && c.event !== null ? { event: c.event } : {}),
      logger: new RecordingLogger(),
    },
  );
  const policy = result.policies[0];
  if (policy === undefined) throw new Error('no policy result');
  return policy;
}

const tally = { ran: 0, passed: 0, todo: 0 };
const failures: string[] = [];

afterAll(() => {
  console.log(
    `filters.jsonl conformance: ${offline.length} offline cases (of ${cases.length}); ran ${tally.ran}, passed ${tally.passed}` +
      (failures.length ? `; failed: ${failures.join(', ')}` : ''),
  );
});

describe('filters.jsonl conformance (offline cases)', () => {
  const selecting = offline.filter((c) => c.expected !== undefined);
  const runtimeErrors = offline.filter((c) => c.error_stage === 'runtime');
  const rejected = offline.filter((c) => c.error_stage === 'schema' || c.error_stage === 'validate');

  it.each(selecting.map((c) => [c.id, c] as const))(
    '%s selects what Cloud Custodian selects',
    async (id, c) => {
      tally.ran++;
      const policy = await runCase(c);
      try {
        expect(policy.error).toBeUndefined();
        expect(policy.status).toBe('ok');
        const got = policy.resources.map((r) => r.Id);
        if (c.ordered) expect(got).toEqual(c.expected);
        else expect([...got].sort()).toEqual([...(c.expected as string[])].sort());
        tally.passed++;
      } catch (err) {
        failures.push(id);
        throw err;
      }
    },
  );

  it.each(runtimeErrors.map((c) => [c.id, c] as const))(
    '%s fails the policy at run time, as c7n crashes',
    async (id, c) => {
      tally.ran++;
      const policy = await runCase(c);
      try {
        expect(policy.status).toBe('error');
        expect(policy.error).toEqual(expect.any(String));
        expect(policy.resources).toHaveLength(0);
        tally.passed++;
      } catch (err) {
        failures.push(id);
        throw err;
      }
    },
  );

  it.each(rejected.map((c) => [c.id, c] as const))(
    '%s is rejected by validation, as c7n rejects it',
    (id, c) => {
      tally.ran++;
      const problems = validateDocument({ policies: [policyData(c)] }).filter((p) => p.severity === 'error');
      try {
        expect(problems.length).toBeGreaterThan(0);
        tally.passed++;
      } catch (err) {
        failures.push(id);
        throw err;
      }
    },
  );
});

/**
 * Every conformance case of filters.jsonl that carries `api` answers, through the live path: the stand-in
 * serves the case's instances through ListInstances and its canned answers through the real wire
 * protocols; the real SDK clients (via the client factory) list and the AWS-backed filters call. We compare
 * the kept Ids (as sets) and the requests made against `expected_calls` (as multisets, ignoring the extra
 * pages §17.5 reads and the listing itself, which c7n's recorder left out).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { AwsStandin, type Json } from '../../test/support/aws-standin.js';
import { AwsClientFactory } from '../../src/aws/client-factory.js';
import { ConnectInstanceSource } from '../../src/resources/connect-instance.js';
import { buildFilter, filterDefinition } from '../../src/filters/registry.js';
import { blockDefinitions, RESOURCE_ID_KEY, runSequence } from '../../src/filters/blocks.js';
import type { EvalContext, Filter, FilterDefinition } from '../../src/filters/types.js';
import { instanceAttributeFilter } from '../../src/filters/instance-attribute.js';
import { analyticsAssociationFilter } from '../../src/filters/analytics-association.js';
import { findingFilter } from '../../src/filters/finding.js';
import { opsItemFilter } from '../../src/filters/ops-item.js';
import { RecordingLogger } from '../../src/logger.js';
import { INSTANCE_SUMMARY_FIELDS } from '../../src/resources/connect-instance.js';

interface Case {
  id: string;
  filters: unknown[];
  resources: Json[];
  api: Record<string, unknown>;
  now: string;
  expected?: string[];
  error?: string;
  error_stage?: string;
  expected_calls?: { service: string; operation: string; params: Json; region?: string }[];
}

const cases: Case[] = readFileSync(new URL('../../test/fixtures/filters.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case)
  .filter((c) => c.api !== undefined);

const ours: Record<string, FilterDefinition> = {
  'instance-attribute': instanceAttributeFilter,
  'analytics-association': analyticsAssociationFilter,
  finding: findingFilter,
  'ops-item': opsItemFilter,
};
const blocks = blockDefinitions(RESOURCE_ID_KEY);
const registryWired = Object.entries(ours).every(([t, d]) => filterDefinition(t) === d);

/** The registry once it registers our definitions; until then the same construction rules, locally. */
function build(entry: unknown): Filter {
  if (registryWired) return buildFilter(entry);
  if (typeof entry === 'string' && ours[entry]) return ours[entry].create({ type: entry }, build);
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
    const m = entry as Record<string, unknown>;
    const t = m['type'];
    if (typeof t === 'string' && ours[t]) return ours[t].create(m, build);
    const keys = Object.keys(m);
    if (!('type' in m) && keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or' || keys[0] === 'not')) {
      return blocks[keys[0]].create(m, build);
    }
  }
  return buildFilter(entry);
}

/** JSON with sorted keys: the SDK serialises members in model order, not in the policy's order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : x,
  );
}

const SUMMARY_KEYS = INSTANCE_SUMMARY_FIELDS;

const standin = new AwsStandin();
beforeAll(async () => {
  await standin.start();
});
afterAll(async () => {
  await standin.stop();
});

function load(c: Case): void {
  standin.reset();
  standin.state.instances['us-east-1'] = c.resources;
  standin.state.opsItemsFiltered = false; // canned: the recorded answer, whatever the filters
  for (const [api, answer] of Object.entries(c.api)) {
    if (api === 'connect:DescribeInstanceAttribute') {
      for (const [id, resp] of Object.entries(
        answer as Record<string, { Attribute: { AttributeType: string; Value: string } }>,
      )) {
        (standin.state.attributes[id] ??= {})[resp.Attribute.AttributeType] = resp.Attribute.Value;
      }
    } else if (api === 'connect:ListAnalyticsDataAssociations') {
      const results = ((answer as Json)['Results'] as Json[] | undefined) ?? [];
      for (const r of c.resources) standin.state.analytics[r['Id'] as string] = results;
    } else if (api === 'securityhub:GetFindings') {
      standin.state.findings = answer as Record<string, Json[]>;
    } else if (api === 'ssm:DescribeOpsItems') {
      standin.state.opsItems = answer as Json[];
    } else {
      throw new Error(`${c.id}: no stand-in for ${api}`);
    }
  }
}

describe('conformance cases with AWS answers, through the live path', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  const runnable = cases.filter((c) => c.error_stage !== 'schema' && c.error_stage !== 'validate');
  const refused = cases.filter((c) => c.error_stage === 'schema' || c.error_stage === 'validate');

  it.each(refused.map((c) => [c.id, c] as const))(
    '%s: refused before any call (validated by the policy validator)',
    (_id, c) => {
      expect(c.expected_calls ?? []).toEqual([]);
    },
  );

  it.each(runnable.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    load(c);
    const factory = new AwsClientFactory({
      accountId: '123456789012',
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDCONFORMANCE', secretAccessKey: 'x' },
      env: standin.env(),
      retry: { sleep: async () => {} },
    });
    const logger = new RecordingLogger();
    try {
      const listed = await new ConnectInstanceSource().list({
        accountId: '123456789012',
        region: 'us-east-1',
        partition: 'aws',
        logger,
        aws: factory,
      });
      // The listing is exactly the case's summaries (the SDK keeps the modelled members only).
      expect(listed).toEqual(
        c.resources.map((r) =>
          Object.fromEntries(
            SUMMARY_KEYS.filter((k) => k in r).map((k) => [
              k,
              k === 'CreatedTime' ? new Date(r[k] as string) : r[k],
            ]),
          ),
        ),
      );
      const ctx: EvalContext = {
        now: new Date(c.now),
        accountId: '123456789012',
        region: 'us-east-1',
        partition: 'aws',
        policyName: c.id,
        cache: new Map(),
        logger,
        aws: factory,
      };
      const filters = c.filters.map(build);
      const kept = await runSequence(filters, listed, ctx);
      if (c.error_stage === 'runtime') {
        throw new Error(`${c.id} is a runtime-error case; see the spec for what we do instead`);
      }
      expect(new Set(kept.map((r) => r['Id']))).toEqual(new Set(c.expected));

      const made = standin.log
        .filter((l) => !(l.service === 'connect' && l.operation === 'ListInstances'))
        .filter((l) => !('NextToken' in l.params))
        .map((l) =>
          canonical({ service: l.service, operation: l.operation, params: l.params, region: l.region }),
        )
        .sort();
      const expected = (c.expected_calls ?? [])
        .map((e) =>
          canonical({
            service: e.service,
            operation: e.operation,
            params: e.params,
            region: e.region ?? 'us-east-1',
          }),
        )
        .sort();
      expect(made).toEqual(expected);
      // Every call was signed with the run's credentials.
      expect(standin.log.every((l) => l.accessKeyId === 'AKIDCONFORMANCE')).toBe(true);
    } finally {
      factory.destroy();
    }
  });
});

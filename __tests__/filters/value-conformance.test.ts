/**
 * Runs every conformance case of test/fixtures/filters.jsonl whose filters are only `value` filters
 * (long or short form, no blocks, no other types, no canned AWS answers) through `valueFilter` directly,
 * and compares the kept Ids as sets with what Cloud Custodian kept.
 * Cases where c7n fails at run time must fail the policy (PolicyRuntimeError). Cases c7n rejects at
 * schema/validate time are the validator's business (policy/), so they are skipped here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PolicyRuntimeError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import type { EvalContext, Resource } from '../../src/filters/types.js';
import { valueFilter } from '../../src/filters/value.js';

interface Case {
  id: string;
  description?: string;
  filters: unknown[];
  resources: Resource[];
  now: string;
  timestamp_keys?: string[];
  api?: unknown;
  expected?: string[];
  error?: string;
  error_stage?: 'schema' | 'validate' | 'runtime';
}

/** JSON.parse keeping integers beyond 2^53 exact (as BigInt), as Python's json module does. */
function parseJsonLine(line: string): Case {
  const marked = line.replace(
    /("(?:[^"\\]|\\.)*")|(?<![\d.eE+-])(-?\d{16,})(?![\d.eE])/g,
    (m, str: string | undefined, big: string) =>
      str !== undefined ? str : Number.isSafeInteger(Number(big)) ? big : `"\\u0000big:${big}"`,
  );
  return JSON.parse(marked, (_k, v: unknown) =>
    typeof v === 'string' && v.startsWith('\u0000big:') ? BigInt(v.slice(5)) : v,
  ) as Case;
}

function isValueEntry(f: unknown): boolean {
  if (typeof f === 'string') return f === 'value';
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return false;
  const m = f as Record<string, unknown>;
  if ('type' in m) return m['type'] === 'value';
  const keys = Object.keys(m);
  return keys.length === 1 && !['and', 'or', 'not'].includes(keys[0] as string);
}

const cases = readFileSync(new URL('../../test/fixtures/filters.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map(parseJsonLine)
  .filter((c) => c.api === undefined && c.filters.every(isValueEntry));

function context(c: Case): EvalContext {
  return {
    now: new Date(c.now),
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws',
    policyName: c.id,
    cache: new Map(),
    logger: silentLogger,
  };
}

function resourcesOf(c: Case): Resource[] {
  const keys = c.timestamp_keys ?? ['CreatedTime'];
  return c.resources.map((r) => {
    const copy: Resource = structuredClone(r);
    for (const k of keys) if (typeof copy[k] === 'string') copy[k] = new Date(copy[k] as string);
    return copy;
  });
}

async function run(c: Case): Promise<string[]> {
  const ctx = context(c);
  let resources = resourcesOf(c);
  for (const entry of c.filters) {
    if (resources.length === 0) break;
    const data = typeof entry === 'string' ? { type: entry } : (entry as Record<string, unknown>);
    resources = await valueFilter
      .create(data, () => {
        throw new Error('no nested filters in value-only cases');
      })
      .process(resources, ctx);
  }
  return resources.map((r) => String(r['Id']));
}

const counts = { ran: 0, passed: 0, skipped: 0 };

describe('value filter conformance (test/fixtures/filters.jsonl, value-only cases)', () => {
  for (const c of cases) {
    if (c.error_stage === 'schema' || c.error_stage === 'validate') {
      // Rejected by c7n before running: covered by the policy validator's tests, not by the filter.
      it.skip(`${c.id}: ${c.error_stage} error (validated elsewhere)`, () => {});
      counts.skipped++;
      continue;
    }
    it(`${c.id}${c.description ? `: ${c.description}` : ''}`, async () => {
      counts.ran++;
      if (c.error_stage === 'runtime') {
        await expect(run(c)).rejects.toBeInstanceOf(PolicyRuntimeError);
      } else {
        const got = await run(c);
        expect(new Set(got)).toEqual(new Set(c.expected ?? []));
      }
      counts.passed++;
    });
  }

  it('reports how many cases ran', () => {
    console.log(
      `value conformance: ${counts.passed}/${counts.ran} passed, ${counts.skipped} schema/validate cases skipped`,
    );
    expect(counts.passed).toBe(counts.ran);
    expect(counts.ran).toBeGreaterThan(100);
  });
});

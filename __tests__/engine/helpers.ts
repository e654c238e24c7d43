/** Shared helpers for the engine tests: a context, resources, and a policy run through the real engine. */
import { RecordingLogger } from '../../src/logger.js';
import type { EvalContext, Resource } from '../../src/filters/types.js';
import {
  compilePolicy,
  evaluatePolicy,
  shareListing,
  type EvaluateOptions,
} from '../../src/engine/evaluate.js';

export function ctx(over: Partial<EvalContext> = {}): EvalContext {
  return {
    now: new Date('2025-06-15T12:00:00Z'),
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws',
    policyName: 'test',
    cache: new Map(),
    logger: new RecordingLogger(),
    ...over,
  };
}

export function res(id: string, extra: Record<string, unknown> = {}): Resource {
  return { Id: id, InstanceStatus: 'ACTIVE', ...extra };
}

export const ids = (rs: readonly Resource[]): unknown[] => rs.map((r) => r.Id);

/** A small seeded random source for the differential tests (the same cases on every run). */
export function seeded(seed: number): {
  rnd: () => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
} {
  let s = seed;
  const rnd = (): number => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  return { rnd, pick, chance };
}

/**
 * One policy over a listing through the engine, as the text the differential tests compare (status,
 * error and the output objects, key order included).
 */
export async function evaluatedText(
  filters: unknown[],
  resources: Resource[],
  options: EvaluateOptions,
): Promise<string> {
  const policy = compilePolicy({ name: 'p', resource: 'aws.connect-instance', filters });
  const listed = shareListing(resources);
  const out = await evaluatePolicy(policy, async () => listed, ctx(), options);
  return JSON.stringify({ status: out.status, error: out.error, resources: out.resources });
}

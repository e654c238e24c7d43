/** Shared helpers for the engine tests: a context, resources, and a policy run through the real engine. */
import { RecordingLogger } from '../../src/logger.js';
import type { EvalContext, Resource } from '../../src/filters/types.js';

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

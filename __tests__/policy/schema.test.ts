/**
 * The policy, filter and action schemas are valid JSON Schema (draft-07). Runs compile them without
 * checking them against the meta-schema (schema-check.ts: that costs start-up time), so the check is here.
 */
import { describe, expect, it } from '@jest/globals';
import AjvModule from 'ajv';
import { ACTION_SCHEMAS, FILTER_SCHEMAS, POLICY_SCHEMA } from '../../src/policy/schema.js';

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as unknown as new (opts: Record<string, unknown>) => {
  validateSchema(schema: unknown): boolean;
  errors?: unknown;
};

describe('schemas', () => {
  const ajv = new Ajv({ strict: false });
  const all: [string, unknown][] = [
    ['policy', POLICY_SCHEMA],
    ...Object.entries(FILTER_SCHEMAS).map(([k, v]): [string, unknown] => [`filter ${k}`, v]),
    ...Object.entries(ACTION_SCHEMAS).map(([k, v]): [string, unknown] => [`action ${k}`, v]),
  ];
  it.each(all)('%s is valid draft-07', (_name, schema) => {
    const ok = ajv.validateSchema(schema);
    expect(ok ? [] : ajv.errors).toEqual([]);
  });
});

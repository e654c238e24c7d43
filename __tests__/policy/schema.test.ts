/**
 * The policy, filter and action schemas are valid JSON Schema (draft-07). Runs compile them without
 * checking them against the meta-schema (schema-check.ts: that costs start-up time), so the check is here.
 */
import { describe, expect, it } from '@jest/globals';
import AjvModule from 'ajv';
import { readFileSync } from 'node:fs';
import { ACTION_SCHEMAS, FILTER_SCHEMAS, POLICY_SCHEMA } from '../../src/policy/schema.js';
import { allSchemas, validatorsModuleSource } from '../../src/policy/schema-codegen.js';
import { validators } from '../../src/policy/schema-validators.generated.js';
import { checkSchema } from '../../src/policy/schema-check.js';

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

describe('validators compiled ahead of time', () => {
  it('are what `npm run generate` gives for the current schemas (run it after changing one)', () => {
    const committed = readFileSync(
      new URL('../../src/policy/schema-validators.generated.ts', import.meta.url),
      'utf8',
    );
    expect(committed === validatorsModuleSource()).toBe(true);
  });

  it('cover every schema, and judge as ajv compiling the schema then does', () => {
    const table = validators as unknown as Record<string, (data: unknown) => boolean>;
    const keys = [...allSchemas().keys()];
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    // A wrong entry for every schema: the generated check and a fresh compile report the same problems.
    const fresh = new Ajv({
      allErrors: true,
      strict: false,
      verbose: true,
      validateSchema: false,
    }) as unknown as {
      compile(s: unknown): ((d: unknown) => boolean) & { errors?: unknown[] };
    };
    for (const [key, schema] of allSchemas()) {
      const entry = { type: key.split(':')[1] ?? 'value', name: 7, unexpected: true };
      const viaGenerated = checkSchema(schema, entry, key).map((p) => p.message);
      const compiled = fresh.compile(schema);
      compiled(entry);
      expect(viaGenerated.length > 0).toBe((compiled.errors ?? []).length > 0);
      expect(table[key]?.(entry)).toBe(compiled(entry));
    }
  });
});

/**
 * Every case of Cloud Custodian's validate verdicts (test/fixtures/validate.jsonl) through the same path as
 * `connect-gate validate --format json`. Where we are deliberately stricter, the case names the rule.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runCli } from '../../src/commands/cli.js';

interface Case {
  id: string;
  description: string;
  policy_yaml: string;
  valid: boolean;
}

const cases: Case[] = readFileSync(new URL('../../test/fixtures/validate.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Case);

/** Cases Cloud Custodian accepts but that can only fail at run time or at the API: we reject them. */
const STRICTER: Record<string, string> = {
  'val-filter-036':
    'filters.md §2.4: value_type age with a string value crashes when a resource is evaluated',
  'val-action-065':
    'actions.md §5.1 Extension: set-attributes value must be a string, the API rejects objects',
};

async function validateJson(yaml: string): Promise<{ code: number; issues: Array<Record<string, unknown>> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpg-val-'));
  writeFileSync(path.join(dir, 'policy.yml'), yaml);
  let out = '';
  const code = await runCli(['validate', 'policy.yml', '--format', 'json'], {
    stdout: (t) => (out += t),
    stderr: () => {},
    cwd: dir,
    env: {},
  });
  return { code, issues: JSON.parse(out) as Array<Record<string, unknown>> };
}

describe('validate conformance with Cloud Custodian (validate.jsonl)', () => {
  let agreed = 0;
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const { code, issues } = await validateJson(c.policy_yaml);
    const errors = issues.filter((i) => i.severity === 'error');
    const expectValid = c.valid && !STRICTER[c.id];
    if (expectValid) {
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    } else {
      expect(errors.length).toBeGreaterThan(0);
      expect(code).toBe(2);
      for (const e of errors) {
        expect(typeof e.line).toBe('number');
        expect(e.line as number).toBeGreaterThan(1); // at the offending node, not the file's first line
        expect(e.message).toEqual(expect.any(String));
      }
    }
    agreed++;
  });
  it('reports how many cases agree', () => {
    console.log(
      `validate conformance: ${agreed}/${cases.length} cases agree with Cloud Custodian (${Object.keys(STRICTER).length} deliberately stricter)`,
    );
    expect(agreed).toBe(cases.length);
  });
});

import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { loadPolicies } from '../../src/policy/load.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpg-load-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function load(files: Record<string, string>, inputs: string[] = []) {
  const cwd = workspace(files);
  return loadPolicies(inputs, { cwd });
}

const errorsOf = (r: Awaited<ReturnType<typeof load>>) => r.issues.filter((i) => i.severity === 'error');

describe('loading policy files', () => {
  it('reads the default globs policies/**/*.yml and *.yaml, keeping each policy location', async () => {
    const r = await load({
      'policies/a.yml': 'policies:\n  - name: one\n    resource: connect-instance\n',
      'policies/sub/b.yaml': '# comment\npolicies:\n  - name: two\n    resource: aws.connect-instance\n',
    });
    expect(r.issues).toEqual([]);
    expect(r.policies.map((p) => [p.name, p.location.file, p.location.line, p.location.column])).toEqual([
      ['one', 'policies/a.yml', 2, 5],
      ['two', 'policies/sub/b.yaml', 3, 5],
    ]);
  });

  it('reads folders, globs and JSON files, and several YAML documents per file', async () => {
    const r = await load(
      {
        'x/a.json': '{"policies": [{"name": "from-json", "resource": "connect-instance"}]}',
        'x/multi.yml':
          'policies:\n  - name: doc-one\n    resource: connect-instance\n---\npolicies:\n  - name: doc-two\n    resource: connect-instance\n',
      },
      ['x'],
    );
    expect(r.issues).toEqual([]);
    expect(r.policies.map((p) => p.name).sort()).toEqual(['doc-one', 'doc-two', 'from-json']);
    expect(r.policies.find((p) => p.name === 'doc-two')!.location.line).toBe(6);
  });

  it('says so when an input names no file', async () => {
    const r = await load({}, ['nothing/*.yml']);
    expect(errorsOf(r)[0]!.message).toMatch(/no policy files match nothing\/\*\.yml/);
  });

  it('resolves scalars as YAML 1.1 (PyYAML), as Cloud Custodian does (spec §1.1)', async () => {
    const r = await load({
      'policies/p.yml': [
        'policies:',
        '  - name: scalars',
        '    resource: connect-instance',
        '    metadata:',
        '      values: [yes, No, on, OFF, y, n, ~, 0777, 012, 08, 0x1F, 1_000, "1:30", 1:30, 1e3, 1.0e+3, .inf, 2024-01-01]',
        '',
      ].join('\n'),
    });
    expect(r.issues).toEqual([]);
    const values = (r.policies[0]!.data.metadata as { values: unknown[] }).values;
    expect(values.slice(0, 17)).toEqual([
      true,
      false,
      true,
      false,
      'y',
      'n',
      null,
      511,
      10,
      '08',
      31,
      1000,
      '1:30',
      90,
      '1e3',
      1000,
      Infinity,
    ]);
    expect(String(values[17])).toBe('2024-01-01');
  });

  it('applies anchors, aliases and merge keys', async () => {
    const r = await load({
      'policies/p.yml':
        'common: &base\n  resource: connect-instance\npolicies:\n  - <<: *base\n    name: merged\n',
    });
    // `common` is not a policy-file key: reported, and the document is not used.
    expect(errorsOf(r)[0]!.message).toMatch(/unknown top-level key `common`/);
    const ok = await load({
      'policies/p.yml':
        'policies:\n  - &p\n    name: first\n    resource: connect-instance\n  - <<: *p\n    name: second\n',
    });
    expect(ok.issues).toEqual([]);
    expect(ok.policies.map((p) => [p.name, p.resource])).toEqual([
      ['first', 'connect-instance'],
      ['second', 'connect-instance'],
    ]);
  });
});

describe('every error class names file, line and column with what was expected', () => {
  it('malformed YAML', async () => {
    const r = await load({
      'policies/bad.yml': 'policies:\n  - name: [unclosed\n    resource: connect-instance\n',
    });
    const [e] = errorsOf(r);
    expect(e).toMatchObject({ file: 'policies/bad.yml', severity: 'error' });
    expect(e!.message).toMatch(/^invalid YAML: /);
    expect(e!.line).toBeGreaterThanOrEqual(2);
  });

  it('a tab-indented file', async () => {
    const r = await load({ 'policies/tab.yml': 'policies:\n\t- name: x\n' });
    expect(errorsOf(r)[0]).toMatchObject({ file: 'policies/tab.yml', line: 2, column: 1 });
    expect(errorsOf(r)[0]!.message).toMatch(/indent with spaces/);
  });

  it('an empty file', async () => {
    const r = await load({ 'policies/empty.yml': '' });
    expect(errorsOf(r)[0]).toMatchObject({ file: 'policies/empty.yml', line: 1 });
    expect(errorsOf(r)[0]!.message).toBe('the file is empty: expected a mapping with a `policies` list');
  });

  it('a policy list that is not a list', async () => {
    const r = await load({ 'policies/p.yml': 'policies:\n  name: x\n  resource: connect-instance\n' });
    expect(errorsOf(r)[0]).toMatchObject({ line: 2, column: 3, path: 'policies' });
    expect(errorsOf(r)[0]!.message).toBe('`policies` must be a list of policies, found a mapping');
  });

  it('a top level that is not a mapping, and a missing policies key', async () => {
    const list = await load({ 'policies/p.yml': '- name: x\n' });
    expect(errorsOf(list)[0]!.message).toMatch(
      /top level must be a mapping with a `policies` list, found a list/,
    );
    const missing = await load({ 'policies/p.yml': 'vars: {}\n' });
    expect(errorsOf(missing)[0]!.message).toBe('the `policies` list is missing');
  });

  it('unknown keys at each level, with a suggestion', async () => {
    const r = await load({
      'policies/p.yml': [
        'policy:', // top level
        '  - name: x',
        'policies:',
        '  - name: keys',
        '    resource: connect-instance',
        '    filtres: []', // policy level
        '    filters:',
        '      - type: value',
        '        key: InstanceAlias',
        '        value: x',
        '        opp: eq', // filter level
        '      - type: reduce',
        '        sort_by: CreatedTime', // another filter
        '    actions:',
        '      - type: webhook',
        '        url: https://example.com',
        '        header: {a: b}', // action level
        '',
      ].join('\n'),
    });
    expect(errorsOf(r).map((e) => [e.line, e.column, e.message])).toEqual([
      [1, 1, expect.stringMatching(/^unknown top-level key `policy`; did you mean "policies"\?/)],
      [6, 5, expect.stringMatching(/^unknown policy key `filtres`; did you mean "filters"\?/)],
      [
        11,
        9,
        expect.stringMatching(
          /^unknown property `opp` in filter value; allowed: .*\bop\b.*; did you mean "op"\?/,
        ),
      ],
      [
        13,
        9,
        expect.stringMatching(/^unknown property `sort_by` in filter reduce; .*did you mean "sort-by"\?/),
      ],
      [
        17,
        9,
        expect.stringMatching(/^unknown property `header` in action webhook; .*did you mean "headers"\?/),
      ],
    ]);
  });

  it('one bad policy does not hide the others (valid ones still load)', async () => {
    const r = await load({
      'policies/p.yml':
        'policies:\n  - name: good\n    resource: connect-instance\n  - name: bad\n    resource: connect-instance\n    filters:\n      - type: value\n        key: a\n        op: equals\n        value: 1\n  - name: also-bad\n    resource: connect\n',
    });
    expect(r.policies.map((p) => p.name)).toEqual(['good']);
    expect(errorsOf(r).map((e) => [e.policy, e.line])).toEqual([
      ['bad', 9],
      ['also-bad', 12],
    ]);
    expect(errorsOf(r)[0]!.message).toMatch(
      /`op` "equals" is not allowed; .* did you mean "eq" or "equal"\?/,
    );
  });

  it('duplicate policy names across files, with both locations', async () => {
    const r = await load({
      'policies/a.yml': 'policies:\n  - name: same\n    resource: connect-instance\n',
      'policies/b.yml': '\npolicies:\n  - name: same\n    resource: connect-instance\n',
    });
    expect(errorsOf(r)).toEqual([
      expect.objectContaining({
        file: 'policies/b.yml',
        line: 3,
        message:
          'duplicate policy name "same": also defined at policies/a.yml:2; policy names must be unique across all files',
      }),
    ]);
  });

  it('refuses a file over the size limit with a clear message, and parses a 5 MB file', async () => {
    const policy = (i: number) =>
      `  - name: p${i}\n    resource: connect-instance\n    filters:\n      - InstanceStatus: ACTIVE\n`;
    let text = 'policies:\n';
    for (let i = 0; text.length < 5 * 1024 * 1024; i++) text += policy(i);
    const five = await load({ 'policies/big.yml': text });
    expect(five.issues).toEqual([]);
    expect(five.policies.length).toBeGreaterThan(50000);
    const huge = await load({ 'policies/huge.yml': text + text });
    expect(errorsOf(huge)[0]!.message).toMatch(
      /^the file is 10\.\d MiB; policy files over 8 MiB are refused/,
    );
  });
});

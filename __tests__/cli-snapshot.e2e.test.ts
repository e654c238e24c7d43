/**
 * `connect-gate run --resources FILE` as users run it: the bundled dist/cli.js in a child process, with no AWS
 * credentials at all. Exit status, results.json, the c7n folder and SARIF on a clean run, a policy that fails at
 * run time, input files that are not what they should be (named at their line and column, with the reports
 * still written), and reports that cannot be written (exit 2, never a hang). `npm run bundle` must have run
 * first (CI bundles before testing).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve('dist/cli.js');

interface Results {
  gate: string;
  policies: { name: string; account: string; region: string; matched: string[]; error?: string }[];
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  dir: string;
  results: Results;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The flags these tests fix, unless a test gives its own. */
const withDefaults = (args: string[]): string[] =>
  Object.entries({ '--now': '2025-06-15T12:00:00Z', '--output-dir': 'out', '--sarif': 'out.sarif' }).flatMap(
    ([flag, value]) => (args.includes(flag) ? [] : [flag, value]),
  );

/** `folder: false`: the output folder is not expected (it cannot be written). */
async function run(args: string[], files: Record<string, string>, { folder = true } = {}): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpg-snapshot-cli-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const env = { PATH: process.env.PATH ?? '', HOME: dir };
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        process.execPath,
        [CLI, 'run', ...args, ...withDefaults(args)],
        { cwd: dir, env, timeout: 45000 },
        (err, out, errOut) =>
          resolve({
            code: err ? (typeof err.code === 'number' ? err.code : -1) : 0,
            stdout: out,
            stderr: errOut,
          }),
      );
    },
  );
  // Every run leaves its results behind, also one that failed.
  const results = folder
    ? (JSON.parse(readFileSync(path.join(dir, 'out', 'results.json'), 'utf8')) as Results)
    : { gate: 'not written', policies: [] };
  return { code, stdout, stderr, dir, results };
}

const POLICIES = `policies:
  - name: saml-active
    resource: aws.connect-instance
    filters:
      - InstanceStatus: ACTIVE
      - IdentityManagementType: SAML
  - name: old
    resource: aws.connect-instance
    filters:
      - type: value
        key: CreatedTime
        value_type: age
        op: gt
        value: 365
`;

const instance = (n: number, extra: Record<string, unknown> = {}) => ({
  Id: `0000000${n}-0000-4000-8000-000000000000`,
  Arn: `arn:aws:connect:us-east-1:123456789012:instance/0000000${n}-0000-4000-8000-000000000000`,
  IdentityManagementType: 'SAML',
  InstanceAlias: `alias-${n}`,
  CreatedTime: '2025-06-01T00:00:00Z',
  InstanceStatus: 'ACTIVE',
  ...extra,
});

const SNAPSHOT = JSON.stringify(
  [
    instance(1),
    instance(2, { InstanceStatus: 'CREATION_FAILED', CreatedTime: '2020-01-01T00:00:00Z' }),
    instance(3, { IdentityManagementType: 'CONNECT_MANAGED' }),
  ],
  null,
  2,
);

describe('connect-gate run --resources (bundled CLI, no AWS)', () => {
  it('selects, reports and fails the gate on matches: exit 1, results.json, the c7n folder, SARIF', async () => {
    const r = await run(['policies.yml', '--resources', 'instances.json'], {
      'policies.yml': POLICIES,
      'instances.json': SNAPSHOT,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.results.gate).toBe('fail');
    expect(r.results.policies.map((p) => [p.name, p.matched])).toEqual([
      ['saml-active', [instance(1).Id]],
      ['old', [instance(2).Id]],
    ]);
    const { account, region } = r.results.policies[0]!;
    const folder = path.join(r.dir, 'out', account, region, 'saml-active');
    const written = JSON.parse(readFileSync(path.join(folder, 'resources.json'), 'utf8')) as { Id: string }[];
    expect(written.map((x) => x.Id)).toEqual([instance(1).Id]);
    expect(existsSync(path.join(folder, 'metadata.json'))).toBe(true);
    const sarif = JSON.parse(readFileSync(path.join(r.dir, 'out.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toEqual(['saml-active', 'old']);
  });

  it('passes when nothing matches: exit 0', async () => {
    const r = await run(['policies.yml', '--resources', 'instances.json'], {
      'policies.yml': POLICIES,
      'instances.json': JSON.stringify([instance(3, { IdentityManagementType: 'CONNECT_MANAGED' })]),
    });
    expect([r.code, r.results.gate, r.stderr]).toEqual([0, 'pass', '']);
  });

  it('a policy that fails at run time is reported with its reason, the others still run: exit 2', async () => {
    // Valid as written; list-item then finds a string where it needs a list (Cloud Custodian fails the same way).
    const failing = `${POLICIES}  - name: not-a-list
    resource: aws.connect-instance
    filters:
      - type: list-item
        key: InstanceAlias
        attrs:
          - Key: x
`;
    const r = await run(['policies.yml', '--resources', 'instances.json'], {
      'policies.yml': failing,
      'instances.json': SNAPSHOT,
    });
    expect(r.code).toBe(2);
    const byName = Object.fromEntries(r.results.policies.map((p) => [p.name, p]));
    expect(byName['saml-active']!.matched).toEqual([instance(1).Id]);
    expect(byName['old']!.matched).toEqual([instance(2).Id]);
    expect(byName['not-a-list']!.matched).toEqual([]);
    expect(byName['not-a-list']!.error).toBe(
      "list-item filter value for InstanceAlias is a <class 'str'> not a list",
    );
    expect(r.stderr).toContain('not-a-list');
    // At the policy's place in its file, as validation errors are.
    expect(r.stdout).toContain(
      "ERROR    policies.yml:15:5: not-a-list (123456789012/us-east-1): list-item filter value for InstanceAlias is a <class 'str'> not a list",
    );
  });

  it('instances without an Id are evaluated, with a warning that results.json cannot tell them apart', async () => {
    const noId = (n: number) => {
      const { Id: _id, ...rest } = instance(n);
      return rest;
    };
    const r = await run(['policies.yml', '--resources', 'instances.json'], {
      'policies.yml': POLICIES,
      'instances.json': JSON.stringify([
        noId(1),
        noId(4),
        instance(3, { IdentityManagementType: 'CONNECT_MANAGED' }),
      ]),
    });
    expect(r.code).toBe(1);
    expect(r.results.policies[0]!.matched).toHaveLength(2);
    expect(r.stderr).toContain(
      'instances.json: 2 of 3 instances have no Id (ListInstances always gives one); results.json cannot tell them apart',
    );
  });

  it('a snapshot that is not JSON is named at its line and column, with the text there: exit 2, reports written', async () => {
    const r = await run(['policies.yml', '--resources', 'instances.json'], {
      'policies.yml': POLICIES,
      'instances.json': '[\n  {"Id": "i-1",\n   "InstanceAlias": "a",}\n]\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `connect-gate run: instances.json:3:25: not valid JSON: Expected double-quoted property name (near "   \\"InstanceAlias\\": \\"a\\",}")`,
    );
    expect(r.results.gate).toBe('fail');
    expect(existsSync(path.join(r.dir, 'out.sarif'))).toBe(true);
  });

  it('an element that is not an instance is named at its line and column: exit 2', async () => {
    const r = await run(['policies.yml', '--resources', 'instances.json'], {
      'policies.yml': POLICIES,
      'instances.json': '[\n  {"Id": "i-1"},\n  "i-2"\n]\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `connect-gate run: instances.json:3:3: element 1 is not an object; each resource is one InstanceSummary mapping`,
    );
  });

  it('an event file that is not JSON is named at its line and column: exit 2', async () => {
    const r = await run(['policies.yml', '--resources', 'instances.json', '--event', 'event.json'], {
      'policies.yml': POLICIES,
      'instances.json': SNAPSHOT,
      'event.json': '{\n  "detail": {,\n}\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the event file event.json:2:14: not valid JSON:');
  });

  it('a report that cannot be written makes the exit status 2 even when the gate passes; the others are written', async () => {
    const r = await run(
      [
        'policies.yml',
        '--resources',
        'instances.json',
        '--output-dir',
        'policies.yml/out',
        '--format',
        'json',
      ],
      {
        'policies.yml': POLICIES,
        'instances.json': JSON.stringify([instance(3, { IdentityManagementType: 'CONNECT_MANAGED' })]),
      },
      { folder: false },
    );
    expect(r.code).toBe(2);
    const printed = JSON.parse(r.stdout) as {
      gate: string;
      reportErrors: { reporter: string; path: string }[];
    };
    expect(printed.gate).toBe('pass');
    expect(printed.reportErrors.map((e) => [e.reporter, e.path])).toEqual([
      ['output-folder', path.join(r.dir, 'policies.yml', 'out')],
    ]);
    expect(r.stderr).toContain(
      `Report output-folder (${path.join(r.dir, 'policies.yml', 'out')}) could not be written: ENOTDIR: not a directory, mkdir '${path.join(r.dir, 'policies.yml', 'out')}'`,
    );
    expect(existsSync(path.join(r.dir, 'out.sarif'))).toBe(true);
  });

  // Node's recursive mkdir spins forever under /proc on Linux; the run must end (the child has a timeout).
  (existsSync('/proc/self') ? it : it.skip)(
    'an output folder under /proc ends the run with exit 2, not a hang',
    async () => {
      const r = await run(
        ['policies.yml', '--resources', 'instances.json', '--output-dir', '/proc/cpg-nowhere/out'],
        { 'policies.yml': POLICIES, 'instances.json': SNAPSHOT },
        { folder: false },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Report output-folder (/proc/cpg-nowhere/out) could not be written: ENOENT');
    },
  );
});

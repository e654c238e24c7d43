/**
 * `connect-gate run` as users run it (the bundled dist/cli.js in a child process, credentials from the
 * environment), against the local AWS stand-in and Cloud Custodian's recorded flight data: faults in one
 * region, retries, and placebo replay. `npm run bundle` must have run first (CI bundles before testing).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { execFile } from 'node:child_process';
import { AwsStandin, startAwsStandin } from '../test/support/aws-standin.js';

const PLACEBO = path.resolve('../shared/placebo');
const CLI = path.resolve('dist/cli.js');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  dir: string;
  results: {
    gate: string;
    policies: Array<{ name: string; region: string; matched: string[]; error?: string }>;
  };
}

async function cli(
  args: string[],
  files: Record<string, string>,
  env: Record<string, string> = {},
): Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpg-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const childEnv = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    AWS_ACCESS_KEY_ID: 'AKIDTEST',
    AWS_SECRET_ACCESS_KEY: 'test-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...env,
  };
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        process.execPath,
        [CLI, 'run', ...args, '--output-dir', 'out', '--sarif', 'out.sarif'],
        { cwd: dir, env: childEnv, timeout: 60000 },
        (err, out, errOut) =>
          resolve({
            code: err ? (typeof err.code === 'number' ? err.code : 2) : 0,
            stdout: out,
            stderr: errOut,
          }),
      );
    },
  );
  const results = JSON.parse(
    readFileSync(path.join(dir, 'out', 'results.json'), 'utf8'),
  ) as CliRun['results'];
  return { code, stdout, stderr, dir, results };
}

const POLICY = `policies:
  - name: connect-all
    resource: connect-instance
  - name: connect-lens-on
    resource: connect-instance
    filters:
      - type: instance-attribute
        attribute_type: CONTACT_LENS
        key: Attribute.Value
        value: "true"
`;

const instance = (region: string, id: string) => ({
  Id: id,
  Arn: `arn:aws:connect:${region}:123456789012:instance/${id}`,
  IdentityManagementType: 'SAML',
  InstanceAlias: `alias-${id.slice(0, 4)}`,
  CreatedTime: '2024-01-02T03:04:05Z',
  InstanceStatus: 'ACTIVE',
  InboundCallsEnabled: true,
  OutboundCallsEnabled: true,
});

describe('connect-gate run against live AWS (stand-in)', () => {
  let aws: AwsStandin;
  beforeAll(async () => {
    aws = await startAwsStandin();
  });
  afterAll(async () => aws.stop());

  const estate = () => {
    aws.reset();
    aws.state.defaultAccount = '123456789012';
    aws.state.instances = {
      'us-east-1': Array.from({ length: 12 }, (_, i) =>
        instance('us-east-1', `e${String(i).padStart(3, '0')}aaaa-0000-4000-8000-000000000000`),
      ),
      'us-west-2': [instance('us-west-2', 'w000aaaa-0000-4000-8000-000000000000')],
    };
    aws.state.attributes = { 'e000aaaa-0000-4000-8000-000000000000': { CONTACT_LENS: 'true' } };
  };

  it('AccessDenied in one region leaves the other region whole, and the exit status is 2', async () => {
    estate();
    aws.addFault({ kind: 'access-denied', service: 'connect', region: 'us-west-2' });
    const run = await cli(
      ['policy.yml', '--regions', 'us-east-1,us-west-2'],
      { 'policy.yml': POLICY },
      aws.env(),
    );
    expect(run.code).toBe(2);
    const east = run.results.policies.filter((p) => p.region === 'us-east-1');
    expect(east.map((p) => [p.name, p.matched.length, p.error])).toEqual([
      ['connect-all', 12, undefined],
      ['connect-lens-on', 1, undefined],
    ]);
    const west = run.results.policies.filter((p) => p.region === 'us-west-2');
    expect(west.length).toBe(2);
    for (const p of west) expect(p.error).toMatch(/connect:ListInstances/);
    // Two pages of ListInstances in us-east-1 (10 per page), none retried after AccessDenied in us-west-2.
    expect(aws.calls('connect', 'ListInstances').filter((c) => c.region === 'us-east-1').length).toBe(2);
    expect(aws.calls('connect', 'ListInstances').filter((c) => c.region === 'us-west-2').length).toBe(1);
  });

  it('a throttled call is retried and the run succeeds', async () => {
    estate();
    aws.addFault({ kind: 'throttle', service: 'connect', operation: 'ListInstances', times: 2 });
    const run = await cli(
      ['policy.yml', '--regions', 'us-east-1', '--fail-on', 'error'],
      { 'policy.yml': POLICY },
      aws.env(),
    );
    expect(run.code).toBe(0);
    expect(run.results.policies.map((p) => p.matched.length)).toEqual([12, 1]);
    const statuses = aws.calls('connect', 'ListInstances').map((c) => c.status);
    expect(statuses.filter((s) => s === 429).length).toBe(2);
  });

  it('credentials in a value_from URL reach no log and no report when the source fails', async () => {
    estate();
    const secretPolicy = `policies:
  - name: connect-allowlist
    resource: connect-instance
    filters:
      - type: value
        key: InstanceAlias
        op: not-in
        value_from: {url: "http://alice:s3cretPW@127.0.0.1:9/aliases.txt?access_token=TOKEN123", format: txt}
`;
    const run = await cli(
      ['policy.yml', '--regions', 'us-east-1', '--summary', 'summary.md'],
      { 'policy.yml': secretPolicy },
      aws.env(),
    );
    expect(run.code).toBe(2);
    expect(run.results.policies[0]!.error).toMatch(
      /value_from http:\/\/\*\*\*@127\.0\.0\.1:9\/aliases\.txt\?access_token=\*\*\*.*cannot fetch/,
    );
    const texts = [
      run.stdout,
      run.stderr,
      readFileSync(path.join(run.dir, 'out.sarif'), 'utf8'),
      readFileSync(path.join(run.dir, 'summary.md'), 'utf8'),
      readFileSync(path.join(run.dir, 'out', 'results.json'), 'utf8'),
    ];
    for (const text of texts) {
      expect(text).not.toContain('s3cretPW');
      expect(text).not.toContain('TOKEN123');
    }
  });

  it('reads each instance attribute once per run, shared by all policies (spec §17.2)', async () => {
    estate();
    const twice =
      POLICY +
      POLICY.replace('policies:\n', '')
        .replace(/connect-all/g, 'connect-all-2')
        .replace(/connect-lens-on/g, 'connect-lens-on-2');
    const run = await cli(['policy.yml', '--regions', 'us-east-1'], { 'policy.yml': twice }, aws.env());
    expect(run.code).toBe(1);
    expect(aws.calls('connect', 'DescribeInstanceAttribute').length).toBe(12);
    expect(aws.calls('connect', 'ListInstances').length).toBe(2);
  });
});

const placebo = existsSync(PLACEBO) ? describe : describe.skip;
if (!existsSync(PLACEBO)) {
  console.warn(
    `skipping Cloud Custodian placebo replays: ${PLACEBO} is absent (third-party data, not in the repository)`,
  );
}

placebo("Cloud Custodian's own flight data through --replay", () => {
  it('test_connect_query: 1 resource', async () => {
    const run = await cli(
      ['policy.yml', '--replay', path.join(PLACEBO, 'test_connect_query'), '--regions', 'us-east-1'],
      { 'policy.yml': 'policies:\n  - name: connect-query-test\n    resource: connect-instance\n' },
    );
    expect(run.code).toBe(1);
    expect(run.results.policies[0]!.matched.length).toBe(1);
  });

  it('test_connect_instance_attribute: 1 resource, annotated with the CONTACT_LENS attribute', async () => {
    const run = await cli(
      [
        'policy.yml',
        '--replay',
        path.join(PLACEBO, 'test_connect_instance_attribute'),
        '--regions',
        'us-east-1',
      ],
      {
        'policy.yml':
          "policies:\n  - name: connect-instance-attribute-test\n    resource: connect-instance\n    filters:\n      - type: instance-attribute\n        attribute_type: CONTACT_LENS\n        key: Attribute.Value\n        value: 'true'\n",
      },
    );
    expect(run.code).toBe(1);
    const [policy] = run.results.policies;
    expect(policy!.matched.length).toBe(1);
    const resources = JSON.parse(
      readFileSync(
        path.join(
          run.dir,
          'out',
          '123456789012',
          'us-east-1',
          'connect-instance-attribute-test',
          'resources.json',
        ),
        'utf8',
      ),
    ) as Array<Record<string, { Attribute: { AttributeType: string } }>>;
    expect(resources[0]!['c7n:InstanceAttribute']!.Attribute.AttributeType).toBe('CONTACT_LENS');
  });
});

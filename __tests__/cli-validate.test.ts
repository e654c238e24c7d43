/** `connect-gate validate` as the CLI dispatches it: formats, exit status and --permissions. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runCli } from '../src/commands/cli.js';

async function cli(args: string[], files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpg-validate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    env: {},
  });
  return { code, stdout, stderr };
}

const POLICIES = `policies:
  - name: lens
    resource: connect-instance
    filters:
      - type: instance-attribute
        attribute_type: CONTACT_LENS
        key: Attribute.Value
        value: "false"
    actions:
      - type: set-attributes
        attribute_type: CONTACT_LENS
        value: "true"
      - type: notify
        to: [ops@example.com]
        transport: {type: sqs, queue: q}
  - name: findings
    resource: connect-instance
    filters:
      - or:
          - type: finding
          - type: value
            key: InstanceAlias
            value_from: {url: "s3://bucket/aliases.txt", format: txt}
            op: in
`;

describe('connect-gate validate', () => {
  it('prints compiler-style lines and a count, exit 0 when valid', async () => {
    const r = await cli(['validate', 'p.yml'], { 'p.yml': POLICIES });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 file(s), 2 valid policies, 0 error(s), 0 warning(s)\n');
  });

  it('exit 2 and JSON for tools when invalid', async () => {
    const r = await cli(['validate', 'p.yml', '--format', 'json'], {
      'p.yml':
        'policies:\n  - name: x\n    resource: connect-instance\n    filters:\n      - type: value\n        key: a\n',
    });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'p.yml',
        line: 5,
        column: 9,
        policy: 'x',
        severity: 'error',
        message:
          'filter value is missing `value` (or value_from / value_path): what should `a` be compared with?',
        path: 'policies[0].filters[0]',
      },
    ]);
  });

  it('--permissions lists the IAM actions per mode, recursively through blocks and value sources', async () => {
    const r = await cli(['validate', 'p.yml', '--permissions', '--format', 'json'], { 'p.yml': POLICIES });
    expect(r.code).toBe(0);
    const { permissions } = JSON.parse(r.stdout) as { permissions: { report: string[]; enforce: string[] } };
    expect(permissions.report).toEqual([
      'connect:DescribeInstanceAttribute',
      'connect:ListInstances',
      's3:GetObject',
      'securityhub:GetFindings',
    ]);
    expect(permissions.enforce).toEqual(
      expect.arrayContaining(['connect:UpdateInstanceAttribute', 'sqs:SendMessage']),
    );
    expect(permissions.enforce).not.toContain('connect:ListInstances');
  });

  it('rejects unknown flags and formats with exit 2 and the usage', async () => {
    const r = await cli(['validate', '--format', 'yaml'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be text or json, not "yaml"/);
    const u = await cli(['lint'], {});
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/unknown command "lint"/);
  });
});

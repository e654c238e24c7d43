/**
 * The bundled action (dist/index.js) run as the runner starts it: a child process with INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE and an OIDC token endpoint, against the local AWS
 * stand-in. `npm run bundle` must have run first (CI bundles before testing).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { AwsStandin, startAwsStandin } from '../test/support/aws-standin.js';
import { MessagingStandin, startMessagingStandin } from '../test/support/messaging-standin.js';
import { OidcStandin } from '../test/support/oidc-standin.js';
import {
  githubRuleProblems,
  haveSarifSchema,
  SARIF_SCHEMA_PATH,
  sarifSchemaErrors,
} from '../test/support/sarif-check.js';
import { startWebhookServer, type WebhookServer } from '../test/support/webhook-server.js';
import { inflateSync } from 'node:zlib';

const ACTION = path.resolve('dist/index.js');
const ROLE = 'arn:aws:iam::210987654321:role/connect-gate';
const AMBIENT_KEY = 'AKIAAMBIENTSHOULDNOTSIGN';

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function runAction(
  inputs: Record<string, string>,
  files: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'cpg-action-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), text);
  }
  const outputFile = path.join(workspace, '.github-output');
  const summaryFile = path.join(workspace, '.step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'schedule',
    RUNNER_TEMP: tmpdir(),
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: workspace, env: childEnv, timeout: 45000 }, (err, stdout) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({
        code,
        stdout,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        workspace,
      });
    });
  });
}

const POLICIES = `policies:
  - name: connect-contact-lens-off
    resource: aws.connect-instance
    metadata: {severity: high}
    filters:
      - InstanceStatus: ACTIVE
      - type: instance-attribute
        attribute_type: CONTACT_LENS
        key: Attribute.Value
        value: "false"
  - name: connect-not-saml
    resource: connect-instance
    filters:
      - type: value
        key: IdentityManagementType
        op: ne
        value: SAML
`;

const instance = (region: string, id: string, alias: string, idm: string) => ({
  Id: id,
  Arn: `arn:aws:connect:${region}:210987654321:instance/${id}`,
  IdentityManagementType: idm,
  InstanceAlias: alias,
  CreatedTime: '2024-01-02T03:04:05Z',
  ServiceRole: 'arn:aws:iam::210987654321:role/service-role/connect',
  InstanceStatus: 'ACTIVE',
  InboundCallsEnabled: true,
  OutboundCallsEnabled: false,
});

describe('the bundled action', () => {
  let aws: AwsStandin;
  const oidc = new OidcStandin();

  beforeAll(async () => {
    if (!existsSync(ACTION))
      throw new Error('dist/index.js is missing: run `npm run bundle` before the tests');
    aws = await startAwsStandin();
    await oidc.start();
  });
  afterAll(async () => {
    await aws.stop();
    await oidc.stop();
  });

  it('validate mode reports every error as an annotation at its file and line, and fails', async () => {
    const run = await runAction(
      { mode: 'validate', policies: 'policies/' },
      {
        'policies/ok.yml': POLICIES,
        'policies/bad.yml':
          'policies:\n  - name: bad\n    resource: connect-instance\n    filters:\n      - type: value\n        key: InstanceAlias\n        op: equals\n        value: x\n',
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=[^\n]*,file=policies\/bad\.yml,line=7,col=13::[^\n]*`op` "equals" is not allowed/,
    );
    expect(run.outputs).toMatchObject({ gate: 'fail', errors: '1', 'matched-resources': '0' });
    expect(existsSync(path.join(run.workspace, 'connect-policy-gate.sarif'))).toBe(true);
    expect(
      JSON.parse(readFileSync(path.join(run.workspace, 'connect-policy-gate-output/results.json'), 'utf8'))
        .gate,
    ).toBe('fail');
    expect(run.summary.split('\n')[0]).toMatch(/fail/i);
  });

  it('validate mode passes on valid policies, with no AWS credentials at all', async () => {
    const run = await runAction({ mode: 'validate' }, { 'policies/ok.yml': POLICIES });
    expect(run.code).toBe(0);
    expect(run.outputs.gate).toBe('pass');
  });

  // Under /proc, where Node's recursive mkdir spins forever on Linux (skipped where there is no procfs).
  (existsSync('/proc/self') ? it : it.skip)(
    'a report that cannot be written fails the step even when the gate passes, and never hangs',
    async () => {
      const run = await runAction(
        // A SARIF path under a regular file; an output folder under /proc, where Node's recursive mkdir would
        // spin forever on Linux.
        {
          mode: 'validate',
          'sarif-file': 'policies/ok.yml/out.sarif',
          'output-dir': '/proc/cpg-nowhere/out',
        },
        { 'policies/ok.yml': POLICIES },
      );
      expect(run.code).toBe(1);
      expect(run.outputs.gate).toBe('pass');
      expect(run.outputs['report-errors']).toBe('2');
      expect(run.stdout).toMatch(
        /::error::Connect Policy Gate could not write its reports: output-folder \(\/proc\/cpg-nowhere\/out\): ENOENT[^\n]*; sarif \([^)]*ok\.yml\/out\.sarif\): ENOTDIR: [^\n]*ok\.yml exists and is not a directory/,
      );
      // What could be written still was: the summary says what was not.
      expect(run.summary).toContain('ENOTDIR');
    },
  );

  it('report mode with role-to-assume over two regions: OIDC credentials sign every call, secrets are masked, the gate fails on matches', async () => {
    aws.reset();
    aws.state.instances = {
      'us-east-1': [instance('us-east-1', '11111111-1111-4111-8111-111111111111', 'east-saml', 'SAML')],
      'eu-west-2': [
        instance('eu-west-2', '22222222-2222-4222-8222-222222222222', 'west-managed', 'CONNECT_MANAGED'),
      ],
    };
    aws.state.attributes = {
      '11111111-1111-4111-8111-111111111111': { CONTACT_LENS: 'false' },
      '22222222-2222-4222-8222-222222222222': { CONTACT_LENS: 'true' },
    };
    const run = await runAction(
      { mode: 'report', 'role-to-assume': ROLE, regions: 'us-east-1, eu-west-2' },
      { 'policies/connect.yml': POLICIES },
      {
        ...aws.env(),
        ...oidc.env(),
        AWS_ACCESS_KEY_ID: AMBIENT_KEY,
        AWS_SECRET_ACCESS_KEY: 'ambient-secret-not-used',
      },
    );
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      gate: 'fail',
      'matched-policies': '2',
      'matched-resources': '2',
      errors: '0',
    });
    // Credentials: one web-identity exchange with a GitHub token, and only the issued keys sign Connect calls.
    const sts = aws.calls('sts', 'AssumeRoleWithWebIdentity');
    expect(sts.length).toBeGreaterThanOrEqual(1);
    expect(sts[0]!.params).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'connect-policy-gate' });
    const issuedKeys = new Set([...aws.issued.values()].map((c) => c.accessKeyId));
    const connectCalls = aws.calls('connect');
    expect(new Set(connectCalls.map((c) => c.region))).toEqual(new Set(['us-east-1', 'eu-west-2']));
    for (const call of connectCalls) expect(issuedKeys.has(call.accessKeyId!)).toBe(true);
    // Nothing changed: report mode only reads.
    expect(aws.log.every((c) => /^(List|Describe|Get|AssumeRole)/.test(c.operation))).toBe(true);
    // Every secret was masked before anything could print it, and none reaches a report.
    const secrets = [...aws.issued.values()].flatMap((c) => [c.secretAccessKey, c.sessionToken]);
    expect(secrets.length).toBeGreaterThan(0);
    expect(oidc.issued.length).toBeGreaterThan(0);
    for (const s of secrets) expect(run.stdout).toContain(`::add-mask::${s}`);
    const sarif = readFileSync(path.join(run.workspace, 'connect-policy-gate.sarif'), 'utf8');
    const results = readFileSync(path.join(run.workspace, 'connect-policy-gate-output/results.json'), 'utf8');
    for (const s of [...secrets, ...oidc.issued]) {
      expect(sarif).not.toContain(s);
      expect(results).not.toContain(s);
      expect(run.summary).not.toContain(s);
    }
    const parsed = JSON.parse(results) as {
      gate: string;
      policies: Array<{ name: string; region: string; matched: string[] }>;
    };
    expect(parsed.gate).toBe('fail');
    const matched = parsed.policies.filter((p) => p.matched.length).map((p) => [p.name, p.region, p.matched]);
    expect(matched.sort()).toEqual([
      ['connect-contact-lens-off', 'us-east-1', ['11111111-1111-4111-8111-111111111111']],
      ['connect-not-saml', 'eu-west-2', ['22222222-2222-4222-8222-222222222222']],
    ]);
    const log = JSON.parse(sarif);
    expect(log.runs[0].results.length).toBe(2);
    expect(githubRuleProblems(log)).toEqual([]);
    if (haveSarifSchema) expect(sarifSchemaErrors(log)).toEqual([]);
    else
      console.warn(
        `SARIF schema check skipped: ${SARIF_SCHEMA_PATH} is absent (third-party file, not in the repository)`,
      );
  });

  it('enforce refuses to run on a pull_request event unless allowed, and the refusal fails even with fail-on never', async () => {
    const run = await runAction(
      { mode: 'enforce', 'fail-on': 'never' },
      { 'policies/connect.yml': POLICIES },
      { GITHUB_EVENT_NAME: 'pull_request' },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/mode enforce refuses to run on pull_request events/);
    expect(run.outputs.gate).toBe('fail');
  });

  it('a pull request without an OIDC token (a fork) falls back to validate, never to a silent pass', async () => {
    const run = await runAction(
      { mode: 'report', 'role-to-assume': ROLE },
      { 'policies/connect.yml': POLICIES },
      { GITHUB_EVENT_NAME: 'pull_request' },
    );
    expect(run.stdout).toMatch(/::warning::[^\n]*id-token: write[^\n]*Falling back to mode validate/);
    expect(run.code).toBe(0);
    expect(run.outputs.gate).toBe('pass');
  });

  describe('the gate, annotations and outputs', () => {
    const MANY = Array.from({ length: 12 }, (_, i) =>
      instance(
        'us-east-1',
        `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`,
        `managed-${i}`,
        'CONNECT_MANAGED',
      ),
    );
    const GATED = `policies:
  - name: connect-not-saml
    resource: connect-instance
    metadata: {severity: medium}
    filters:
      - type: value
        key: IdentityManagementType
        op: ne
        value: SAML
${Array.from({ length: 11 }, (_, i) => `  - name: connect-high-${i}\n    resource: connect-instance\n    metadata: {severity: high}\n    filters:\n      - InstanceAlias: managed-${i}\n`).join('')}`;
    const env = () => ({
      ...aws.env(),
      AWS_ACCESS_KEY_ID: 'AKIDGATE',
      AWS_SECRET_ACCESS_KEY: 'gate-secret',
      AWS_REGION: 'us-east-1',
    });
    const reset = () => {
      aws.reset();
      aws.state.defaultAccount = '210987654321';
      aws.state.instances = { 'us-east-1': MANY };
    };

    it('caps annotations at 10 per level, then one notice pointing to the summary and SARIF', async () => {
      reset();
      const run = await runAction({ mode: 'report' }, { 'policies/p.yml': GATED }, env());
      expect(run.code).toBe(1);
      // Annotations carry properties (title, file, line); the final ::error:: is the step's failure message.
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error title='));
      const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning title='));
      expect(errors.length).toBe(10);
      expect(warnings.length).toBeLessThanOrEqual(10);
      expect(run.stdout).toMatch(/::notice[^\n]*(summary|SARIF)/i);
      expect(run.outputs).toMatchObject({
        gate: 'fail',
        'matched-policies': '12',
        'matched-resources': '23',
        errors: '0',
      });
    });

    it('fail-severity: matches below it do not fail the gate', async () => {
      reset();
      aws.state.instances = { 'us-east-1': MANY.slice(11) }; // managed-11: only the medium policy matches
      const run = await runAction(
        { mode: 'report', 'fail-severity': 'high' },
        { 'policies/p.yml': GATED },
        env(),
      );
      expect(run.outputs).toMatchObject({ gate: 'pass', 'matched-policies': '1', 'matched-resources': '1' });
      expect(run.code).toBe(0);
    });

    it('warn-on: matching policies only warn, by name or glob', async () => {
      reset();
      const run = await runAction(
        { mode: 'report', 'warn-on': 'connect-high-*\nconnect-not-saml' },
        { 'policies/p.yml': GATED },
        env(),
      );
      expect(run.outputs.gate).toBe('pass');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
    });

    it('fail-on: never passes despite matches and errors; error fails only on errors', async () => {
      reset();
      aws.addFault({ kind: 'access-denied', service: 'connect', region: 'eu-west-2' });
      const never = await runAction(
        { mode: 'report', 'fail-on': 'never', regions: 'us-east-1,eu-west-2' },
        { 'policies/p.yml': GATED },
        env(),
      );
      // 12 policies failed in eu-west-2, plus the region itself.
      expect(never.outputs).toMatchObject({ gate: 'pass', errors: '13' });
      expect(never.code).toBe(0);
      const onError = await runAction(
        { mode: 'report', 'fail-on': 'error', regions: 'us-east-1,eu-west-2' },
        { 'policies/p.yml': GATED },
        env(),
      );
      expect(onError.outputs.gate).toBe('fail');
      const onlyMatches = await runAction(
        { mode: 'report', 'fail-on': 'error' },
        { 'policies/p.yml': GATED },
        env(),
      );
      expect(onlyMatches.outputs).toMatchObject({ gate: 'pass', 'matched-resources': '23' });
    });

    it('a bad input fails with a message that names the input and what it accepts', async () => {
      const run = await runAction(
        { mode: 'report', 'fail-on': 'sometimes' },
        { 'policies/p.yml': GATED },
        env(),
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::input fail-on must be one of match, error, never; got "sometimes"/,
      );
    });
  });

  describe('enforce mode', () => {
    let messaging: MessagingStandin;
    let hooks: WebhookServer;
    beforeAll(async () => {
      messaging = await startMessagingStandin();
      hooks = await startWebhookServer();
    });
    afterAll(async () => {
      await messaging.stop();
      await hooks.stop();
    });

    const ENFORCE = (hookUrl: string) => `policies:
  - name: connect-lens-off
    resource: aws.connect-instance
    metadata: {severity: high}
    filters:
      - type: instance-attribute
        attribute_type: CONTACT_LENS
        key: Attribute.Value
        value: "false"
    actions:
      - type: set-attributes
        attribute_type: CONTACT_LENS
        value: "true"
      - type: put-metric
        key: Id
        namespace: ConnectGate
        metric_name: LensOff
      - type: invoke-lambda
        function: connect-remediator
      - type: invoke-sfn
        state-machine: arn:aws:states:us-east-1:210987654321:stateMachine:connect
      - type: webhook
        url: ${hookUrl}/connect
        body: resource.Id
      - type: notify
        to: [ops@example.com]
        subject: Contact Lens was off
        transport: {type: sqs, queue: https://sqs.us-east-1.amazonaws.com/210987654321/c7n-mailer}
      - type: post-finding
        types: ["Software and Configuration Checks/AWS Security Best Practices"]
      - type: post-item
        priority: 3
`;

    const estate = () => {
      aws.reset();
      messaging.reset();
      hooks.requests.length = 0;
      aws.state.defaultAccount = '210987654321';
      aws.state.accountAliases = ['contact-centre-prod'];
      aws.state.instances = {
        'us-east-1': [
          instance('us-east-1', '11111111-1111-4111-8111-111111111111', 'lens-off', 'SAML'),
          instance('us-east-1', '33333333-3333-4333-8333-333333333333', 'lens-on', 'SAML'),
        ],
      };
      aws.state.attributes = {
        '11111111-1111-4111-8111-111111111111': { CONTACT_LENS: 'false' },
        '33333333-3333-4333-8333-333333333333': { CONTACT_LENS: 'true' },
      };
    };
    const env = () => ({
      ...aws.env(),
      ...messaging.env(),
      AWS_ACCESS_KEY_ID: 'AKIDENFORCE',
      AWS_SECRET_ACCESS_KEY: 'enforce-secret',
      AWS_REGION: 'us-east-1',
    });
    const mutating = (log: { operation: string }[]) =>
      log.filter((c) => !/^(List|Describe|Get|AssumeRole)/.test(c.operation)).map((c) => c.operation);

    it('report mode makes no mutating call and says what each action would do', async () => {
      estate();
      const run = await runAction(
        { mode: 'report', 'fail-on': 'error' },
        { 'policies/p.yml': ENFORCE(hooks.url) },
        env(),
      );
      expect(run.code).toBe(0);
      expect(mutating(aws.log)).toEqual([]);
      expect(mutating(messaging.log)).toEqual([]);
      expect(hooks.requests).toEqual([]);
      const results = JSON.parse(
        readFileSync(path.join(run.workspace, 'connect-policy-gate-output/results.json'), 'utf8'),
      );
      const actions = results.policies[0].actions as Array<{ type: string; status: string }>;
      expect(actions.map((a) => [a.type, a.status])).toEqual(
        [
          'set-attributes',
          'put-metric',
          'invoke-lambda',
          'invoke-sfn',
          'webhook',
          'notify',
          'post-finding',
          'post-item',
        ].map((t) => [t, 'would-run']),
      );
    });

    it('runs every action once on the matched instance, and a second run changes no attribute', async () => {
      estate();
      const run = await runAction(
        { mode: 'enforce', 'fail-on': 'error' },
        { 'policies/p.yml': ENFORCE(hooks.url) },
        env(),
      );
      expect(run.outputs.errors).toBe('0');
      expect(run.code).toBe(0);
      const id = '11111111-1111-4111-8111-111111111111';
      expect(aws.calls('connect', 'UpdateInstanceAttribute').map((c) => c.params)).toEqual([
        expect.objectContaining({ InstanceId: id, AttributeType: 'CONTACT_LENS', Value: 'true' }),
      ]);
      expect(aws.state.attributes[id]!.CONTACT_LENS).toBe('true');
      expect(aws.state.metrics).toEqual([
        expect.objectContaining({ Namespace: 'ConnectGate', MetricName: 'LensOff', Value: 1 }),
      ]);
      expect(aws.calls('lambda', 'Invoke').length).toBe(1);
      expect(aws.state.executions.map((e) => JSON.parse(e.input).resource.Id)).toEqual([id]);
      expect(hooks.requests.map((r) => [r.method, r.path, r.body])).toEqual([
        ['POST', '/connect', JSON.stringify(id)],
      ]);
      // notify: one SQS message, base64(zlib(envelope)) that c7n-mailer reads.
      expect(messaging.state.sqsMessages.length).toBe(1);
      const envelope = JSON.parse(
        inflateSync(Buffer.from(messaging.state.sqsMessages[0]!.body, 'base64')).toString('utf8'),
      );
      expect(envelope).toMatchObject({
        account: 'contact-centre-prod',
        account_id: '210987654321',
        region: 'us-east-1',
        action: expect.objectContaining({ to: ['ops@example.com'], subject: 'Contact Lens was off' }),
        policy: expect.objectContaining({ name: 'connect-lens-off' }),
      });
      expect(envelope.resources.map((r: { Id: string }) => r.Id)).toEqual([id]);
      expect(messaging.state.findings.size).toBe(1);
      expect(messaging.state.opsItems.length).toBe(1);
      expect(aws.calls('iam', 'ListAccountAliases').length).toBe(1);
      // c7n's action-<class> files: what invoke-lambda and put-metric returned, beside resources.json.
      const policyDir = path.join(
        run.workspace,
        'connect-policy-gate-output/210987654321/us-east-1/connect-lens-off',
      );
      expect(JSON.parse(readFileSync(path.join(policyDir, 'action-lambdainvoke'), 'utf8'))).toEqual([
        expect.objectContaining({ StatusCode: expect.any(Number) }),
      ]);
      expect(existsSync(path.join(policyDir, 'action-putmetric'))).toBe(true);
      // The webhook URL's path is its secret (Slack, Teams): reports keep only the origin.
      const metadata = readFileSync(path.join(policyDir, 'metadata.json'), 'utf8');
      const sarif = readFileSync(path.join(run.workspace, 'connect-policy-gate.sarif'), 'utf8');
      expect(metadata).toContain(new URL(hooks.url).host);
      for (const text of [metadata, sarif, run.summary]) expect(text).not.toContain(`${hooks.url}/connect`);
      expect(
        JSON.parse(readFileSync(path.join(policyDir, 'resources.json'), 'utf8')).map(
          (r: { Id: string }) => r.Id,
        ),
      ).toEqual([id]);

      // The instance is fixed now: the next run matches nothing and changes nothing.
      aws.log.length = 0;
      const again = await runAction(
        { mode: 'enforce', 'fail-on': 'error' },
        { 'policies/p.yml': ENFORCE(hooks.url) },
        env(),
      );
      expect(again.code).toBe(0);
      expect(again.outputs['matched-resources']).toBe('0');
      expect(aws.calls('connect', 'UpdateInstanceAttribute')).toEqual([]);
    });

    it('a failing action stops the later ones of its policy and fails the run with its reason', async () => {
      estate();
      aws.addFault({ kind: 'access-denied', service: 'lambda' });
      const run = await runAction(
        { mode: 'enforce', 'fail-on': 'error' },
        { 'policies/p.yml': ENFORCE(hooks.url) },
        env(),
      );
      expect(run.code).toBe(1);
      expect(run.outputs.errors).toBe('1');
      const results = JSON.parse(
        readFileSync(path.join(run.workspace, 'connect-policy-gate-output/results.json'), 'utf8'),
      );
      const statuses = (results.policies[0].actions as Array<{ type: string; status: string }>).map((a) => [
        a.type,
        a.status,
      ]);
      expect(statuses.slice(0, 4)).toEqual([
        ['set-attributes', 'done'],
        ['put-metric', 'done'],
        ['invoke-lambda', 'failed'],
        ['invoke-sfn', 'skipped'],
      ]);
      expect(results.policies[0].error).toMatch(/lambda:InvokeFunction|AccessDenied/);
      expect(hooks.requests).toEqual([]);
      expect(messaging.state.sqsMessages).toEqual([]);
    });
  });
});

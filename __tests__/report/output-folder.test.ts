import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/gate.js';
import {
  buildMetadata,
  policyDir,
  PyFloat,
  pythonFloatRepr,
  pythonIsoformat,
  pythonJson,
  safeSegment,
  writeOutputFolder,
} from '../../src/report/output-folder.js';
import { policyCatalog } from '../../src/report/sarif.js';
import { ACCOUNT, instance, mixedRun, REGION } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cpg-output-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('Python-compatible JSON (actions.md §1.1–1.2)', () => {
  it('matches the indent-0 test vector', () => {
    // JS numbers do not remember int vs float: integral floats need PyFloat to keep their Python spelling.
    const input = {
      a: [],
      b: {},
      c: [1, { d: null }],
      e: new PyFloat(1),
      f: new PyFloat(1e16),
      g: 1.5e-7,
      h: '\u007fé',
    };
    expect(pythonJson(input, 0)).toBe(
      '{\n"a": [],\n"b": {},\n"c": [\n1,\n{\n"d": null\n}\n],\n"e": 1.0,\n"f": 1e+16,\n"g": 1.5e-07,\n"h": "\\u007f\\u00e9"\n}',
    );
  });

  it('spells floats as Python repr does', () => {
    expect(
      [0.1, 1e-5, 0.0001, 123.456, 1e22, 1.2345678901234567e19, -2.5, NaN, Infinity, -Infinity].map(
        pythonFloatRepr,
      ),
    ).toEqual([
      '0.1',
      '1e-05',
      '0.0001',
      '123.456',
      '1e+22',
      '1.2345678901234567e+19',
      '-2.5',
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
    expect(pythonFloatRepr(1700000000.5)).toBe('1700000000.5');
    expect(pythonFloatRepr(1700000000)).toBe('1700000000.0');
    expect(pythonFloatRepr(1e16)).toBe('1e+16');
    expect(pythonFloatRepr(9999999999999998)).toBe('9999999999999998.0');
  });

  it('writes datetimes like Python isoformat with +00:00', () => {
    expect(pythonIsoformat(new Date('2022-06-27T15:58:08Z'))).toBe('2022-06-27T15:58:08+00:00');
    expect(pythonIsoformat(new Date('2022-06-27T15:58:08.5Z'))).toBe('2022-06-27T15:58:08.500000+00:00');
    expect(pythonJson({ t: new Date('2022-06-27T15:58:08Z') })).toBe(
      '{\n  "t": "2022-06-27T15:58:08+00:00"\n}',
    );
  });

  it('escapes like ensure_ascii, including astral characters as surrogate pairs', () => {
    expect(pythonJson('a"\\\n\t/😀')).toBe('"a\\"\\\\\\n\\t/\\ud83d\\ude00"');
    expect(pythonJson([])).toBe('[]');
    expect(pythonJson({ u: undefined, n: null })).toBe('{\n  "n": null\n}');
  });
});

describe('output folder layout', () => {
  it('keeps odd names inside the folder and apart from each other', () => {
    expect(safeSegment('us-east-1')).toBe('us-east-1');
    expect(safeSegment('..')).toMatch(/^_-[0-9a-f]{8}$/);
    expect(safeSegment('a/../../b')).not.toContain('/');
    expect(safeSegment('a[b')).not.toBe(safeSegment('a]b'));
    expect(policyDir('out', { account: '', region: '', policy: 'p' })).toBe(
      join('out', 'unknown-account', 'no-region', 'p'),
    );
  });

  it('writes results.json for every policy, resources.json for evaluated ones, metadata.json unless skipped', async () => {
    const dir = join(tmp, 'mixed');
    const run = mixedRun();
    const catalog = policyCatalog([
      {
        name: 'outbound-calls-disabled',
        resource: 'connect-instance',
        location: { file: 'policies/connect.yml', line: 3, column: 5 },
        severity: 'high',
        data: {
          name: 'outbound-calls-disabled',
          resource: 'connect-instance',
          filters: [{ OutboundCallsEnabled: true }],
          actions: [{ type: 'webhook', url: 'https://h/x', headers: { Authorization: 'Bearer s3cr3t' } }],
        },
      },
    ]);
    const out = await writeOutputFolder(run, {
      outputDir: dir,
      gate: evaluateGate(run),
      policies: catalog,
      executionId: () => '00000000-0000-4000-8000-000000000000',
      config: { regions: [REGION], externalId: 'ext-secret' },
    });
    expect(out.errors).toEqual([]);

    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(results.gate).toBe('fail');
    expect(
      results.policies.map((p: { name: string; status: string; matched: string[]; error?: string }) => [
        p.name,
        p.status,
        p.matched.length,
        p.error !== undefined,
      ]),
    ).toEqual([
      ['outbound-calls-disabled', 'ok', 2, false],
      ['contact-lens-enabled', 'ok', 1, false],
      ['flow-logs', 'error', 0, true],
      ['prod-only', 'skipped', 0, false],
    ]);
    expect(results.policies[0]).toMatchObject({
      file: 'policies/connect.yml',
      line: 3,
      account: ACCOUNT,
      region: REGION,
      matched: [instance(1)['Id'], instance(2)['Id']],
    });
    expect(results.counts).toMatchObject({ matchedResources: 3, matchedPolicies: 2, errors: 2 });

    const okDir = join(dir, ACCOUNT, REGION, 'outbound-calls-disabled');
    const resources = readFileSync(join(okDir, 'resources.json'), 'utf8');
    expect(resources.startsWith('[\n  {\n    "Id": "00000000-0000-4000-8000-000000000001",')).toBe(true);
    expect(resources).toContain('"CreatedTime": "2024-01-10T09:30:00+00:00"');
    expect(resources).toContain('"c7n:MatchedFilters": [\n      "OutboundCallsEnabled"\n    ]');

    const metadata = JSON.parse(readFileSync(join(okDir, 'metadata.json'), 'utf8'));
    expect(Object.keys(metadata)).toEqual([
      'policy',
      'version',
      'execution',
      'config',
      'sys-stats',
      'api-stats',
      'metrics',
    ]);
    expect(metadata.version).toBe('0.9.47');
    expect(metadata.policy.actions[0].headers.Authorization).toBe('***');
    expect(metadata.execution).toEqual({
      id: '00000000-0000-4000-8000-000000000000',
      start: 1749988800,
      end_time: 1749988800.12,
      duration: 0.12,
    });
    expect(Object.keys(metadata.config).slice(0, 16)).toEqual([
      'region',
      'regions',
      'cache',
      'profile',
      'account_id',
      'assume_role',
      'session_policy',
      'external_id',
      'log_group',
      'tracer',
      'metrics_enabled',
      'metrics',
      'output_dir',
      'cache_period',
      'dryrun',
      'authorization_file',
    ]);
    expect(metadata.config).toMatchObject({
      region: REGION,
      account_id: ACCOUNT,
      dryrun: true,
      external_id: '***',
    });
    expect(metadata.metrics.map((m: { MetricName: string }) => m.MetricName)).toEqual([
      'ResourceCount',
      'ResourceTime',
    ]);
    const rawMeta = readFileSync(join(okDir, 'metadata.json'), 'utf8');
    expect(rawMeta).toContain('"start": 1749988800.0,');
    expect(rawMeta).not.toContain('ext-secret');

    const errDir = join(dir, ACCOUNT, REGION, 'flow-logs');
    expect(existsSync(join(errDir, 'resources.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(errDir, 'metadata.json'), 'utf8')).metrics[0].MetricName).toBe(
      'PolicyException',
    );
    expect(existsSync(join(dir, ACCOUNT, REGION, 'prod-only'))).toBe(false);
  });

  it('never throws: an unwritable folder is reported, not raised', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const run = mixedRun();
    const out = await writeOutputFolder(run, { outputDir: join(file, 'sub'), gate: evaluateGate(run) });
    expect(out.written).toEqual([]);
    expect(out.errors.length).toBeGreaterThan(0);
  });

  it('one bad resource does not stop the other files', async () => {
    const dir = join(tmp, 'cyclic');
    const run = mixedRun();
    const cyclic: Record<string, unknown> = instance(1);
    cyclic['self'] = cyclic;
    const broken = {
      ...run,
      policies: [{ ...run.policies[0]!, resources: [cyclic] }, ...run.policies.slice(1)],
    };
    const out = await writeOutputFolder(broken, { outputDir: dir, gate: evaluateGate(broken) });
    expect(out.errors.map((e) => e.path)).toEqual([
      join(dir, ACCOUNT, REGION, 'outbound-calls-disabled', 'resources.json'),
    ]);
    expect(existsSync(join(dir, ACCOUNT, REGION, 'outbound-calls-disabled', 'metadata.json'))).toBe(true);
    expect(existsSync(join(dir, ACCOUNT, REGION, 'contact-lens-enabled', 'resources.json'))).toBe(true);
  });

  it('metadata records ActionTime only in enforce mode with actions', () => {
    const run = { ...mixedRun(), mode: 'enforce' as const };
    const p = {
      ...run.policies[0]!,
      actions: [{ type: 'set-attributes', status: 'done' as const, resources: ['x'] }],
    };
    const meta = buildMetadata(run, p, { outputDir: 'o' });
    expect((meta['metrics'] as { MetricName: string }[]).map((m) => m.MetricName)).toEqual([
      'ResourceCount',
      'ResourceTime',
      'ActionTime',
    ]);
    expect((meta['config'] as Record<string, unknown>)['dryrun']).toBe(false);
  });
});

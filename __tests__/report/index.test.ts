import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLogger } from '../../src/logger.js';
import type { AnnotationProperties, AnnotationSink } from '../../src/report/index.js';
import { writeReports } from '../../src/report/index.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { mixedRun, policyRun, runResult } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cpg-reports-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function sink(): AnnotationSink & { calls: string[] } {
  const calls: string[] = [];
  const rec = (level: string) => (message: string, _props: AnnotationProperties) =>
    void calls.push(`${level}: ${message}`);
  return { calls, error: rec('error'), warning: rec('warning'), notice: rec('notice') };
}

describe('writeReports', () => {
  it('writes every report and returns the gate', async () => {
    const dir = join(tmp, 'all');
    const annotations = sink();
    const summaryFile = join(dir, 'summary.md');
    const out = await writeReports(mixedRun(), {
      gate: { failOn: 'match', failSeverity: 'high' },
      sarifFile: join(dir, 'out.sarif'),
      outputDir: join(dir, 'output'),
      summaryFile,
      annotations,
      category: 'prod',
    });
    expect(out.errors).toEqual([]);
    expect(out.gate.verdict).toBe('fail');
    expect(out.sarifFile).toBe(join(dir, 'out.sarif'));
    expect(out.outputDir).toBe(join(dir, 'output'));
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as SarifLog;
    expect(sarif.runs[0]!.automationDetails.id).toBe('prod/');
    expect(JSON.parse(readFileSync(join(dir, 'output', 'results.json'), 'utf8')).gate).toBe('fail');
    expect(readFileSync(summaryFile, 'utf8')).toBe(out.summary);
    expect(annotations.calls.length).toBe(4);

    // GITHUB_STEP_SUMMARY is appended to by default.
    await writeReports(runResult(), { summaryFile });
    expect(readFileSync(summaryFile, 'utf8').startsWith(out.summary)).toBe(true);
    // --summary FILE replaces.
    const again = await writeReports(runResult(), { summaryFile, summaryMode: 'overwrite' });
    expect(readFileSync(summaryFile, 'utf8')).toBe(again.summary);
  });

  it('keeps going when one reporter fails, and says so', async () => {
    const dir = join(tmp, 'partial');
    const blocker = join(tmp, 'blocker');
    writeFileSync(blocker, 'not a folder');
    const logger = new RecordingLogger();
    const throwing: AnnotationSink = {
      error() {
        throw new Error('sink down');
      },
      warning() {},
      notice() {},
    };
    const out = await writeReports(mixedRun(), {
      sarifFile: join(blocker, 'x.sarif'),
      outputDir: join(dir, 'output'),
      summaryFile: join(dir, 'summary.md'),
      annotations: throwing,
      logger,
    });
    expect(out.errors.map((e) => e.reporter)).toEqual(['sarif', 'annotations']);
    expect(out.sarifFile).toBeUndefined();
    expect(existsSync(join(dir, 'output', 'results.json'))).toBe(true);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('Some reports could not be written');
    expect(logger.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      expect.stringMatching(
        /^Report sarif \(.*blocker\/x\.sarif\) could not be written: ENOTDIR: .*blocker exists and is not a directory$/,
      ),
      'Report annotations failed: sink down',
    ]);
    expect(out.gate.verdict).toBe('fail');
  });

  it('a run that stopped early fails the gate and still reports what it evaluated', async () => {
    const dir = join(tmp, 'aborted');
    const run = runResult({ policies: [policyRun('done-before-crash')] });
    const out = await writeReports(run, { outputDir: dir, aborted: new Error('ECONNRESET') });
    expect(out.gate.verdict).toBe('fail');
    expect(out.gate.reasons).toEqual(['1 account/region could not be evaluated']);
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(results.policies.map((p: { name: string }) => p.name)).toEqual(['done-before-crash']);
    expect(results.runErrors[0].message).toBe('The run stopped early: ECONNRESET');
    expect(out.summary).toContain('ECONNRESET');
  });

  it('writes nothing it was not asked for', async () => {
    const out = await writeReports(runResult(), {});
    expect(out).toMatchObject({ errors: [] });
    expect(out.sarifFile).toBeUndefined();
    expect(out.outputDir).toBeUndefined();
    expect(out.summary.split('\n')[0]).toContain('passed');
  });
});

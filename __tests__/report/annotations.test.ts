import { describe, expect, it } from '@jest/globals';
import { evaluateGate } from '../../src/gate.js';
import {
  emitAnnotations,
  type AnnotationProperties,
  type AnnotationSink,
} from '../../src/report/annotations.js';
import { instance, issue, mixedRun, policyRun, runResult } from './helpers.js';

class RecordingSink implements AnnotationSink {
  readonly calls: { level: 'error' | 'warning' | 'notice'; message: string; props: AnnotationProperties }[] =
    [];
  error(message: string, props: AnnotationProperties): void {
    this.calls.push({ level: 'error', message, props });
  }
  warning(message: string, props: AnnotationProperties): void {
    this.calls.push({ level: 'warning', message, props });
  }
  notice(message: string, props: AnnotationProperties): void {
    this.calls.push({ level: 'notice', message, props });
  }
  count(level: string): number {
    return this.calls.filter((c) => c.level === level).length;
  }
}

describe('annotations', () => {
  it('puts validation errors, policy errors and matches at their file and line, by severity', () => {
    const sink = new RecordingSink();
    const run = mixedRun();
    emitAnnotations(run, sink, { gate: evaluateGate(run) });
    expect(sink.calls.map((c) => [c.level, c.props.file, c.props.startLine])).toEqual([
      ['error', 'policies/bad.yml', 7], // validation error first
      ['error', 'policies/connect.yml', 40], // policy error
      ['error', 'policies/connect.yml', 3], // high-severity matches
      ['warning', 'policies/connect.yml', 20], // low-severity matches
    ]);
    expect(sink.calls[0]!.props).toEqual({
      title: 'Invalid policy bad-policy',
      file: 'policies/bad.yml',
      startLine: 7,
      startColumn: 9,
    });
    expect(sink.calls[2]!.message).toBe(
      '2 Amazon Connect instances match policy outbound-calls-disabled (high): instance-1 (123456789012/us-east-1), instance-2 (123456789012/us-east-1).',
    );
  });

  it('warn-on policies only warn, whatever their severity', () => {
    const sink = new RecordingSink();
    const run = runResult({
      policies: [policyRun('beta-x', { severity: 'critical', resources: [instance(1)] })],
    });
    emitAnnotations(run, sink, { gate: evaluateGate(run, { warnOn: ['beta-*'] }) });
    expect(sink.calls.map((c) => c.level)).toEqual(['warning']);
    expect(sink.calls[0]!.message).toContain('warn-on');
  });

  it('caps each level at 10 and adds one notice pointing to the summary and SARIF', () => {
    const sink = new RecordingSink();
    const run = runResult({
      policies: [
        ...Array.from({ length: 15 }, (_, i) =>
          policyRun(`high-${i}`, { severity: 'high', resources: [instance(i)] }),
        ),
        ...Array.from({ length: 12 }, (_, i) =>
          policyRun(`med-${i}`, { severity: 'medium', resources: [instance(i)] }),
        ),
      ],
      validation: Array.from({ length: 3 }, (_, i) => issue({ line: i + 1 })),
    });
    const { omitted } = emitAnnotations(run, sink, { sarifFile: 'connect-policy-gate.sarif' });
    expect(sink.count('error')).toBe(10);
    expect(sink.count('warning')).toBe(10);
    expect(sink.count('notice')).toBe(1);
    expect(omitted).toBe(3 + 15 + 12 - 20);
    // The most important errors are the ones kept.
    expect(
      sink.calls
        .filter((c) => c.level === 'error')
        .slice(0, 3)
        .map((c) => c.props.file),
    ).toEqual(['policies/bad.yml', 'policies/bad.yml', 'policies/bad.yml']);
    const notice = sink.calls.find((c) => c.level === 'notice')!;
    expect(notice.message).toBe(
      '10 more annotations were not shown (GitHub shows at most 10 per level). See the job summary and the SARIF file connect-policy-gate.sarif (code scanning alerts) for every finding.',
    );
  });

  it('adds no notice when everything fits', () => {
    const sink = new RecordingSink();
    emitAnnotations(mixedRun(), sink);
    expect(sink.count('notice')).toBe(0);
  });

  it('names at most 5 instances per annotation and keeps messages on one line', () => {
    const sink = new RecordingSink();
    const run = runResult({
      policies: [
        policyRun('p', {
          severity: 'low',
          resources: Array.from({ length: 8 }, (_, i) => instance(i, { InstanceAlias: `a\nb::${i}` })),
        }),
      ],
      runErrors: [{ account: '1', region: 'r', message: 'line1\nline2' }],
    });
    emitAnnotations(run, sink);
    const match = sink.calls.find((c) => c.level === 'warning')!;
    expect(match.message).toMatch(/ and 3 more\.$/);
    expect(match.message).not.toContain('\n');
    const runError = sink.calls.find((c) => c.level === 'error')!;
    expect(runError.message).toBe('Account 1, region r could not be evaluated: line1 line2');
    expect(runError.props).toEqual({ title: 'Run error' });
  });
});

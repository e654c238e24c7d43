import { describe, expect, it } from '@jest/globals';
import { evaluateGate } from '../../src/gate.js';
import { fencedBlock, html, md, plain, redact, truncate } from '../../src/report/escape.js';
import { policyCatalog } from '../../src/report/sarif.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import type { RunResult } from '../../src/engine/types.js';
import { instance, mixedRun, policyRun, runResult } from './helpers.js';

const HOSTILE =
  'evil|name <script>alert(1)</script> `code` $x$ [link](http://x) **b**\n# INJECTED\r\n| a | b |';

/** Every Markdown table: its header's cell count must hold for every row (pipes that are not escaped). */
function checkTables(markdown: string): number {
  const lines = markdown.split('\n');
  const pipes = (line: string): number => (line.match(/(?<!\\)\|/g) ?? []).length;
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('|') || !/^\|( ---:? \|)+$/.test(lines[i + 1] ?? '')) continue;
    tables++;
    const expected = pipes(line);
    expect(pipes(lines[i + 1]!)).toBe(expected);
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) {
      if (pipes(lines[j]!) !== expected)
        throw new Error(`row ${j} has ${pipes(lines[j]!)} pipes, expected ${expected}: ${lines[j]}`);
    }
    i = j - 1;
  }
  return tables;
}

function hostileRun(count: number, aliasLength = 0): RunResult {
  const filler = aliasLength > 0 ? '|`<'.repeat(Math.ceil(aliasLength / 3)) : '';
  return runResult({
    policies: [
      policyRun('outbound', {
        severity: 'high',
        accountName: 'acct|<b>x</b>',
        resources: Array.from({ length: count }, (_, i) =>
          instance(i, {
            InstanceAlias: `${HOSTILE} ${i}${filler}`,
            'c7n:MatchedFilters': ['Tags[?Key==`x|y`]', HOSTILE],
          }),
        ),
      }),
      policyRun('broken', { status: 'error', error: `AccessDenied ${HOSTILE}` }),
    ],
    runErrors: [{ account: '999', region: 'eu-west-1', message: HOSTILE }],
  });
}

describe('escaping', () => {
  it('md leaves no Markdown or HTML syntax and no line break', () => {
    const out = md(HOSTILE, 10_000);
    expect(out).not.toMatch(/[|<>`\n\r$[\]*]/);
    expect(out).toContain('&#124;');
    expect(out).toContain('&lt;script&gt;');
    expect(md('a\\|b')).toBe('a&#92;&#124;b');
    expect(md('@org/team :tada:')).toBe('&#64;org/team :tada:');
  });

  it('truncate counts code points and never splits a surrogate pair', () => {
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(md('x'.repeat(500), 10)).toBe('xxxxxxxxx…');
  });

  it('plain and html strip control and bidi characters', () => {
    expect(plain('a\nb\u0000c\u202ed')).toBe('a b c d');
    expect(html('<b>"x"</b>')).toBe('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
  });

  it('fenced blocks cannot be closed by their content', () => {
    const block = fencedBlock('a\n````\nb', 'yaml');
    expect(block.startsWith('`````yaml\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });

  it('redact hides credential values and URL passwords, keeping key order', () => {
    const out = redact({
      url: 'https://u:p4ss@h.example/x?token=t0k&a=1',
      headers: { Authorization: 'Bearer x', 'Content-Type': 'json' },
      api_key: 'k',
      key: 'Tags',
    });
    expect(out).toEqual({
      url: 'https://***@h.example/x?token=***&a=1',
      headers: { Authorization: '***', 'Content-Type': 'json' },
      api_key: '***',
      key: 'Tags',
    });
  });
});

describe('job summary', () => {
  it('starts with the verdict on one line', () => {
    const run = mixedRun();
    const summary = renderSummary(run, evaluateGate(run));
    const first = summary.split('\n')[0]!;
    expect(first).toMatch(/^### ❌ Connect Policy Gate: failed — /);
    expect(first).toContain('1 policy validation error');
    const clean = runResult({ policies: [policyRun('p')] });
    expect(renderSummary(clean, evaluateGate(clean)).split('\n')[0]).toBe(
      '### ✅ Connect Policy Gate: passed — no policy matched and nothing failed',
    );
  });

  it('has a row per policy with severity, matched, errored, mode and actions', () => {
    const run: RunResult = {
      ...mixedRun(),
      policies: [
        ...mixedRun().policies,
        policyRun('enforced', {
          severity: 'medium',
          resources: [instance(7)],
          actions: [{ type: 'set-attributes', status: 'would-run', resources: ['i-7'] }],
        }),
      ],
    };
    const catalog = policyCatalog([
      {
        name: 'contact-lens-enabled',
        resource: 'connect-instance',
        location: { file: 'p.yml', line: 1, column: 1 },
        severity: 'low',
        data: { mode: { type: 'periodic' }, actions: ['notify'] },
      },
    ]);
    const summary = renderSummary(run, evaluateGate(run), { policies: catalog });
    const row = (name: string) => summary.split('\n').find((l) => l.startsWith(`| ${md(name)}<br>`))!;
    expect(row('outbound-calls-disabled')).toMatch(/\| 🟧 high \| 2 \| 0 \| 0 \| pull \| — \| ❌ fails \|$/);
    expect(row('flow-logs')).toMatch(/\| 🟥 critical \| 0 \| 1 \| 0 \| .* \| ❌ error \|$/);
    expect(row('prod-only')).toMatch(/\| 0 \| 0 \| 1 \|/);
    expect(row('contact-lens-enabled')).toContain('periodic (evaluated as pull) | would run: notify |');
    expect(row('enforced')).toContain('set-attributes: would run (1)');
    expect(summary).toContain('#### Matched instances (4)');
    expect(summary).toContain('AccessDeniedException');
    expect(summary).toContain('```mermaid');
    expect(checkTables(summary)).toBe(3);
  });

  it('3,000 hostile instance names stay escaped, tables intact, under 1 MiB', () => {
    const run = hostileRun(3000);
    const summary = renderSummary(run, evaluateGate(run), { maxInstances: 5000 });
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(summary).not.toMatch(/<script/i);
    expect(summary).not.toMatch(/^# INJECTED/m);
    expect(summary).not.toMatch(/\$x\$/);
    // The only backticks are our own (gate settings and code fences), never from instance names.
    expect(summary).not.toContain('`code`');
    expect(checkTables(summary)).toBe(3);
    // Every instance is either listed or counted.
    const listed = summary.split('\n').filter((l) => l.startsWith('| outbound | high |')).length;
    const rest = Number(/…and ([\d,]+) more matched instances/.exec(summary)?.[1]?.replace(/,/g, '') ?? '0');
    expect(listed + rest).toBe(3000);
    expect(listed).toBeGreaterThan(100);
  });

  it('stays under 1 MiB whatever the input: huge names, 100,000 instances, thousands of errors', () => {
    const huge = hostileRun(3000, 20_000);
    const many = hostileRun(100_000);
    const errors: RunResult = {
      ...runResult(),
      validation: Array.from({ length: 20_000 }, (_, i) => ({
        file: `p${'|'.repeat(300)}.yml`,
        line: i + 1,
        column: 1,
        severity: 'error' as const,
        message: HOSTILE.repeat(50),
      })),
      policies: Array.from({ length: 10_000 }, (_, i) =>
        policyRun(`p${i}`, { status: 'error', error: HOSTILE.repeat(20) }),
      ),
    };
    for (const run of [huge, many, errors]) {
      const summary = renderSummary(run, evaluateGate(run), {
        maxInstances: 1_000_000,
        maxErrors: 1_000_000,
      });
      expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(SUMMARY_LIMIT_BYTES);
      checkTables(summary);
      expect(summary).not.toMatch(/<script/i);
    }
  });

  it('says what SARIF left out and what failed to write', () => {
    const run = mixedRun();
    const summary = renderSummary(run, evaluateGate(run), {
      sarifTruncation: {
        limit: 'results',
        total: 30_000,
        kept: 5_000,
        dropped: 25_000,
        droppedByKind: { low: 25_000 },
      },
      reportErrors: ['sarif (/ro/x.sarif): EROFS <b>'],
      sarifFile: 'out.sarif',
      outputDir: 'out',
    });
    expect(summary).toContain('left out 25,000 (25,000 low)');
    expect(summary).toContain('EROFS &lt;b&gt;');
    expect(summary).toContain('out.sarif');
  });

  it('draws no chart when it adds nothing', () => {
    const run = runResult({ policies: [policyRun('a', { resources: [instance(1)] })] });
    expect(renderSummary(run, evaluateGate(run))).not.toContain('mermaid');
  });
});

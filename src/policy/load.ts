/**
 * Loads policy files (spec filters.md §1): files, folders and globs; YAML or JSON; several documents per
 * file. Every problem becomes a ValidationIssue at its file, line and column; valid policies come back as
 * LoadedPolicy, invalid ones are left out so that one bad policy never hides the others' results.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

import type { Severity, ValidationIssue } from '../engine/types.js';
import { SEVERITIES } from '../gate.js';
import { formatPath } from './describe.js';
import type { LoadedPolicy, PathSegment } from './types.js';
import { validateDocument } from './validate.js';
import { parseYaml, type ParsedDocument } from './yaml11.js';

export const DEFAULT_POLICY_PATTERNS = ['policies/**/*.yml', 'policies/**/*.yaml'];
/** Larger files are refused before parsing: no policy set is this big, and parsing it would stall CI. */
export const MAX_POLICY_FILE_BYTES = 8 * 1024 * 1024;
const POLICY_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface LoadResult {
  policies: LoadedPolicy[];
  issues: ValidationIssue[];
  /** The files that were read, relative to cwd. */
  files: string[];
}

export interface LoadOptions {
  cwd: string;
}

function toDisplayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** Files named by the inputs, in a stable order; inputs that name nothing are reported. */
async function expandInputs(
  inputs: readonly string[],
  cwd: string,
  issues: ValidationIssue[],
): Promise<string[]> {
  const found: string[] = [];
  const unmatched: { input: string; literal: boolean }[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: Awaited<ReturnType<typeof fs.stat>> | undefined;
    if (!isDynamicPattern(input)) stat = await fs.stat(abs).catch(() => undefined);
    if (stat?.isFile()) {
      found.push(abs);
      continue;
    }
    const pattern = stat?.isDirectory() ? `${input.replace(/\/+$/, '')}/**/*.{yml,yaml,json}` : input;
    const matches = (await glob(pattern, { cwd, absolute: true, dot: false })).filter((f) =>
      POLICY_EXTENSIONS.test(f),
    );
    // A glob that matches nothing is fine while another input finds files (policies/**/*.yaml next to
    // *.yml); a path that does not exist is always a mistake.
    if (matches.length === 0) unmatched.push({ input, literal: !isDynamicPattern(input) && !stat });
    found.push(...matches.sort());
  }
  for (const { input, literal } of unmatched) {
    if (!literal && found.length > 0) continue;
    issues.push({
      file: input,
      line: 1,
      column: 1,
      severity: 'error',
      message: literal
        ? `${input} does not exist (looked in ${cwd})`
        : `no policy files match ${input} (looked in ${cwd}; folders are searched for .yml, .yaml and .json files)`,
    });
  }
  return [...new Set(found)];
}

function severityOf(data: Record<string, unknown>): Severity {
  const meta = data.metadata;
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const s = String((meta as Record<string, unknown>).severity ?? '').toLowerCase();
    if ((SEVERITIES as readonly string[]).includes(s)) return s as Severity;
  }
  return 'low';
}

/** Reads, parses and validates every policy file named by `inputs`. */
export async function loadPolicies(inputs: readonly string[], opts: LoadOptions): Promise<LoadResult> {
  const issues: ValidationIssue[] = [];
  const policies: LoadedPolicy[] = [];
  const files = await expandInputs(inputs.length ? inputs : DEFAULT_POLICY_PATTERNS, opts.cwd, issues);
  const seen = new Map<string, { file: string; line: number }>();
  for (const abs of files) {
    const file = toDisplayPath(abs, opts.cwd);
    const at = (line: number, column: number) => ({ file, line, column });
    let text: string;
    try {
      const stat = await fs.stat(abs);
      if (stat.size > MAX_POLICY_FILE_BYTES) {
        issues.push({
          ...at(1, 1),
          severity: 'error',
          message: `the file is ${(stat.size / 1048576).toFixed(1)} MiB; policy files over ${MAX_POLICY_FILE_BYTES / 1048576} MiB are refused (split it into several files)`,
        });
        continue;
      }
      text = await fs.readFile(abs, 'utf8');
    } catch (err) {
      issues.push({
        ...at(1, 1),
        severity: 'error',
        message: `cannot read the file: ${(err as Error).message}`,
      });
      continue;
    }
    const parsed = parseYaml(text);
    for (const p of parsed.problems)
      issues.push({ ...at(p.line, p.column), severity: 'error', message: p.message });
    if (parsed.problems.length) continue;
    if (parsed.documents.length === 0 || parsed.documents.every((d) => d.value === null)) {
      issues.push({
        ...at(1, 1),
        severity: 'error',
        message: 'the file is empty: expected a mapping with a `policies` list',
      });
      continue;
    }
    for (const doc of parsed.documents) {
      if (doc.value === null && parsed.documents.length > 1) continue; // a trailing `---`
      loadDocument(doc, file, issues, policies, seen);
    }
  }
  return { policies, issues, files: files.map((f) => toDisplayPath(f, opts.cwd)) };
}

function loadDocument(
  doc: ParsedDocument,
  file: string,
  issues: ValidationIssue[],
  policies: LoadedPolicy[],
  seen: Map<string, { file: string; line: number }>,
): void {
  const problems = validateDocument(doc.value);
  const policyList = (doc.value as { policies?: unknown } | null)?.policies;
  const list = Array.isArray(policyList) ? (policyList as unknown[]) : [];
  const nameAt = (i: number): string | undefined => {
    const p = list[i];
    return p && typeof p === 'object' && typeof (p as Record<string, unknown>).name === 'string'
      ? ((p as Record<string, unknown>).name as string)
      : undefined;
  };
  const invalid = new Set<number>();
  for (const p of problems) {
    // An unknown key is best shown at the key itself; everything else at its value.
    const pos = (p.atKey ? doc.locateKey(p.path) : undefined) ?? doc.locate(p.path);
    const index = p.path[0] === 'policies' && typeof p.path[1] === 'number' ? p.path[1] : undefined;
    if (index !== undefined && p.severity === 'error') invalid.add(index);
    issues.push({
      file,
      line: pos.line,
      column: pos.column,
      policy: index !== undefined ? nameAt(index) : undefined,
      severity: p.severity,
      message: p.message,
      path: formatPath(p.path),
    });
  }
  if (
    problems.some(
      (p) => p.severity === 'error' && (p.path[0] !== 'policies' || typeof p.path[1] !== 'number'),
    )
  ) {
    return; // the document itself is malformed
  }
  list.forEach((raw, i) => {
    const name = nameAt(i);
    const base: PathSegment[] = ['policies', i];
    const pos = doc.locate(base);
    if (name !== undefined) {
      const first = seen.get(name);
      if (first) {
        const namePos = doc.locate([...base, 'name']);
        issues.push({
          file,
          line: namePos.line,
          column: namePos.column,
          policy: name,
          severity: 'error',
          message: `duplicate policy name "${name}": also defined at ${first.file}:${first.line}; policy names must be unique across all files`,
          path: formatPath([...base, 'name']),
        });
        invalid.add(i);
      } else {
        seen.set(name, { file, line: pos.line });
      }
    }
    if (invalid.has(i)) return;
    const data = raw as Record<string, unknown>;
    policies.push({
      name: name!,
      resource: String(data.resource),
      data,
      location: { file, line: pos.line, column: pos.column },
      severity: severityOf(data),
      locate(sub) {
        const p = doc.locate([...base, ...sub]);
        return { file, line: p.line, column: p.column };
      },
    });
  });
}

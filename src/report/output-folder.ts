/**
 * The Cloud Custodian style output folder (design.md §1, actions.md §2.5, filters.md §17.9):
 *
 *   <output-dir>/results.json                                  our own summary of the run, always written
 *   <output-dir>/<account>/<region>/<policy>/resources.json    c7n indent-2 JSON, only for evaluated policies
 *   <output-dir>/<account>/<region>/<policy>/metadata.json     c7n indent-2 JSON, evaluated and failed policies
 *
 * Tools built for c7n output (c7n-org report, c7n-mailer replays, custom scripts) read resources.json and
 * metadata.json, so those two follow Python's `json.dumps(..., indent=2)` with c7n's encoder byte for byte
 * where we can: ensure_ascii escapes, Python float spelling, datetimes as `isoformat()`.
 *
 * Each file is written on its own: one failure (a full disk, an odd name) is recorded and the rest still land.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GateResult } from '../gate.js';
import type { PolicyRunResult, RunResult } from '../engine/types.js';
import { REDACTED, redact } from './escape.js';
import type { PolicyCatalog, PolicyInfo } from './sarif.js';

// ---------------------------------------------------------------------------------------------------------
// Python-compatible JSON (actions.md §1.1, §1.2)

/** A number Python holds as a float: written with `.0` when integral (`1700000000.0`). */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** `datetime.isoformat()` of an aware UTC datetime: `+00:00`, microseconds only when non-zero. */
export function pythonIsoformat(d: Date): string {
  const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ (years 0–9999)
  const base = iso.slice(0, 19);
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? `${base}+00:00` : `${base}.${String(ms).padStart(3, '0')}000+00:00`;
}

/** Naive local timestamp as c7n's log-only metrics sink writes it (runners are UTC, so UTC). */
function pythonNaiveIsoformat(d: Date): string {
  return pythonIsoformat(d).replace('+00:00', '');
}

/** Python `repr(float)`. JS's shortest round-trip digits are Python's; only the notation differs. */
export function pythonFloatRepr(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mantissa = '0', expText = '0'] = v.toExponential().split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Characters a JSON string with ensure_ascii cannot hold as they are. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;

function pythonString(s: string): string {
  // Most strings (ids, ARNs, names) need no escape at all: one regex test, no replace.
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  // JSON.stringify already gives the short escapes and lower-case \u00XX for controls; ensure_ascii adds
  // every code unit from U+007F up (lone surrogates included, which JSON.stringify escapes itself).
  return JSON.stringify(s).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The encoder behind pythonJson. Output pieces go to one array joined once at the end (appending to a
 * string builds ropes whose garbage dominated the run); indentation strings and encoded keys are made
 * once. With `memo`, the text of each nested list, mapping and date is remembered by identity and
 * level: the resources of one run share most of their nested values (Tags, StorageConfigs,
 * annotations), and policies that match the same instance write them again and again. Only for values
 * that do not change while the encoder is in use.
 */
class PythonJsonEncoder {
  private readonly breaks: string[] = [];
  private readonly keys = new Map<string, string>();
  private readonly stack: object[] = [];
  private readonly memo: WeakMap<object, { level: number; text: string }> | undefined;
  private parts: string[] = [];

  constructor(
    private readonly indent: number,
    memo: boolean,
  ) {
    this.memo = memo ? new WeakMap() : undefined;
  }

  /** The whole text of `v`, or undefined for what JSON leaves out (undefined, functions, symbols). */
  text(v: unknown): string | undefined {
    this.parts = [];
    try {
      if (!this.put(v, 0)) return undefined;
      return this.parts.join('');
    } finally {
      this.parts = [];
      this.stack.length = 0;
    }
  }

  /** A newline and the indentation of `level`; `open` and `,` variants precomputed alike. */
  private br(level: number, lead = ''): string {
    const slot = level * 4 + (lead === '' ? 0 : lead === ',' ? 1 : lead === '[' ? 2 : 3);
    let b = this.breaks[slot];
    if (b === undefined) {
      b = `${lead}\n${' '.repeat(this.indent * level)}`;
      this.breaks[slot] = b;
    }
    return b;
  }

  private key(k: string): string {
    let e = this.keys.get(k);
    if (e === undefined) {
      e = `${pythonString(k)}: `;
      if (this.keys.size < 10000) this.keys.set(k, e);
    }
    return e;
  }

  /** The text of a scalar, undefined for an object (or for what JSON leaves out, see put). */
  private scalar(v: unknown): string | undefined {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'boolean':
        return v ? 'true' : 'false';
      case 'bigint':
        return v.toString();
      case 'number':
        return Number.isInteger(v)
          ? Math.abs(v) < 1e21
            ? String(v)
            : BigInt(v).toString()
          : pythonFloatRepr(v);
      case 'string':
        return pythonString(v);
    }
    return undefined;
  }

  /** Appends the text of `v`; false (nothing appended) for undefined, functions and symbols. */
  private put(v: unknown, level: number): boolean {
    const t = typeof v;
    if (t === 'undefined' || t === 'function' || t === 'symbol') return false;
    const parts = this.parts;
    if (v === null || t !== 'object') {
      parts.push(this.scalar(v) as string);
      return true;
    }
    const obj = v as object;
    // Levels 0 and 1 are the list and the resources themselves, each written once.
    const memo = this.memo;
    if (memo !== undefined && level >= 2) {
      const hit = memo.get(obj);
      if (hit !== undefined && hit.level === level) {
        parts.push(hit.text);
        return true;
      }
      const start = parts.length;
      this.putObject(obj, level);
      const text = parts.length - start === 1 ? (parts[start] as string) : parts.splice(start).join('');
      if (parts.length === start) parts.push(text);
      memo.set(obj, { level, text });
      return true;
    }
    this.putObject(obj, level);
    return true;
  }

  private putObject(obj: object, level: number): void {
    const parts = this.parts;
    if (obj instanceof PyFloat) {
      parts.push(pythonFloatRepr(obj.value));
      return;
    }
    if (obj instanceof Date) {
      parts.push(Number.isNaN(obj.getTime()) ? 'null' : pythonString(pythonIsoformat(obj)));
      return;
    }
    if (obj instanceof Uint8Array) {
      parts.push(pythonString(Buffer.from(obj).toString('utf8')));
      return;
    }
    const stack = this.stack;
    if (stack.includes(obj)) throw new TypeError('Circular reference detected');
    stack.push(obj);
    const first = parts.length;
    if (Array.isArray(obj) || obj instanceof Set) {
      const items: Iterable<unknown> = obj;
      for (const x of items) {
        parts.push(this.br(level + 1, parts.length === first ? '[' : ','));
        if (!this.put(x, level + 1)) parts.push('null');
      }
      parts.push(parts.length === first ? '[]' : `${this.br(level)}]`);
    } else {
      const entries: Iterable<readonly [unknown, unknown]> | undefined = obj instanceof Map ? obj : undefined;
      const one = (k: string, x: unknown): void => {
        const t = typeof x;
        if (t === 'undefined' || t === 'function' || t === 'symbol') return;
        parts.push(this.br(level + 1, parts.length === first ? '{' : ','), this.key(k));
        this.put(x, level + 1);
      };
      if (entries !== undefined) {
        for (const [k, x] of entries) one(String(k), x);
      } else {
        const record = obj as Record<string, unknown>;
        const keys = Object.keys(record);
        for (let i = 0; i < keys.length; i++) one(keys[i] as string, record[keys[i] as string]);
      }
      parts.push(parts.length === first ? '{}' : `${this.br(level)}}`);
    }
    stack.pop();
  }
}

/**
 * `json.dumps(value, cls=JsonEncoder, indent=indent)` (indent 2 for resources.json/metadata.json). Key order
 * is the objects' insertion order. Integers print as integers, other numbers as Python floats; wrap a
 * number in PyFloat to force float spelling.
 */
export function pythonJson(value: unknown, indent = 2): string {
  return new PythonJsonEncoder(indent, false).text(value) ?? 'null';
}

// ---------------------------------------------------------------------------------------------------------
// Layout

/**
 * A path segment that cannot escape the output folder or upset a file system. Policy names may hold
 * `[`, `]`, `\`, `^` and backticks (c7n's name pattern uses `[A-z]`); those get replaced, and a short hash
 * keeps two different names from landing in one folder.
 */
export function safeSegment(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
  if (cleaned === name && cleaned !== '') return cleaned;
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8);
  return `${cleaned || '_'}-${hash}`;
}

/** `<output-dir>/<account>/<region>/<policy>` for one policy execution. */
export function policyDir(
  outputDir: string,
  run: Pick<PolicyRunResult, 'account' | 'region' | 'policy'>,
): string {
  return join(
    outputDir,
    safeSegment(run.account || 'unknown-account'),
    safeSegment(run.region || 'no-region'),
    safeSegment(run.policy),
  );
}

export interface OutputFolderOptions {
  readonly outputDir: string;
  readonly gate: GateResult;
  readonly policies?: PolicyCatalog;
  /** c7n version recorded in metadata.json (actions.md §2.1: configurable, default "0.9.47"). */
  readonly c7nVersion?: string;
  /** Run options as c7n would record them (`config` in metadata.json). */
  readonly config?: {
    readonly regions?: readonly string[];
    readonly assumeRole?: string;
    readonly externalId?: string;
    readonly cache?: string;
    readonly cachePeriod?: number;
    /** Our own options (flags, action inputs), appended after c7n's keys; credential-like keys are redacted. */
    readonly extra?: Readonly<Record<string, unknown>>;
  };
  /** Execution ids (random UUID v4 by default; tests make them deterministic). */
  readonly executionId?: (run: PolicyRunResult) => string;
}

export interface FileError {
  readonly path: string;
  readonly message: string;
}

export interface OutputFolderResult {
  readonly written: readonly string[];
  readonly errors: readonly FileError[];
}

/** The content of results.json. */
export function buildResultsJson(run: RunResult, gate: GateResult): Record<string, unknown> {
  return {
    gate: gate.verdict,
    mode: run.mode,
    startedAt: isoOrNull(run.startedAt),
    finishedAt: isoOrNull(run.finishedAt),
    reasons: gate.reasons,
    warnings: gate.warnings,
    policies: run.policies.map((p) => ({
      name: p.policy,
      file: p.location.file,
      line: p.location.line,
      account: p.account,
      accountName: p.accountName,
      region: p.region,
      severity: p.severity,
      status: p.status,
      population: p.population,
      matched: p.resources.map((r) => (typeof r['Id'] === 'string' ? r['Id'] : String(r['Id'] ?? ''))),
      ...(p.status === 'error' ? { error: p.error ?? 'unknown error' } : {}),
      ...(p.actions.length > 0
        ? {
            actions: p.actions.map((a) => ({
              type: a.type,
              status: a.status,
              resources: [...a.resources],
              ...(a.detail ? { detail: a.detail } : {}),
            })),
          }
        : {}),
      durationMs: p.durationMs,
    })),
    validation: run.validation.map((v) => ({ ...v })),
    runErrors: run.runErrors.map((e) => ({ ...e })),
    counts: { ...gate.counts, policies: run.policies.length },
  };
}

function isoOrNull(d: Date): string | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** metadata.json for one policy execution, keys in c7n's order (actions.md §2.5). */
export function buildMetadata(
  run: RunResult,
  p: PolicyRunResult,
  options: Omit<OutputFolderOptions, 'gate'>,
): Record<string, unknown> {
  const info: PolicyInfo | undefined = options.policies?.get(p.policy);
  // We know the run's start and each policy's duration, not each policy's own start: policies are placed
  // at the run start. The duration is exact.
  const start = run.startedAt.getTime() / 1000;
  const duration = Math.max(0, p.durationMs) / 1000;
  const cfg = options.config ?? {};
  const regions = cfg.regions ?? [...new Set(run.policies.map((x) => x.region))];
  const now = new Date(run.startedAt.getTime() + Math.max(0, p.durationMs));

  const metrics: Record<string, unknown>[] = [];
  const metric = (name: string, value: number | PyFloat, unit: string): void => {
    metrics.push({ MetricName: name, Timestamp: pythonNaiveIsoformat(now), Value: value, Unit: unit });
  };
  if (p.status === 'ok') {
    metric('ResourceCount', p.resources.length, 'Count');
    metric('ResourceTime', new PyFloat(duration), 'Seconds');
    if (run.mode === 'enforce' && p.resources.length > 0 && p.actions.length > 0)
      metric('ActionTime', new PyFloat(duration), 'Seconds');
  } else {
    metric('PolicyException', 1, 'Count');
  }

  return {
    policy: redact(info?.data ?? { name: p.policy, resource: 'aws.connect-instance' }),
    version: options.c7nVersion ?? '0.9.47',
    execution: {
      id: options.executionId ? options.executionId(p) : randomUUID(),
      start: new PyFloat(start),
      end_time: new PyFloat(start + duration),
      duration: new PyFloat(duration),
    },
    config: {
      region: p.region,
      regions: [...regions],
      cache: cfg.cache ?? '~/.cache/cloud-custodian.cache',
      profile: null,
      account_id: p.account,
      assume_role: cfg.assumeRole ?? null,
      session_policy: null,
      external_id: cfg.externalId ? REDACTED : null,
      log_group: null,
      tracer: null,
      metrics_enabled: false,
      metrics: null,
      output_dir: options.outputDir,
      cache_period: cfg.cachePeriod ?? 15,
      dryrun: run.mode !== 'enforce',
      authorization_file: null,
      ...redact({ ...(cfg.extra ?? {}) }),
    },
    'sys-stats': {},
    'api-stats': {},
    metrics,
  };
}

async function writeOne(
  path: string,
  content: string,
  written: string[],
  errors: FileError[],
): Promise<void> {
  try {
    await writeFile(path, content, 'utf8');
    written.push(path);
  } catch (err) {
    errors.push({ path, message: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * Writes results.json first (the file that must exist whatever happens next), then each policy's folder.
 * Skipped policies get no folder; failed ones get metadata.json only (c7n writes it on the way out of a failed
 * execution, but never resources.json). Never throws.
 */
export async function writeOutputFolder(
  run: RunResult,
  options: OutputFolderOptions,
): Promise<OutputFolderResult> {
  const written: string[] = [];
  const errors: FileError[] = [];
  const root = options.outputDir;
  try {
    await mkdir(root, { recursive: true });
  } catch (err) {
    errors.push({ path: root, message: err instanceof Error ? err.message : String(err) });
    return { written, errors };
  }

  const resultsPath = join(root, 'results.json');
  let resultsJson: string;
  try {
    resultsJson = `${JSON.stringify(buildResultsJson(run, options.gate), null, 2)}\n`;
  } catch (err) {
    resultsJson = `${JSON.stringify({ gate: options.gate.verdict, error: `results could not be serialised: ${String(err)}`, counts: options.gate.counts }, null, 2)}\n`;
  }
  await writeOne(resultsPath, resultsJson, written, errors);

  // One encoder for every resources.json of the run: policies share resources, and resources share nested
  // values, which it encodes once (nothing changes the run's results while reports are written).
  const resourcesEncoder = new PythonJsonEncoder(2, true);
  for (const p of run.policies) {
    if (p.status === 'skipped') continue;
    const dir = policyDir(root, p);
    try {
      await mkdir(dir, { recursive: true });
    } catch (err) {
      errors.push({ path: dir, message: err instanceof Error ? err.message : String(err) });
      continue;
    }
    if (p.status === 'ok') {
      try {
        const text = resourcesEncoder.text(p.resources) ?? 'null';
        await writeOne(join(dir, 'resources.json'), text, written, errors);
      } catch (err) {
        errors.push({
          path: join(dir, 'resources.json'),
          message: err instanceof Error ? err.message : String(err),
        });
      }
    }
    try {
      await writeOne(
        join(dir, 'metadata.json'),
        pythonJson(buildMetadata(run, p, options), 2),
        written,
        errors,
      );
    } catch (err) {
      errors.push({
        path: join(dir, 'metadata.json'),
        message: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return { written, errors };
}

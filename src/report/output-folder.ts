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

/** Code units ensure_ascii escapes that JSON.stringify leaves as they are (from DEL up). */
const NON_ASCII = /[\u007f-\uffff]/;
const NON_ASCII_ALL = /[\u007f-\uffff]/g;
const NEWLINES = /\n/g;
const asciiEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Characters a JSON string with ensure_ascii cannot hold as they are. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;

function pythonString(s: string): string {
  // Most strings (ids, ARNs, names) need no escape at all: one regex test, no replace.
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  // JSON.stringify already gives the short escapes and lower-case \u00XX for controls; ensure_ascii adds
  // every code unit from U+007F up (lone surrogates included, which JSON.stringify escapes itself).
  return JSON.stringify(s).replace(NON_ASCII_ALL, asciiEscape);
}

/** Where the encoder puts its output pieces, in order: an array (joined once) or a ByteSink. */
interface Sink {
  push(piece: string): unknown;
}

/**
 * Output pieces copied straight into one buffer that grows as needed and is reused from file to file:
 * nothing is left for the collector, and no fresh memory is touched per file (on this kind of machine,
 * faulting in new pages cost more than the copying). The encoder writes ASCII only (ensure_ascii), so
 * latin1 copies are the UTF-8 bytes and a piece takes exactly its length in bytes.
 */
class ByteSink implements Sink {
  private buf = Buffer.allocUnsafe(1 << 20);
  private pos = 0;

  push(piece: string): void {
    if (this.pos + piece.length > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(this.pos + piece.length, this.buf.length * 2));
      this.buf.copy(next, 0, 0, this.pos);
      this.buf = next;
    }
    this.pos += this.buf.write(piece, this.pos, 'latin1');
  }

  /** Starts over (the bytes of the last file must be written by now). */
  reset(): void {
    this.pos = 0;
  }

  /** The bytes pushed since reset, as a view (valid until the next reset). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

/** The text of a resource's leading keys, for PythonJsonEncoder.listInto. */
interface PrefixEntry {
  readonly keys: readonly string[];
  readonly vals: readonly unknown[];
  /** Everything from the resource's opening `{` up to its first annotation ('' when nothing was written). */
  readonly text: string;
  /** Whether text holds at least one key. */
  readonly any: boolean;
}

/** Bounds the memory of the prefix cache (one entry is about one resource's text). */
const MAX_PREFIXES = 200_000;

/** An object with Object.prototype or null as its prototype: written key by key, never special. */
function isPlainMapping(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Numbers JSON.stringify spells as Python's repr of the same int or float (see PythonJsonEncoder.scalar). */
function nativeNumber(x: number): boolean {
  return Number.isInteger(x) ? Math.abs(x) < 1e21 : Number.isFinite(x) && Math.abs(x) >= 1e-4;
}

/** Whether JSON.stringify writes `v` as PythonJsonEncoder does (see nativeText). */
function jsonSafe(v: object, depth: number): boolean {
  if (depth > 32 || (v as { toJSON?: unknown }).toJSON !== undefined) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const t = typeof x;
      if (
        t === 'object'
          ? x !== null && !jsonSafe(x as object, depth + 1)
          : t === 'bigint' || (t === 'number' && !nativeNumber(x as number))
      )
        return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = v as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const x = record[keys[i] as string];
    const t = typeof x;
    if (
      t === 'object'
        ? x !== null && !jsonSafe(x as object, depth + 1)
        : t === 'bigint' || (t === 'number' && !nativeNumber(x as number))
    )
      return false;
  }
  return true;
}

/** A short array of strings, numbers, booleans or nulls (`c7n:MatchedFilters`): cheaper to write than to memo. */
function isSmallFlatArray(v: object): boolean {
  if (!Array.isArray(v) || v.length > 8) return false;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const t = typeof x;
    if (t !== 'string' && t !== 'number' && t !== 'boolean' && x !== null) return false;
  }
  return true;
}

/**
 * The encoder behind pythonJson. Output pieces go to a sink (an array joined once at the end, or buffers;
 * appending to a string builds ropes whose garbage dominated the run); indentation strings and encoded
 * keys are made once. With `memo`, the text of each nested list, mapping and date is remembered by
 * identity and level: the resources of one run share most of their nested values (Tags, StorageConfigs,
 * annotations), and policies that match the same instance write them again and again. Only for values
 * that do not change while the encoder is in use.
 */
class PythonJsonEncoder {
  private readonly breaks: string[] = [];
  private readonly keys = new Map<string, string>();
  private readonly stack: object[] = [];
  private readonly memo: WeakMap<object, { level: number; text: string }> | undefined;
  private parts: Sink = [];
  private readonly prefixes = new Map<unknown, PrefixEntry[]>();
  private prefixCount = 0;

  constructor(
    private readonly indent: number,
    memo: boolean,
  ) {
    this.memo = memo ? new WeakMap() : undefined;
  }

  /** The whole text of `v`, or undefined for what JSON leaves out (undefined, functions, symbols). */
  text(v: unknown): string | undefined {
    const parts: string[] = [];
    this.parts = parts;
    try {
      if (!this.put(v, 0)) return undefined;
      return parts.join('');
    } finally {
      this.parts = [];
      this.stack.length = 0;
    }
  }

  /** text() of a list of resources (see listInto), into `sink` after what it holds. */
  listBytes(list: unknown, sink: ByteSink): void {
    if (!this.listInto(list, sink)) sink.push('null');
  }

  /** text() of a list of resources (see listInto), as a string. */
  listText(list: unknown): string | undefined {
    const parts: string[] = [];
    return this.listInto(list, parts) ? parts.join('') : undefined;
  }

  /**
   * Puts text(list) into `sink`, faster for a list of resources (resources.json): the resources of a run
   * are shallow copies of one listing, so the leading keys of a resource (everything before its first
   * `c7n` annotation) hold the very same values in every policy that matched it. Their text is made
   * once and reused whenever all those keys and values are identical (`===`), as the memo does for nested
   * values. False (nothing put) for what JSON leaves out.
   */
  private listInto(list: unknown, sink: Sink): boolean {
    this.parts = sink;
    try {
      if (!Array.isArray(list) || this.memo === undefined) return this.put(list, 0);
      this.stack.push(list);
      let n = 0;
      for (const x of list as unknown[]) {
        sink.push(this.br(1, n++ === 0 ? '[' : ','));
        if (isPlainMapping(x)) this.putResource(x);
        else if (!this.put(x, 1)) sink.push('null');
      }
      sink.push(n === 0 ? '[]' : `${this.br(0)}]`);
      return true;
    } finally {
      this.parts = [];
      this.stack.length = 0;
    }
  }

  /** putObject of a plain mapping at level 1, with its leading keys' text shared (see listInto). */
  private putResource(r: Record<string, unknown>): void {
    const stack = this.stack;
    if (stack.includes(r)) throw new TypeError('Circular reference detected');
    stack.push(r);
    const keys = Object.keys(r);
    let cut = 0;
    while (cut < keys.length && !(keys[cut] as string).startsWith('c7n')) cut++;
    let any = false;
    if (cut > 0) {
      const vals = new Array<unknown>(cut);
      for (let i = 0; i < cut; i++) vals[i] = r[keys[i] as string];
      const bucket = this.prefixes.get(vals[0]);
      let hit: PrefixEntry | undefined;
      if (bucket !== undefined) {
        for (const e of bucket) {
          if (e.keys.length !== cut) continue;
          let same = true;
          for (let i = 0; i < cut; i++) {
            if (e.keys[i] !== keys[i] || e.vals[i] !== vals[i]) {
              same = false;
              break;
            }
          }
          if (same) {
            hit = e;
            break;
          }
        }
      }
      if (hit !== undefined) {
        if (hit.text !== '') this.parts.push(hit.text);
        any = hit.any;
      } else {
        const outer = this.parts;
        const parts: string[] = [];
        this.parts = parts;
        try {
          for (let i = 0; i < cut; i++) {
            const x = vals[i];
            const t = typeof x;
            if (t === 'undefined' || t === 'function' || t === 'symbol') continue;
            parts.push(this.br(2, any ? ',' : '{'));
            parts.push(this.key(keys[i] as string));
            any = true;
            this.put(x, 2);
          }
        } finally {
          this.parts = outer;
        }
        const text = parts.join('');
        if (text !== '') outer.push(text);
        if (this.prefixCount < MAX_PREFIXES) {
          const entry: PrefixEntry = { keys: keys.slice(0, cut), vals, text, any };
          if (bucket === undefined) this.prefixes.set(vals[0], [entry]);
          else if (bucket.length < 4) bucket.push(entry);
          this.prefixCount++;
        }
      }
    }
    const sink = this.parts;
    for (let i = cut; i < keys.length; i++) {
      const k = keys[i] as string;
      const x = r[k];
      const t = typeof x;
      if (t === 'undefined' || t === 'function' || t === 'symbol') continue;
      sink.push(this.br(2, any ? ',' : '{'));
      sink.push(this.key(k));
      any = true;
      this.put(x, 2);
    }
    sink.push(any ? `${this.br(1)}}` : '{}');
    stack.pop();
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
    if (v === null || t !== 'object') {
      this.parts.push(this.scalar(v) as string);
      return true;
    }
    const obj = v as object;
    // Levels 0 and 1 are the list and the resources themselves, each written once.
    const memo = this.memo;
    if (memo !== undefined && level >= 2 && !isSmallFlatArray(obj)) {
      const hit = memo.get(obj);
      if (hit !== undefined && hit.level === level) {
        this.parts.push(hit.text);
        return true;
      }
      let text = this.nativeText(obj, level);
      if (text === undefined) {
        const outer = this.parts;
        const parts: string[] = [];
        this.parts = parts;
        try {
          this.putObject(obj, level);
        } finally {
          this.parts = outer;
        }
        text = parts.length === 1 ? (parts[0] as string) : parts.join('');
      }
      this.parts.push(text);
      memo.set(obj, { level, text });
      return true;
    }
    this.putObject(obj, level);
    return true;
  }

  /**
   * The text of `obj` at `level` by the native JSON.stringify, when that is byte for byte what putObject
   * writes: plain mappings and arrays of strings, booleans, null and numbers JS spells as Python does
   * (no dates, bigints, sets, maps, toJSON, NaN or floats below 1e-4), not nested too deep (cycles).
   * Non-ASCII is escaped afterwards: it can only be inside strings, where each code unit is escaped alike.
   */
  private nativeText(obj: object, level: number): string | undefined {
    const indent = this.indent;
    if (indent < 1 || indent > 10 || !jsonSafe(obj, 0)) return undefined;
    let text = JSON.stringify(obj, null, indent);
    if (NON_ASCII.test(text)) text = text.replace(NON_ASCII_ALL, asciiEscape);
    return level === 0 ? text : text.replace(NEWLINES, this.br(level));
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
    let any = false;
    if (Array.isArray(obj) || obj instanceof Set) {
      const items: Iterable<unknown> = obj;
      for (const x of items) {
        parts.push(this.br(level + 1, any ? ',' : '['));
        any = true;
        if (!this.put(x, level + 1)) parts.push('null');
      }
      parts.push(any ? `${this.br(level)}]` : '[]');
    } else {
      const entries: Iterable<readonly [unknown, unknown]> | undefined = obj instanceof Map ? obj : undefined;
      const one = (k: string, x: unknown): void => {
        const t = typeof x;
        if (t === 'undefined' || t === 'function' || t === 'symbol') return;
        parts.push(this.br(level + 1, any ? ',' : '{'));
        parts.push(this.key(k));
        any = true;
        this.put(x, level + 1);
      };
      if (entries !== undefined) {
        for (const [k, x] of entries) one(String(k), x);
      } else {
        const record = obj as Record<string, unknown>;
        const keys = Object.keys(record);
        for (let i = 0; i < keys.length; i++) one(keys[i] as string, record[keys[i] as string]);
      }
      parts.push(any ? `${this.br(level)}}` : '{}');
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

/** What happened to one file, in the order the files are listed in the result. */
type FileOutcome = { readonly path: string; readonly error?: string };

async function writeOne(path: string, content: string | Buffer): Promise<FileOutcome> {
  try {
    // The encoder writes ASCII only (ensure_ascii), so latin1 gives the UTF-8 bytes with a plain copy.
    await (typeof content === 'string' ? writeFile(path, content, 'latin1') : writeFile(path, content));
    return { path };
  } catch (err) {
    return { path, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Writes results.json first (the file that must exist whatever happens next), then each policy's folder.
 * Skipped policies get no folder; failed ones get metadata.json only (c7n writes it on the way out of a failed
 * execution, but never resources.json). Never throws. Files are written while the next ones are encoded;
 * `written` and `errors` list them in policy order all the same.
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
  try {
    // results.json is JSON.stringify's text (not ASCII only): UTF-8.
    await writeFile(resultsPath, resultsJson, 'utf8');
    written.push(resultsPath);
  } catch (err) {
    errors.push({ path: resultsPath, message: err instanceof Error ? err.message : String(err) });
  }

  // One encoder for every resources.json of the run: policies share resources, and resources share nested
  // values, which it encodes once (nothing changes the run's results while reports are written). Two byte
  // sinks take turns: one file is written while the next is encoded into the other.
  const resourcesEncoder = new PythonJsonEncoder(2, true);
  const sinks = [new ByteSink(), new ByteSink()] as const;
  const sinkBusy: (Promise<unknown> | undefined)[] = [undefined, undefined];
  let turn = 0;
  // Per policy, its files' outcomes in order (resources.json, metadata.json); filled as writes finish.
  const outcomes: Promise<readonly FileOutcome[]>[] = [];
  const byDir = new Map<string, Promise<unknown>>();
  for (const p of run.policies) {
    if (p.status === 'skipped') continue;
    const dir = policyDir(root, p);
    // Two executions writing one folder (a duplicate name) go one after the other, the last one winning.
    const sameDir = byDir.get(dir);
    if (sameDir !== undefined) await sameDir;
    try {
      await mkdir(dir, { recursive: true });
    } catch (err) {
      outcomes.push(
        Promise.resolve([{ path: dir, error: err instanceof Error ? err.message : String(err) }]),
      );
      continue;
    }
    const files: Promise<FileOutcome>[] = [];
    if (p.status === 'ok') {
      const path = join(dir, 'resources.json');
      const slot = turn++ % 2;
      await sinkBusy[slot];
      const sink = sinks[slot] as ByteSink;
      sink.reset();
      try {
        resourcesEncoder.listBytes(p.resources, sink);
        const write = writeOne(path, sink.bytes());
        sinkBusy[slot] = write;
        files.push(write);
      } catch (err) {
        files.push(Promise.resolve({ path, error: err instanceof Error ? err.message : String(err) }));
      }
    }
    const metaPath = join(dir, 'metadata.json');
    try {
      files.push(writeOne(metaPath, pythonJson(buildMetadata(run, p, options), 2)));
    } catch (err) {
      files.push(
        Promise.resolve({ path: metaPath, error: err instanceof Error ? err.message : String(err) }),
      );
    }
    // c7n's action-<class> files: what actions returned (invoke-lambda responses, put-metric resources).
    for (const out of p.actionOutputs ?? []) {
      files.push(writeOne(join(dir, safeSegment(out.file)), out.content));
    }
    const all = Promise.all(files);
    outcomes.push(all);
    byDir.set(dir, all);
  }
  for (const files of await Promise.all(outcomes)) {
    for (const f of files) {
      if (f.error === undefined) written.push(f.path);
      else errors.push({ path: f.path, message: f.error });
    }
  }
  return { written, errors };
}

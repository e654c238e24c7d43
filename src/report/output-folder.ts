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
import { open, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { GateResult } from '../gate.js';
import type { PolicyRunResult, RunResult } from '../engine/types.js';
import { REDACTED, redact } from './escape.js';
import type { PolicyCatalog, PolicyInfo } from './sarif.js';
import { makeDirectory } from '../make-directory.js';

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
const NON_ASCII_ALL = /[\u007f-\uffff]/g;
const asciiEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Characters a JSON string with ensure_ascii cannot hold as they are. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;

/** A JSON string literal as Python writes it with ensure_ascii (also the actions' payloads, ../actions/python-json.ts). */
export function pythonString(s: string): string {
  // Most strings (ids, ARNs, names) need no escape at all: one regex test, no replace.
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  // JSON.stringify already gives the short escapes and lower-case \u00XX for controls; ensure_ascii adds
  // every code unit from U+007F up (lone surrogates included, which JSON.stringify escapes itself).
  return JSON.stringify(s).replace(NON_ASCII_ALL, asciiEscape);
}

/**
 * Output bytes copied into one buffer that grows as needed and is reused from file to file: nothing is left
 * for the collector, and no fresh memory is touched per file. The encoder writes ASCII only (ensure_ascii),
 * so a latin1 copy is the UTF-8 bytes and a piece takes exactly its length in bytes.
 */
class ByteSink {
  private buf: Buffer;
  private pos = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }

  get length(): number {
    return this.pos;
  }

  push(piece: string): void {
    const n = piece.length;
    if (this.pos + n > this.buf.length) this.grow(n);
    if (n <= SHORT_PIECE) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = piece.charCodeAt(i);
      this.pos = p;
    } else {
      this.pos += this.buf.write(piece, this.pos, n, 'latin1');
    }
  }

  /** A JSON string with ensure_ascii: pythonString(s) without the intermediate string. */
  str(s: string): void {
    const n = s.length;
    if (this.pos + n + 2 > this.buf.length) this.grow(n + 2);
    const buf = this.buf;
    const start = this.pos;
    let p = start;
    buf[p++] = 0x22;
    if (n > SHORT_PIECE && !NEEDS_ESCAPE.test(s)) {
      p += buf.write(s, p, n, 'latin1');
    } else {
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20 || c >= 0x7f || c === 0x22 || c === 0x5c) {
          // Rare: start over with the escaping of pythonString.
          this.pos = start;
          this.push(pythonString(s));
          return;
        }
        buf[p++] = c;
      }
    }
    buf[p++] = 0x22;
    this.pos = p;
  }

  pushBytes(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.pos + n > this.buf.length) this.grow(n);
    if (n <= SHORT_BYTES) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = bytes[i] as number;
      this.pos = p;
    } else {
      this.buf.set(bytes, this.pos);
      this.pos += n;
    }
  }

  private grow(n: number): void {
    const next = Buffer.allocUnsafeSlow(Math.max(this.pos + n, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** Drops what was pushed after `length`. */
  truncate(length: number): void {
    this.pos = length;
  }

  /** The bytes from `start` to `end`, as a view (valid until they are overwritten). */
  view(start: number, end: number): Buffer {
    return this.buf.subarray(start, end);
  }

  /** Starts over (whoever was given the bytes must be done with them). */
  reset(): void {
    this.pos = 0;
  }

  /** The bytes pushed since reset, as a view (valid until the next reset). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

/** Up to these lengths, a loop here copies faster than a call into the engine (a string's or bytes'). */
const SHORT_PIECE = 24;
const SHORT_BYTES = 48;

/**
 * Text kept for the whole output folder (resources repeated across policies, shared nested values), as
 * bytes outside the JS heap: tens of MB of cached strings would otherwise be copied by every scavenge
 * until promoted, and scanned by the collector.
 */
class ByteArena {
  private chunk = Buffer.allocUnsafeSlow(0);
  private pos = 0;
  private total = 0;

  /** A lasting copy of `bytes`; undefined once the arena is full (the caller then does not cache). */
  keep(bytes: Uint8Array): Uint8Array | undefined {
    const n = bytes.length;
    if (!this.room(n)) return undefined;
    this.chunk.set(bytes, this.pos);
    return this.take(n);
  }

  private room(n: number): boolean {
    if (this.total + n > MAX_ARENA_BYTES) return false;
    if (this.pos + n > this.chunk.length) {
      this.chunk = Buffer.allocUnsafeSlow(Math.max(ARENA_CHUNK_BYTES, n));
      this.pos = 0;
    }
    return true;
  }

  private take(n: number): Uint8Array {
    // A plain Uint8Array view: cheaper to make than a Buffer's subarray.
    const view = new Uint8Array(this.chunk.buffer, this.chunk.byteOffset + this.pos, n);
    this.pos += n;
    this.total += n;
    return view;
  }
}

const ARENA_CHUNK_BYTES = 4 << 20;
/** Bounds the cache of one output folder (the bench's 10,000 instances take ≈35 MB). */
const MAX_ARENA_BYTES = 256 << 20;

/** An object with Object.prototype or null as its prototype: written key by key, never special. */
function isPlainMapping(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A short array of strings, numbers, booleans or nulls (`c7n:MatchedFilters`). */
function isSmallFlatArray(v: object): v is readonly (string | number | boolean | null)[] {
  if (!Array.isArray(v) || v.length > 8) return false;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const t = typeof x;
    if (t !== 'string' && t !== 'number' && t !== 'boolean' && x !== null) return false;
  }
  return true;
}

/** What JSON leaves out of a mapping (and writes as null in a list). */
function omitted(v: unknown): boolean {
  const t = typeof v;
  return t === 'undefined' || t === 'function' || t === 'symbol';
}

/**
 * The general encoder behind pythonJson: output pieces go to an array joined once (appending to a string
 * builds ropes whose garbage dominated the run); indentation strings and encoded keys are made once.
 */
class PythonJsonEncoder {
  private readonly breaks: string[] = [];
  private readonly ends: string[] = [];
  private readonly keys = new Map<string, string>();
  private stack: object[] = [];
  private parts: string[] = [];

  constructor(private readonly indent: number) {}

  /** The whole text of `v`, or undefined for what JSON leaves out (undefined, functions, symbols). */
  text(v: unknown): string | undefined {
    return this.textAt(v, 0, []);
  }

  /** The text of `v` nested at `level` inside `ancestors` (for the circular check); see text(). */
  textAt(v: unknown, level: number, ancestors: readonly object[]): string | undefined {
    const parts: string[] = [];
    this.parts = parts;
    this.stack = [...ancestors];
    try {
      if (!this.put(v, level)) return undefined;
      return parts.join('');
    } finally {
      this.parts = [];
      this.stack = [];
    }
  }

  /** A newline and the indentation of `level`; `open` and `,` variants precomputed alike. */
  br(level: number, lead = ''): string {
    const slot = level * 4 + (lead === '' ? 0 : lead === ',' ? 1 : lead === '[' ? 2 : 3);
    let b = this.breaks[slot];
    if (b === undefined) {
      b = `${lead}\n${' '.repeat(this.indent * level)}`;
      this.breaks[slot] = b;
    }
    return b;
  }

  /** A newline, the indentation of `level` and a closing bracket. */
  end(level: number, bracket: ']' | '}'): string {
    const slot = level * 2 + (bracket === ']' ? 0 : 1);
    let e = this.ends[slot];
    if (e === undefined) {
      e = `${this.br(level)}${bracket}`;
      this.ends[slot] = e;
    }
    return e;
  }

  /** `"key": ` */
  key(k: string): string {
    let e = this.keys.get(k);
    if (e === undefined) {
      e = `${pythonString(k)}: `;
      if (this.keys.size < 10000) this.keys.set(k, e);
    }
    return e;
  }

  /** The text of a scalar, undefined for an object (or for what JSON leaves out, see put). */
  scalar(v: unknown): string | undefined {
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
    if (omitted(v)) return false;
    if (v === null || typeof v !== 'object') {
      this.parts.push(this.scalar(v) as string);
      return true;
    }
    this.putObject(v, level);
    return true;
  }

  private putObject(obj: object, level: number): void {
    const parts = this.parts;
    if (obj instanceof PyFloat) {
      parts.push(pythonFloatRepr(obj.value));
      return;
    }
    if (obj instanceof Date) {
      parts.push(dateText(obj));
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
      parts.push(any ? this.end(level, ']') : '[]');
    } else {
      const entries: Iterable<readonly [unknown, unknown]> | undefined = obj instanceof Map ? obj : undefined;
      const one = (k: string, x: unknown): void => {
        if (omitted(x)) return;
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
      parts.push(any ? this.end(level, '}') : '{}');
    }
    stack.pop();
  }
}

/** A datetime as c7n's encoder writes it (`isoformat()`), an invalid Date as null. */
function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'null' : pythonString(pythonIsoformat(d));
}

/**
 * `json.dumps(value, cls=JsonEncoder, indent=indent)` (indent 2 for resources.json/metadata.json). Key order
 * is the objects' insertion order. Integers print as integers, other numbers as Python floats; wrap a
 * number in PyFloat to force float spelling.
 */
export function pythonJson(value: unknown, indent = 2): string {
  return new PythonJsonEncoder(indent).text(value) ?? 'null';
}

/** The text of a resource's leading keys, shared by every policy that matched it (see ResourcesEncoder). */
interface PrefixEntry {
  /** How many leading keys (the rest of keys and vals are the resource's annotations, not compared). */
  readonly cut: number;
  readonly keys: readonly string[];
  readonly vals: readonly unknown[];
  /** Where the text of each leading key ends in bytes (the text of a key left out is empty). */
  readonly ends: readonly number[];
  /** Everything from the resource's opening `{` up to its first annotation (empty when nothing was written). */
  readonly bytes: Uint8Array;
  /** Whether bytes hold at least one key. */
  readonly any: boolean;
  /** The next entry with the same first value (a bucket is a short chain: one read less than a list). */
  next: PrefixEntry | undefined;
}

/** The bytes of an ASCII string (all the encoder writes), in a plain Uint8Array. */
function ascii(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'latin1'));
}

/**
 * Whether a resource's key belongs to its leading keys (see ResourcesEncoder): not a `c7n` annotation, or one
 * holding a mapping, which is fetched once per resource and shared by every policy (`c7n:InstanceAttribute`),
 * unlike the lists each policy makes (`c7n:MatchedFilters`). Only a matter of speed: leading keys are
 * compared value by value whatever they hold.
 */
function leading(key: string, value: unknown): boolean {
  return !key.startsWith('c7n') || (typeof value === 'object' && value !== null && !Array.isArray(value));
}

/** Whether the first `n` items of two lists are identical. */
function sameItems(a: readonly unknown[], b: readonly unknown[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Cached texts of small flat lists, by their items (see ResourcesEncoder.flatText). */
interface FlatNode {
  text?: Uint8Array;
  next?: Map<unknown, FlatNode>;
}

/**
 * What ResourcesEncoder.value does with the text of a nested value it wrote: nothing (a value of a resource
 * variant written once), record where it is in scratch (memoised once scratch is kept, its bytes then live
 * in the prefix's), or keep it in the arena and memoise it at once.
 */
type Memo = 'none' | 'fresh' | 'keep';

/** How many prefixes are kept per first value (variants of one resource). */
const MAX_BUCKET = 4;

/** Bounds ResourcesEncoder.shapes. */
const MAX_SHAPES = 64;

/** Bounds ResourcesEncoder.seen. */
const MAX_SEEN = 1_000_000;

/** Resource values are written at this level: the list is 0, the resources 1. */
const VALUE_LEVEL = 2;
/** A file's bytes are handed to the disk in pieces of about this size. */
const FLUSH_BYTES = 1 << 20;

/**
 * resources.json of every policy of one run, byte for byte pythonJson(list, 2), faster: the resources of a
 * run are shallow copies of one listing with per-policy annotations, and their nested values (Tags,
 * StorageConfigs, c7n:InstanceAttribute) are usually shared between policies. So the text of a resource's
 * leading keys (everything before its first per-policy `c7n` annotation, see leading()) is made once and
 * reused whenever those keys and values are identical (`===`), and so is the text of each nested value, by
 * identity. Only for values that do not change while the encoder is in use (one output folder). Text is
 * written as bytes straight into the sinks (see plain()); PythonJsonEncoder writes whatever that does not
 * know.
 */
class ResourcesEncoder {
  private readonly generic = new PythonJsonEncoder(2);
  private readonly arena = new ByteArena();
  /** A resource's leading keys are put together here before they are kept. */
  private readonly scratch = new ByteSink(64 * 1024);
  /** Nested values written at VALUE_LEVEL, by identity. */
  private readonly memo = new Map<object, Uint8Array>();
  /** Leading values of resource variants written once (see prefix). */
  private readonly seen = new Set<unknown>();
  /** Values first written into scratch, with their byte range there: memoised once scratch is kept. */
  private readonly fresh: (object | number)[] = [];
  private readonly prefixes = new Map<unknown, PrefixEntry>();
  /** Lists of leading keys (see shape). */
  private readonly shapes: (readonly string[])[] = [];
  private lastShape: readonly string[] = [];
  private readonly flat: FlatNode = {};
  private flatNodes = 0;
  private readonly ancestors: object[] = [];
  // The short pieces as bytes: copying bytes beats reading a string's characters (many of these strings
  // are ropes, from concatenation).
  private readonly breaks: Uint8Array[] = [];
  private readonly ends: Uint8Array[] = [];
  private readonly keys: Map<string, Uint8Array>[] = [];
  private readonly open = ascii(this.generic.br(1, '['));
  private readonly next = ascii(this.generic.br(1, ','));
  private readonly close = ascii(this.generic.end(0, ']'));
  private readonly closeResource = ascii(this.generic.end(1, '}'));

  /**
   * Writes pythonJson(list) into `out`. Whenever `out` holds FLUSH_BYTES or more, it is passed to `flush`,
   * which hands the bytes on and returns the sink to go on with. Returns the sink holding the rest.
   */
  async write(list: unknown, out: ByteSink, flush: (full: ByteSink) => Promise<ByteSink>): Promise<ByteSink> {
    if (!Array.isArray(list)) {
      out.push(this.generic.text(list) ?? 'null');
      return out;
    }
    const ancestors = this.ancestors;
    ancestors.length = 0;
    ancestors.push(list);
    for (let i = 0; i < list.length; i++) {
      out.pushBytes(i === 0 ? this.open : this.next);
      const x: unknown = list[i];
      if (isPlainMapping(x)) this.resource(x, out);
      else out.push((omitted(x) ? undefined : this.generic.textAt(x, 1, ancestors)) ?? 'null');
      if (out.length >= FLUSH_BYTES) out = await flush(out);
    }
    if (list.length === 0) out.push('[]');
    else out.pushBytes(this.close);
    return out;
  }

  /** A plain mapping at level 1, its leading keys' text shared (see the class comment). */
  private resource(r: Record<string, unknown>, out: ByteSink): void {
    const ancestors = this.ancestors;
    if (r === ancestors[0]) throw new TypeError('Circular reference detected');
    ancestors.push(r);
    // Values by position: comparing them needs no lookup by key.
    const keys = Object.keys(r);
    const vals = Object.values(r);
    let cut = 0;
    while (cut < keys.length && leading(keys[cut] as string, vals[cut])) cut++;
    let any = false;
    if (cut > 0) {
      const shape = this.shape(keys, cut);
      const bucket = this.prefixes.get(vals[0]);
      let hit: PrefixEntry | undefined;
      let like: PrefixEntry | undefined;
      for (let e = bucket; e !== undefined; e = e.next) {
        if (e.keys !== shape && (e.cut !== cut || !sameItems(e.keys, keys, cut))) continue;
        if (sameItems(e.vals, vals, cut)) {
          hit = e;
          break;
        }
        like = e;
      }
      if (hit !== undefined) {
        out.pushBytes(hit.bytes);
        any = hit.any;
      } else {
        any = this.prefix(shape, vals, cut, bucket, like, out);
      }
    }
    for (let i = cut; i < keys.length; i++) {
      const x = vals[i];
      if (omitted(x)) continue;
      out.pushBytes(this.key(VALUE_LEVEL, any, keys[i] as string));
      any = true;
      this.value(x, out, 'keep');
    }
    if (any) out.pushBytes(this.closeResource);
    else out.push('{}');
    ancestors.pop();
  }

  /**
   * The first `cut` keys as one list shared by every resource with those keys, so that a prefix's keys are
   * compared by identity: the resources of a policy mostly have the same keys, and the previous resource's
   * list is at hand, where each entry's own list would be one more read from memory. A copy of `keys` past
   * MAX_SHAPES (entries then compare keys one by one).
   */
  private shape(keys: readonly string[], cut: number): readonly string[] {
    if (this.lastShape.length === cut && sameItems(this.lastShape, keys, cut)) return this.lastShape;
    let shape = this.shapes.find((s) => s.length === cut && sameItems(s, keys, cut));
    if (shape === undefined) {
      shape = keys.slice(0, cut);
      if (this.shapes.length < MAX_SHAPES) this.shapes.push(shape);
    }
    this.lastShape = shape;
    return shape;
  }

  /**
   * Writes a resource's first `cut` keys into `out` and keeps their text; whether any key was written.
   * `like` is a kept resource with the same keys: the text of each key whose value it shares is copied
   * from it (a policy that replaced one nested list, such as list-item's copies, re-encodes only that).
   * Such a variant is kept only once its new values turn up a second time: copies made for one policy
   * are written by that policy only.
   */
  private prefix(
    keys: readonly string[],
    vals: unknown[],
    cut: number,
    bucket: PrefixEntry | undefined,
    like: PrefixEntry | undefined,
    out: ByteSink,
  ): boolean {
    let keep = true;
    if (like !== undefined) {
      for (let i = 0; i < cut; i++) {
        const x = vals[i];
        if (x === like.vals[i] || this.seen.has(x)) continue;
        keep = false;
        if (this.seen.size < MAX_SEEN) this.seen.add(x);
      }
    }
    const sink = keep ? this.scratch : out;
    if (keep) {
      sink.reset();
      this.fresh.length = 0;
    }
    const base = sink.length;
    const ends = new Array<number>(cut);
    let any = false;
    // A run of `like`'s bytes not copied yet.
    let from = 0;
    let to = 0;
    for (let i = 0; i < cut; i++) {
      const x = vals[i];
      if (like !== undefined) {
        const start = i === 0 ? 0 : (like.ends[i - 1] as number);
        // Its text is the same if the value is, and so is its lead (`{` or `,`) if the keys before it
        // wrote something in both or in neither.
        if (like.vals[i] === x && any === start > 0) {
          if (to !== start) {
            if (to > from) sink.pushBytes(like.bytes.subarray(from, to));
            from = start;
          }
          to = like.ends[i] as number;
          if (to > start) any = true;
          ends[i] = sink.length - base + (to - from);
          continue;
        }
        if (to > from) sink.pushBytes(like.bytes.subarray(from, to));
        from = to = 0;
      }
      if (!omitted(x)) {
        sink.pushBytes(this.key(VALUE_LEVEL, any, keys[i] as string));
        any = true;
        this.value(x, sink, keep ? 'fresh' : 'none');
      }
      ends[i] = sink.length - base;
    }
    if (to > from && like !== undefined) sink.pushBytes(like.bytes.subarray(from, to));
    if (!keep) return any;
    const text = sink.bytes();
    const bytes = this.arena.keep(text);
    if (bytes === undefined) {
      out.pushBytes(text);
      return any;
    }
    out.pushBytes(bytes);
    const fresh = this.fresh;
    for (let i = 0; i < fresh.length; i += 3) {
      this.memo.set(fresh[i] as object, bytes.subarray(fresh[i + 1] as number, fresh[i + 2] as number));
    }
    const entry: PrefixEntry = { cut, keys, vals, ends, bytes, any, next: undefined };
    if (bucket === undefined) {
      this.prefixes.set(vals[0], entry);
      return any;
    }
    let last = bucket;
    let n = 1;
    for (; last.next !== undefined; n++) last = last.next;
    if (n < MAX_BUCKET) last.next = entry;
    return any;
  }

  /** Writes a value at VALUE_LEVEL: a nested value from the memo, or written and memoised as `memo` says. */
  private value(x: unknown, out: ByteSink, memo: Memo): void {
    if (typeof x !== 'object' || x === null) {
      this.scalar(x, out);
      return;
    }
    const hit = this.memo.get(x);
    if (hit !== undefined) {
      out.pushBytes(hit);
      return;
    }
    if (isSmallFlatArray(x)) {
      out.pushBytes(this.flatText(x));
      return;
    }
    if (x instanceof Date) {
      if (Number.isNaN(x.getTime())) out.push('null');
      else out.str(pythonIsoformat(x));
      return;
    }
    const start = out.length;
    if (!this.plain(x, VALUE_LEVEL, out, 0)) {
      out.truncate(start);
      out.push(this.generic.textAt(x, VALUE_LEVEL, this.ancestors) as string);
    }
    if (memo === 'fresh') {
      this.fresh.push(x, start, out.length);
    } else if (memo === 'keep') {
      const bytes = this.arena.keep(out.view(start, out.length));
      if (bytes !== undefined) this.memo.set(x, bytes);
    }
  }

  private scalar(x: unknown, out: ByteSink): void {
    if (typeof x === 'string') out.str(x);
    else out.push(this.generic.scalar(x) as string);
  }

  /**
   * Writes a list or plain mapping of plain values as PythonJsonEncoder would, straight into `out`; false
   * (with part of it written) at anything else, such as a date, a Map or a nesting deeper than 32 (which
   * could be a cycle): the caller then writes the value with PythonJsonEncoder, which knows them all.
   */
  private plain(v: object, level: number, out: ByteSink, depth: number): boolean {
    if (depth > 32) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto === Array.prototype) {
      const list = v as readonly unknown[];
      if (list.length === 0) {
        out.push('[]');
        return true;
      }
      for (let i = 0; i < list.length; i++) {
        out.pushBytes(this.br(level + 1, i === 0 ? '[' : ','));
        if (!this.item(list[i], level + 1, out, depth)) return false;
      }
      out.pushBytes(this.end(level, ']'));
      return true;
    }
    if (proto !== Object.prototype && proto !== null) return false;
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    let any = false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const x = record[k];
      if (omitted(x)) continue;
      out.pushBytes(this.key(level + 1, any, k));
      any = true;
      if (!this.item(x, level + 1, out, depth)) return false;
    }
    if (any) out.pushBytes(this.end(level, '}'));
    else out.push('{}');
    return true;
  }

  /** A list item or mapping value inside plain(); false as plain() is. */
  private item(x: unknown, level: number, out: ByteSink, depth: number): boolean {
    if (typeof x === 'object' && x !== null) return this.plain(x, level, out, depth + 1);
    if (omitted(x)) out.push('null');
    else this.scalar(x, out);
    return true;
  }

  /**
   * The text of a small flat list at VALUE_LEVEL, kept by its items (these are new lists per resource, such
   * as `c7n:MatchedFilters`, with few distinct contents).
   */
  private flatText(list: readonly (string | number | boolean | null)[]): Uint8Array {
    let node = this.flat;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      let next = node.next?.get(item);
      if (next === undefined) {
        if (this.flatNodes >= 10_000) return ascii(this.flatEncode(list));
        next = {};
        (node.next ??= new Map()).set(item, next);
        this.flatNodes++;
      }
      node = next;
    }
    return (node.text ??= ascii(this.flatEncode(list)));
  }

  /** br() of PythonJsonEncoder, as bytes. */
  private br(level: number, lead: '{' | '[' | ','): Uint8Array {
    const slot = level * 3 + (lead === '{' ? 0 : lead === '[' ? 1 : 2);
    return (this.breaks[slot] ??= ascii(this.generic.br(level, lead)));
  }

  /** end() of PythonJsonEncoder, as bytes. */
  private end(level: number, bracket: ']' | '}'): Uint8Array {
    const slot = level * 2 + (bracket === ']' ? 0 : 1);
    return (this.ends[slot] ??= ascii(this.generic.end(level, bracket)));
  }

  /** A mapping's key at `level` with what comes before it (br(level, `{` or `,`)), as bytes. */
  private key(level: number, any: boolean, k: string): Uint8Array {
    const slot = level * 2 + (any ? 1 : 0);
    const keys = (this.keys[slot] ??= new Map());
    let e = keys.get(k);
    if (e === undefined) {
      e = ascii(this.generic.br(level, any ? ',' : '{') + this.generic.key(k));
      if (keys.size < 10000) keys.set(k, e);
    }
    return e;
  }

  private flatEncode(list: readonly (string | number | boolean | null)[]): string {
    if (list.length === 0) return '[]';
    const g = this.generic;
    let text = '';
    for (let i = 0; i < list.length; i++)
      text += g.br(VALUE_LEVEL + 1, i === 0 ? '[' : ',') + g.scalar(list[i]);
    return text + g.end(VALUE_LEVEL, ']');
  }
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

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

async function writeOne(path: string, content: string | Buffer): Promise<FileOutcome> {
  try {
    // The encoder writes ASCII only (ensure_ascii), so latin1 gives the UTF-8 bytes with a plain copy.
    await (typeof content === 'string' ? writeFile(path, content, 'latin1') : writeFile(path, content));
    return { path };
  } catch (err) {
    return { path, error: messageOf(err) };
  }
}

/**
 * Sinks that take turns: one is filled while the bytes of the others are written. Memory stays at a few
 * sinks whatever the size of the files.
 */
class SinkRing {
  private readonly sinks: ByteSink[] = [];
  private readonly free: Promise<unknown>[] = [];
  private turn = 0;

  constructor(count: number) {
    for (let i = 0; i < count; i++) {
      this.sinks.push(new ByteSink(FLUSH_BYTES + (FLUSH_BYTES >> 2)));
      this.free.push(Promise.resolve());
    }
  }

  /** The next sink, empty, once whatever it was lent to is done with it. */
  async take(): Promise<ByteSink> {
    const i = this.turn;
    this.turn = (i + 1) % this.sinks.length;
    await this.free[i];
    const sink = this.sinks[i] as ByteSink;
    sink.reset();
    return sink;
  }

  /** Marks `sink`'s bytes as in use until `done` settles. */
  lend(sink: ByteSink, done: Promise<unknown>): void {
    this.free[this.sinks.indexOf(sink)] = done;
  }
}

/**
 * One file written piece by piece at known offsets while the next piece is encoded. Nothing is created
 * before the first piece; when the encoding fails, the file is removed (no partial file, nor one left from
 * an earlier run in the same folder).
 */
class StreamedFile {
  private handle: Promise<FileHandle> | undefined;
  private size = 0;
  private readonly writes: Promise<void>[] = [];
  private failure: string | undefined;

  constructor(readonly path: string) {}

  /** Writes `bytes` after the earlier pieces; settles once written or failed, never rejects. */
  write(bytes: Uint8Array): Promise<void> {
    const handle = (this.handle ??= open(this.path, 'w'));
    const at = this.size;
    this.size += bytes.length;
    const done = handle
      .then((fh) => writeAll(fh, bytes, at))
      .catch((err: unknown) => {
        this.failure ??= messageOf(err);
      });
    this.writes.push(done);
    return done;
  }

  /** Waits for every piece, closes the file and says how it went (`encodeError`: encoding stopped). */
  async finish(encodeError?: string): Promise<FileOutcome> {
    await Promise.all(this.writes);
    if (this.handle !== undefined) {
      try {
        await (await this.handle).close();
      } catch (err) {
        this.failure ??= messageOf(err);
      }
    }
    if (encodeError !== undefined) await rm(this.path, { force: true }).catch(() => {});
    const error = encodeError ?? this.failure;
    return error === undefined ? { path: this.path } : { path: this.path, error };
  }
}

async function writeAll(fh: FileHandle, bytes: Uint8Array, at: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await fh.write(bytes, done, bytes.length - done, at + done);
    if (bytesWritten <= 0)
      throw new Error(`could not write to the file (wrote ${done} of ${bytes.length} bytes)`);
    done += bytesWritten;
  }
}

/**
 * Encodes one resources.json into sinks of the ring, each written as soon as it is full. Returns once it is
 * encoded; `outcome` settles once it is written.
 */
async function writeResources(
  path: string,
  list: unknown,
  encoder: ResourcesEncoder,
  ring: SinkRing,
): Promise<{ readonly outcome: Promise<FileOutcome> }> {
  const file = new StreamedFile(path);
  const flush = async (full: ByteSink): Promise<ByteSink> => {
    ring.lend(full, file.write(full.bytes()));
    return ring.take();
  };
  try {
    const last = await encoder.write(list, await ring.take(), flush);
    ring.lend(last, file.write(last.bytes()));
    return { outcome: file.finish() };
  } catch (err) {
    return { outcome: file.finish(messageOf(err)) };
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
    makeDirectory(root);
  } catch (err) {
    errors.push({ path: root, message: messageOf(err) });
    return { written, errors };
  }

  const resultsPath = join(root, 'results.json');
  let resultsJson: string;
  try {
    resultsJson = `${JSON.stringify(buildResultsJson(run, options.gate), null, 2)}\n`;
  } catch (err) {
    resultsJson = `${JSON.stringify({ gate: options.gate.verdict, error: `results could not be serialised: ${String(err)}`, counts: options.gate.counts }, null, 2)}\n`;
  }
  // Started first; the policies' files are encoded while it is written. results.json is JSON.stringify's
  // text (not ASCII only): UTF-8.
  const outcomes: Promise<readonly FileOutcome[]>[] = [
    writeOne(resultsPath, Buffer.from(resultsJson, 'utf8')).then((f) => [f]),
  ];

  // One encoder for every resources.json of the run: policies share resources, and resources share nested
  // values, which it encodes once (nothing changes the run's results while reports are written).
  const encoder = new ResourcesEncoder();
  const ring = new SinkRing(4);
  // Per policy, its files' outcomes in order (resources.json, metadata.json); filled as writes finish.
  const byDir = new Map<string, Promise<unknown>>();
  for (const p of run.policies) {
    if (p.status === 'skipped') continue;
    const dir = policyDir(root, p);
    // Two executions writing one folder (a duplicate name) go one after the other, the last one winning.
    const sameDir = byDir.get(dir);
    if (sameDir !== undefined) await sameDir;
    try {
      makeDirectory(dir);
    } catch (err) {
      outcomes.push(Promise.resolve([{ path: dir, error: messageOf(err) }]));
      continue;
    }
    const files: Promise<FileOutcome>[] = [];
    if (p.status === 'ok')
      files.push((await writeResources(join(dir, 'resources.json'), p.resources, encoder, ring)).outcome);
    const metaPath = join(dir, 'metadata.json');
    try {
      files.push(writeOne(metaPath, pythonJson(buildMetadata(run, p, options), 2)));
    } catch (err) {
      files.push(Promise.resolve({ path: metaPath, error: messageOf(err) }));
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

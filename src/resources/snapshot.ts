/**
 * The `--resources FILE` source: an inventory snapshot instead of a live ListInstances (design §1).
 * A JSON array of InstanceSummary objects (optionally gzip-compressed). Timestamp fields arrive as strings
 * and are read as Dates, as the AWS SDK delivers `CreatedTime`; `c7n:` keys already present are kept, so
 * pre-annotated resources (e.g. `c7n:InstanceAttribute`) are honoured by the filters.
 */
import { isAscii } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Resource } from '../filters/types.js';
import {
  arrayElementPosition,
  jsonSyntaxErrorMessage,
  rootPosition,
  type TextPosition,
} from '../json-errors.js';
import type { ListContext, ResourceSource } from '../engine/run.js';

/** Top-level fields of an InstanceSummary that are timestamps (spec §3.2). */
export const DEFAULT_TIMESTAMP_KEYS: readonly string[] = ['CreatedTime'];

/** Digits in a row that may be an integer too long to be exact as a double (2^53 has 16 digits). */
const LONG_DIGIT_RUN = 16;

/**
 * Whether `text` holds LONG_DIGIT_RUN ASCII digits in a row (inside strings or not), as /\d{16,}/ would
 * find, but reading about one character in 16 on typical JSON: a run of 16 must cover every 16th position,
 * so a non-digit there rules out all runs through it. (The regex took ~30 ms on the 12.7 MB bench file.)
 */
export function hasLongDigitRun(text: string): boolean {
  const n = text.length;
  const digit = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  // Invariant: no run of LONG_DIGIT_RUN digits ends before position i.
  let i = LONG_DIGIT_RUN - 1;
  while (i < n) {
    if (!digit(i)) {
      i += LONG_DIGIT_RUN;
      continue;
    }
    // Back to the start of the digits that end at i (at most one run length).
    const first = i - LONG_DIGIT_RUN + 1;
    let j = i - 1;
    while (j >= first && digit(j)) j--;
    if (j < first) return true;
    // j is not a digit: a run must start after it, so it must reach j + LONG_DIGIT_RUN.
    const end = j + LONG_DIGIT_RUN;
    let k = i + 1;
    while (k <= end && k < n && digit(k)) k++;
    if (k > end) return true;
    // k is not a digit (or the end): no run ends before k + LONG_DIGIT_RUN.
    i = k + LONG_DIGIT_RUN;
  }
  return false;
}

/**
 * JSON.parse, except that integers beyond ±2^53 become BigInts, so they compare exactly as Python ints
 * do (Python reads 9223372036854775808 > 9223372036854775807; doubles make them equal). Node 20 has no
 * reviver access to the source text, so documents that contain a long digit run are parsed by a small
 * exact parser; every other document takes the fast native path.
 */
export function parseJson(text: string): unknown {
  if (!hasLongDigitRun(text)) return JSON.parse(text) as unknown;
  return new ExactJsonParser(text).parseDocument();
}

class ExactJsonParser {
  private i = 0;
  constructor(private readonly s: string) {}

  parseDocument(): unknown {
    const v = this.value();
    this.ws();
    if (this.i !== this.s.length) this.fail('unexpected text after the JSON value');
    return v;
  }

  private fail(why: string): never {
    throw new SyntaxError(`${why} at position ${this.i}`);
  }

  private ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else break;
    }
  }

  private value(): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    return this.fail('unexpected character');
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('expected a string key');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('expected ":"');
      this.i++;
      out[k] = this.value();
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') this.fail('expected "," or "}"');
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return out;
      if (c !== ',') this.fail('expected "," or "]"');
    }
  }

  private string(): string {
    // Find the closing quote, then let JSON.parse decode the escapes of this one string.
    const start = this.i;
    this.i++;
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 92) this.i += 2;
      else if (c === 34) break;
      else this.i++;
    }
    if (this.i >= s.length) this.fail('unterminated string');
    this.i++;
    return JSON.parse(s.slice(start, this.i)) as string;
  }

  private number(): number | bigint {
    const m = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = this.i;
    const match = m.exec(this.s);
    if (match === null) return this.fail('invalid number');
    this.i = m.lastIndex;
    const text = match[0];
    const n = Number(text);
    if (match[1] === undefined && match[2] === undefined && !Number.isSafeInteger(n)) return BigInt(text);
    return n;
  }
}

/**
 * JSON that is not a list of resources. `detail` says what is wrong; `index` is the element at fault
 * (undefined: the document itself), so that a reader with the text can say where.
 */
export class SnapshotShapeError extends ConfigurationError {
  constructor(
    origin: string,
    readonly detail: string,
    readonly index?: number,
  ) {
    super(`${origin}: ${detail}`);
  }
}

/**
 * Turns parsed JSON into resources: every element must be a mapping; string values of `timestampKeys`
 * become Dates. A string that is not a valid timestamp stays a string (and behaves as one in filters).
 */
export function reviveResources(
  raw: unknown,
  timestampKeys: readonly string[] = DEFAULT_TIMESTAMP_KEYS,
  origin = 'resources',
): Resource[] {
  if (!Array.isArray(raw)) {
    throw new SnapshotShapeError(
      origin,
      `expected a JSON array of Connect instance summaries (as ListInstances returns them), found ${raw === null ? 'null' : typeof raw}`,
    );
  }
  const out: Resource[] = new Array<Resource>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r: unknown = raw[i];
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      throw new SnapshotShapeError(
        origin,
        `element ${i} is not an object; each resource is one InstanceSummary mapping`,
        i,
      );
    }
    const res = r as Resource;
    for (const key of timestampKeys) {
      const v = res[key];
      if (typeof v === 'string') {
        const d = new Date(v);
        if (!Number.isNaN(d.getTime())) res[key] = d;
      }
    }
    out[i] = res;
  }
  return out;
}

export interface ReadSnapshotOptions {
  /** How messages name the file (as the user gave it); default: `path`. */
  readonly name?: string;
}

/** Reads a snapshot file: `.gz` (or any gzip magic) is decompressed first. */
export async function readSnapshotFile(path: string, options: ReadSnapshotOptions = {}): Promise<Resource[]> {
  const name = options.name ?? path;
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw new ConfigurationError(`cannot read the resources file ${name}: ${errorMessage(err)}`);
  }
  let text: string;
  try {
    if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
      // Bigger output chunks than the 16 KiB default: fewer copies for a multi-megabyte snapshot.
      buf = gunzipSync(buf, { chunkSize: 256 * 1024 });
    }
    // ASCII (the usual snapshot) decodes to the same string as latin1, which is several times faster.
    text = buf.toString(isAscii(buf) ? 'latin1' : 'utf8');
  } catch (err) {
    // (a damaged gzip, or text beyond the longest string V8 holds)
    throw new ConfigurationError(
      `cannot decompress or decode the resources file ${name}: ${errorMessage(err)}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch (err) {
    // file:LINE:COLUMN, as policy errors are located (in the decompressed text for a gzipped file).
    throw new ConfigurationError(
      jsonSyntaxErrorMessage(name, text) ?? `${name}: not valid JSON: ${errorMessage(err)}`,
    );
  }
  try {
    return reviveResources(parsed, DEFAULT_TIMESTAMP_KEYS, name);
  } catch (err) {
    if (!(err instanceof SnapshotShapeError)) throw err;
    const at: TextPosition | undefined =
      err.index === undefined ? rootPosition(text) : arrayElementPosition(text, err.index);
    if (at === undefined) throw err;
    throw new ConfigurationError(`${name}:${at.line}:${at.column}: ${err.detail}`);
  }
}

/** A ResourceSource over resources already in memory (tests, conformance cases, the bench). */
export class StaticSource implements ResourceSource {
  constructor(private readonly resources: readonly Resource[]) {}
  list(_ctx: ListContext): Promise<Resource[]> {
    return Promise.resolve([...this.resources]);
  }
}

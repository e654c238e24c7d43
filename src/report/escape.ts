/**
 * Text hygiene for everything a report shows. Strings that come from the cloud (instance aliases, tags, AWS
 * error messages) or from an accounts file are untrusted: in a job summary they could break a table, inject
 * HTML, open a code span or trigger GitHub's math rendering; in annotations and SARIF they could smuggle
 * control characters. Every reporter passes such strings through one of the helpers here.
 */

/**
 * Characters that carry meaning in GitHub-flavoured Markdown or HTML, mapped to numeric character references.
 * CommonMark treats a character reference as literal text, never as syntax, so `&#124;` cannot split a table
 * cell and `&#42;` cannot open emphasis. Code spans would not help: a backtick in the value could close them.
 * `$` is here because GitHub renders `$...$` as math; `\` because it would escape whatever we emit next;
 * `@` so an alias cannot render as a team mention.
 */
const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '#': '&#35;',
  '!': '&#33;',
  '~': '&#126;',
  $: '&#36;',
  '{': '&#123;',
  '}': '&#125;',
  '@': '&#64;',
};
const MARKDOWN_SPECIAL = /[&<>"'|\\`*_[\]#!~${}@]/g;

/**
 * Line breaks, other C0/C1 controls, and Unicode line/paragraph separators and bidi overrides (which can make
 * text display differently from what it is, "Trojan Source" style). Tabs count as whitespace too.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What singleLine changes: CONTROL characters, runs of spaces, whitespace at either end (as trim() knows it). */
const NOT_CLEAN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]| {2}|^\s|\s$/;

/** Collapses line breaks and control characters to single spaces, for one-line contexts. */
export function singleLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Cuts a string to at most `max` code points (never splitting a surrogate pair), marking the cut with `…`.
 * Always cut before escaping, so an entity is never cut in half.
 */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  // Fast path: a UTF-16 length within the limit means the code point count is too.
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/**
 * Untrusted text → inline Markdown that renders as exactly that text, on one line, safe inside a table cell.
 * `max` bounds the output length (in code points of the input) so one huge value cannot fill the summary.
 */
export function md(value: unknown, max = 200): string {
  return bounded(value, max).replace(MARKDOWN_SPECIAL, (c) => MARKDOWN_ENTITIES[c] ?? c);
}

/**
 * One line of at most `max` code points. A huge value is cut before the line clean-up, so a 10 MB error
 * message costs no more than a short one; the cut is still marked.
 */
function bounded(value: unknown, max: number): string {
  const raw = plainString(value);
  // Most values (ids, ARNs, names) are one clean line already: singleLine and truncate would return them as
  // they are, so a single scan decides.
  if (raw.length <= max && !NOT_CLEAN.test(raw)) return raw;
  const window = max * 4 + 16;
  if (raw.length <= window) return truncate(singleLine(raw), max);
  const points = Array.from(singleLine(raw.slice(0, window)));
  return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** Untrusted text → HTML text content (for the rare HTML we emit, e.g. `<details>` summaries). */
export function html(value: unknown, max = 200): string {
  return bounded(value, max).replace(/[&<>"'`]/g, (c) => MARKDOWN_ENTITIES[c] ?? c);
}

/**
 * Untrusted text → plain text for annotations and SARIF messages: control characters and line breaks become
 * spaces (a runner workflow command is one line; the runner escapes the rest), length bounded.
 */
export function plain(value: unknown, max = 500): string {
  return bounded(value, max);
}

/** A fenced code block that no backtick run inside `content` can close (CommonMark: the fence must be longer). */
export function fencedBlock(content: string, info = ''): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${content.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n${fence}`;
}

/** Any value as a display string: strings as they are, Dates as ISO, the rest as compact JSON. */
export function plainString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/**
 * Keys whose values are credentials or credential-like. Policy data can carry webhook headers
 * (`Authorization`), Lambda or webhook URLs with tokens, and run config can carry an STS external id.
 * Reports (SARIF help, summary, metadata.json) never show those values.
 */
const SECRET_KEY =
  /(pass(word|wd|phrase)?|secret|token|credential|api[-_]?key|access[-_]?key|private[-_]?key|authori[sz]ation|auth|cookie|session[-_]?key|signature|external[-_]?id)$/i;

export const REDACTED = '***';

/** True when a mapping key names a credential. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.replace(/[\s.]/g, ''));
}

/** `https://hooks.example.com/…`: the origin of a URL, without path, query or credentials. */
export function urlOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname !== '/' || u.search ? '/…' : '/'}`;
  } catch {
    return REDACTED;
  }
}

/** Removes user:password@ from URLs and token-looking query parameters. */
export function redactString(value: string): string {
  return value
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, `$1${REDACTED}@`)
    .replace(
      /([?&](?:[a-z0-9_-]*(?:token|secret|key|sig|signature|password|auth)[a-z0-9_-]*)=)[^&#\s]*/gi,
      `$1${REDACTED}`,
    );
}

/**
 * A deep copy with credential values replaced by `***`. Key order is kept (reports mirror the policy file);
 * Dates and other non-plain objects are kept as they are; cycles are cut.
 */
export function redact<T>(value: T): T {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactString(v);
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Date) return v;
    if (seen.has(v)) return '[circular]';
    seen.add(v);
    let out: unknown;
    if (Array.isArray(v)) {
      out = v.map(walk);
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      const copy: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        copy[k] =
          isSecretKey(k) && item !== null && item !== undefined && item !== '' ? REDACTED : walk(item);
      }
      // Webhook URLs carry their secret in the path (Slack, Teams): keep only the origin.
      if (copy.type === 'webhook' && typeof copy.url === 'string') copy.url = urlOrigin(copy.url);
      out = copy;
    } else {
      out = v;
    }
    seen.delete(v);
    return out;
  };
  return walk(value) as T;
}

/**
 * `n.toLocaleString('en-US')` (`25,000`) for an integer, without loading the locale data, which costs
 * ≈25 ms the first time in a process.
 */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Python `re` patterns on ECMAScript (spec Appendix C), with `re.match` semantics (anchored at the start
 * only), plus `fnmatch` globs.
 *
 * The translation walks the Python pattern once and emits an equivalent `u`-mode JS pattern:
 * `(?P<n>…)`/`(?P=n)`, `\A`/`\Z`, Python's `$` (end or before a final newline), `.` (only `\n` excluded),
 * Unicode-aware `\d \w \b \s`, leading inline flags `(?aimsx)`, `{,n}`, and literal `{`/`}`.
 * Constructs ECMAScript cannot express (conditionals, scoped flags, atomic groups, possessive
 * quantifiers) raise PyRegexError, as do Python's own syntax errors, with the position in the pattern.
 */

/** A pattern Python would reject (or that we cannot translate). `position` is an index in the pattern. */
export class PyRegexError extends Error {
  override readonly name = 'PyRegexError';
  constructor(
    message: string,
    readonly pattern: string,
    readonly position?: number,
  ) {
    super(position === undefined ? message : `${message} at position ${position}`);
  }
}

export interface CompiledPyRegex {
  /** The sticky JS RegExp: exec() only after setting lastIndex = 0. */
  readonly re: RegExp;
  /** Number of capturing groups (Python's `pattern.groups`). */
  readonly groups: number;
  /** Python `re.match(pattern, s)`: the match at position 0, or null. */
  match(s: string): RegExpExecArray | null;
  /** `match(s) !== null`, without making the match. */
  matches(s: string): boolean;
}

const WORD = '\\p{L}\\p{N}_';
const ASCII_WORD = 'A-Za-z0-9_';
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const ASCII_SPACE = '\\t\\n\\v\\f\\r ';
const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/'.split(''));

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  a: boolean;
}

function hex(c: number): string {
  return `\\u{${c.toString(16)}}`;
}

/** Escape a literal code point outside a class. */
function litOut(c: number): string {
  const ch = String.fromCodePoint(c);
  if (SYNTAX_CHARS.has(ch)) return '\\' + ch;
  if (c < 0x20 || c > 0x7e) return hex(c);
  return ch;
}

/** Escape a literal code point inside a class. */
function litIn(c: number): string {
  const ch = String.fromCodePoint(c);
  if (ch === ']' || ch === '\\' || ch === '^' || ch === '-' || ch === '[') return '\\' + ch;
  if (c < 0x20 || c > 0x7e) return hex(c);
  return ch;
}

class Translator {
  private i = 0;
  groups = 0;
  private readonly names = new Set<string>();
  readonly flags: Flags = { i: false, m: false, s: false, x: false, a: false };

  constructor(private readonly p: string) {}

  private err(msg: string, pos = this.i): never {
    throw new PyRegexError(msg, this.p, pos);
  }

  private word(): string {
    return this.flags.a ? ASCII_WORD : WORD;
  }
  private digit(): string {
    return this.flags.a ? '0-9' : '\\p{Nd}';
  }
  private space(): string {
    return this.flags.a ? ASCII_SPACE : SPACE;
  }

  translate(): string {
    this.leadingFlags();
    const out = this.alternation(0);
    if (this.i < this.p.length) this.err('unbalanced parenthesis');
    return out;
  }

  /** Global inline flags are only allowed at the very start (Python 3.11+). */
  private leadingFlags(): void {
    for (;;) {
      const m = /^\(\?([aiLmsux]+)\)/.exec(this.p.slice(this.i));
      if (!m) return;
      for (const f of m[1] as string) {
        if (f === 'L') this.err("bad inline flags: cannot use 'L' flag with a str pattern");
        if (f === 'u') continue;
        this.flags[f as keyof Flags] = true;
      }
      this.i += m[0].length;
    }
  }

  private skipVerbose(): void {
    if (!this.flags.x) return;
    while (this.i < this.p.length) {
      const c = this.p[this.i] as string;
      if (/\s/.test(c)) this.i++;
      else if (c === '#') {
        while (this.i < this.p.length && this.p[this.i] !== '\n') this.i++;
      } else break;
    }
  }

  private alternation(depth: number): string {
    const branches: string[] = [this.sequence(depth)];
    while (this.p[this.i] === '|') {
      this.i++;
      branches.push(this.sequence(depth));
    }
    return branches.join('|');
  }

  private sequence(depth: number): string {
    let out = '';
    let lastAtomStart = -1;
    for (;;) {
      this.skipVerbose();
      if (this.i >= this.p.length) break;
      const c = this.p[this.i] as string;
      if (c === '|') break;
      if (c === ')') {
        if (depth === 0) this.err('unbalanced parenthesis');
        break;
      }
      const q = this.quantifier();
      if (q !== undefined) {
        if (lastAtomStart < 0) this.err('nothing to repeat');
        out += q;
        // A quantifier may be followed by `?` (lazy); `+` (possessive) is not expressible in JS.
        this.skipVerbose();
        if (this.p[this.i] === '?') {
          out += '?';
          this.i++;
        } else if (this.p[this.i] === '+') {
          this.err('possessive quantifiers are not supported');
        }
        this.skipVerbose();
        if (this.quantifierAhead()) this.err('multiple repeat');
        lastAtomStart = -1;
        continue;
      }
      lastAtomStart = out.length;
      const atom = this.atom(depth);
      // Anchors cannot be repeated in Python either; keep them repeatable-free.
      if (atom.anchor) lastAtomStart = -1;
      out += atom.text;
    }
    return out;
  }

  private quantifierAhead(): boolean {
    const c = this.p[this.i];
    if (c === '*' || c === '+' || c === '?') return true;
    if (c === '{') return /^\{(\d*)(,(\d*))?\}/.test(this.p.slice(this.i)) && this.p[this.i + 1] !== '}';
    return false;
  }

  private quantifier(): string | undefined {
    const c = this.p[this.i];
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      return c;
    }
    if (c === '{') {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(this.p.slice(this.i));
      if (!m || (m[1] === '' && m[2] === undefined)) return undefined; // a literal `{` in Python
      const lo = m[1] === '' ? '0' : (m[1] as string);
      const hi = m[2] === undefined ? undefined : (m[3] as string);
      if (hi !== undefined && hi !== '' && Number(hi) < Number(lo))
        this.err('min repeat greater than max repeat');
      this.i += m[0].length;
      return hi === undefined ? `{${lo}}` : `{${lo},${hi}}`;
    }
    return undefined;
  }

  private atom(depth: number): { text: string; anchor?: boolean } {
    const p = this.p;
    const c = p[this.i] as string;
    switch (c) {
      case '(':
        return { text: this.group(depth) };
      case '[':
        return { text: this.charClass() };
      case '.':
        this.i++;
        return { text: this.flags.s ? '[\\s\\S]' : '[^\\n]' };
      case '^':
        this.i++;
        return { text: this.flags.m ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])', anchor: true };
      case '$':
        this.i++;
        // Python `$`: end of string or just before a final newline (or before any newline with (?m)).
        return { text: this.flags.m ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', anchor: true };
      case '\\':
        return this.escape(false);
      case '{':
      case '}':
        this.i++;
        return { text: '\\' + c };
      default: {
        const cp = p.codePointAt(this.i) as number;
        this.i += cp > 0xffff ? 2 : 1;
        return { text: litOut(cp) };
      }
    }
  }

  private group(depth: number): string {
    const p = this.p;
    const start = this.i;
    this.i++;
    let prefix = '(';
    if (p[this.i] === '?') {
      const rest = p.slice(this.i);
      let m: RegExpExecArray | null;
      if (rest.startsWith('?:')) {
        prefix = '(?:';
        this.i += 2;
      } else if ((m = /^\?P<([^>]*)>/.exec(rest))) {
        const name = m[1] as string;
        if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name))
          this.err(`bad character in group name '${name}'`, this.i + 3);
        if (this.names.has(name)) this.err(`redefinition of group name '${name}'`, this.i + 3);
        this.names.add(name);
        this.groups++;
        prefix = `(?<${name}>`;
        this.i += m[0].length;
      } else if ((m = /^\?P=([^)]*)\)/.exec(rest))) {
        const name = m[1] as string;
        if (!this.names.has(name)) this.err(`unknown group name '${name}'`, this.i + 3);
        this.i += m[0].length;
        return `\\k<${name}>`;
      } else if (rest.startsWith('?#')) {
        const end = p.indexOf(')', this.i);
        if (end < 0) this.err('missing ), unterminated comment', start);
        this.i = end + 1;
        return '(?:)';
      } else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        prefix = '(' + rest.slice(0, 2);
        this.i += 2;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        prefix = '(' + rest.slice(0, 3);
        this.i += 3;
      } else if (/^\?[aiLmsux-]+[:)]/.test(rest)) {
        if (/^\?[aiLmsux]+\)/.test(rest)) this.err('global flags not at the start of the expression', start);
        this.err('scoped inline flags are not supported', start);
      } else if (rest.startsWith('?(')) {
        this.err('conditional groups are not supported', start);
      } else if (rest.startsWith('?>')) {
        this.err('atomic groups are not supported', start);
      } else {
        this.err('unknown extension ?' + (rest[1] ?? ''), start + 1);
      }
    } else {
      this.groups++;
    }
    const inner = this.alternation(depth + 1);
    if (p[this.i] !== ')') this.err('missing ), unterminated subpattern', start);
    this.i++;
    return prefix + inner + ')';
  }

  /** An escape outside (inClass=false) or inside a class. Returns JS text; class items are raw members. */
  private escape(inClass: boolean): { text: string; anchor?: boolean; negSet?: string; set?: string } {
    const p = this.p;
    const start = this.i;
    this.i++;
    if (this.i >= p.length) this.err('bad escape (end of pattern)', start);
    const c = p[this.i] as string;
    this.i++;
    const w = this.word();
    switch (c) {
      case 'd':
        return { text: `[${this.digit()}]`, set: this.digit() };
      case 'D':
        return { text: `[^${this.digit()}]`, negSet: this.digit() };
      case 'w':
        return { text: `[${w}]`, set: w };
      case 'W':
        return { text: `[^${w}]`, negSet: w };
      case 's':
        return { text: `[${this.space()}]`, set: this.space() };
      case 'S':
        return { text: `[^${this.space()}]`, negSet: this.space() };
      case 'b':
        if (inClass) return { text: '\\x08', set: '\\x08' };
        return { text: `(?:(?<=[${w}])(?![${w}])|(?<![${w}])(?=[${w}]))`, anchor: true };
      case 'B':
        if (inClass) this.err('bad escape \\B', start);
        return { text: `(?:(?<=[${w}])(?=[${w}])|(?<![${w}])(?![${w}]))`, anchor: true };
      case 'A':
        if (inClass) this.err('bad escape \\A', start);
        return { text: '(?<![\\s\\S])', anchor: true };
      case 'Z':
        if (inClass) this.err('bad escape \\Z', start);
        return { text: '(?![\\s\\S])', anchor: true };
      case 'a':
        return this.litEsc(7, inClass);
      case 'f':
        return this.litEsc(12, inClass);
      case 'n':
        return this.litEsc(10, inClass);
      case 'r':
        return this.litEsc(13, inClass);
      case 't':
        return this.litEsc(9, inClass);
      case 'v':
        return this.litEsc(11, inClass);
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(p.slice(this.i));
        if (!m) this.err('incomplete escape \\x', start);
        this.i += 2;
        return this.litEsc(parseInt(m[0], 16), inClass);
      }
      case 'u':
      case 'U': {
        const len = c === 'u' ? 4 : 8;
        const m = new RegExp(`^[0-9a-fA-F]{${len}}`).exec(p.slice(this.i));
        if (!m) this.err(`incomplete escape \\${c}`, start);
        const cp = parseInt(m[0], 16);
        if (cp > 0x10ffff) this.err(`bad escape \\${c}`, start);
        this.i += len;
        return this.litEsc(cp, inClass);
      }
      case 'N':
        this.err('\\N{...} escapes are not supported', start);
        break;
      default:
        break;
    }
    if (c >= '0' && c <= '9') {
      // Octal escapes (\0, \012, \123) or group references (\1..\99).
      const rest = p.slice(this.i - 1);
      const oct = /^(?:0[0-7]{0,2}|[0-7]{3})/.exec(rest);
      if (oct && (c === '0' || oct[0].length === 3)) {
        this.i += oct[0].length - 1;
        const v = parseInt(oct[0], 8);
        if (v > 0o377) this.err('octal escape value outside of range 0-0o377', start);
        return this.litEsc(v, inClass);
      }
      if (inClass) this.err(`bad escape \\${c}`, start);
      const m = /^[0-9]{1,2}/.exec(rest) as RegExpExecArray;
      this.i += m[0].length - 1;
      const g = Number(m[0]);
      if (g > this.groups) this.err('invalid group reference ' + g, start + 1);
      return { text: `(?:\\${g})` };
    }
    if (/[A-Za-z]/.test(c)) this.err(`bad escape \\${c}`, start);
    // Any other escaped character is itself.
    const cp = p.codePointAt(this.i - 1) as number;
    if (cp > 0xffff) this.i++;
    return this.litEsc(cp, inClass);
  }

  private litEsc(cp: number, inClass: boolean): { text: string; set: string } {
    return { text: inClass ? litIn(cp) : litOut(cp), set: litIn(cp) };
  }

  /**
   * A character class. Negated escapes (\W, \D, \S) cannot be nested in a `u`-mode class, so a class that
   * contains them becomes an alternation: [a\W] → (?:[a]|[^w]) and [^a\W] → (?:(?![a]|[^w])[\s\S]).
   */
  private charClass(): string {
    const p = this.p;
    const start = this.i;
    this.i++;
    let negate = false;
    if (p[this.i] === '^') {
      negate = true;
      this.i++;
    }
    let pos = '';
    const negs: string[] = [];
    let first = true;
    let prevCp: number | undefined; // last single code point, for ranges
    for (;;) {
      if (this.i >= p.length) this.err('unterminated character set', start);
      const c = p[this.i] as string;
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      if (c === '-' && prevCp !== undefined && p[this.i + 1] !== ']' && this.i + 1 < p.length) {
        // A range prevCp-hi.
        this.i++;
        let hi: number;
        if (p[this.i] === '\\') {
          const e = this.escape(true);
          const single = this.singleOf(e.set);
          if (single === undefined) this.err('bad character range', this.i);
          hi = single;
        } else {
          hi = p.codePointAt(this.i) as number;
          this.i += hi > 0xffff ? 2 : 1;
        }
        if (hi < prevCp) this.err('bad character range', this.i);
        pos += '-' + litIn(hi);
        prevCp = undefined;
        continue;
      }
      if (c === '\\') {
        const e = this.escape(true);
        if (e.negSet !== undefined) negs.push(e.negSet);
        else pos += e.set ?? '';
        prevCp = this.singleOf(e.set);
        continue;
      }
      const cp = p.codePointAt(this.i) as number;
      this.i += cp > 0xffff ? 2 : 1;
      pos += litIn(cp);
      prevCp = cp;
    }
    if (negs.length === 0) {
      if (pos === '') return negate ? '[\\s\\S]' : '[]';
      return negate ? `[^${pos}]` : `[${pos}]`;
    }
    const alts = [...(pos ? [`[${pos}]`] : []), ...negs.map((n) => `[^${n}]`)];
    return negate ? `(?:(?!${alts.join('|')})[\\s\\S])` : `(?:${alts.join('|')})`;
  }

  /** The code point of a class member produced for a single character, if it is one. */
  private singleOf(set: string | undefined): number | undefined {
    if (set === undefined) return undefined;
    let m = /^\\u\{([0-9a-f]+)\}$/.exec(set);
    if (m) return parseInt(m[1] as string, 16);
    if (set === '\\x08') return 8;
    m = /^\\?([\s\S])$/u.exec(set);
    if (m) return (m[1] as string).codePointAt(0);
    return undefined;
  }
}

export interface TranslatedRegex {
  source: string;
  flags: string;
  groups: number;
}

/** Translate a Python pattern. `ignoreCase` adds re.IGNORECASE. Throws PyRegexError. */
export function translatePyRegex(pattern: string, ignoreCase = false): TranslatedRegex {
  const t = new Translator(pattern);
  const source = t.translate();
  let flags = 'uy';
  if (ignoreCase || t.flags.i) flags += 'i';
  return { source, flags, groups: t.groups };
}

const cache = new Map<string, CompiledPyRegex>();

/**
 * Compile (once, cached) a Python pattern for `re.match`. Throws PyRegexError for patterns Python
 * rejects or that cannot be expressed in ECMAScript.
 */
export function compilePyRegex(pattern: string, ignoreCase = false): CompiledPyRegex {
  const key = (ignoreCase ? 'i' : 'c') + pattern;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = translatePyRegex(pattern, ignoreCase);
  let re: RegExp;
  try {
    re = new RegExp(t.source, t.flags);
  } catch (e) {
    throw new PyRegexError(`cannot compile pattern: ${(e as Error).message}`, pattern);
  }
  const compiled: CompiledPyRegex = {
    re,
    groups: t.groups,
    match(s: string) {
      re.lastIndex = 0;
      return re.exec(s);
    },
    matches(s: string) {
      re.lastIndex = 0;
      return re.test(s);
    },
  };
  if (cache.size > 1000) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Python `re.match(pattern, s[, re.I]) is not None`. */
export function pyReMatch(pattern: string, s: string, ignoreCase = false): boolean {
  return compilePyRegex(pattern, ignoreCase).matches(s);
}

// ---------------------------------------------------------------------------------------------------
// fnmatch

/**
 * Python `fnmatch.translate` on POSIX as an anchored JS source: `*` any run (incl. `/` and newlines),
 * `?` one character, `[seq]`/`[!seq]` classes (a `]` first is literal, reversed ranges are empty), an
 * unclosed `[` is literal, and no escape character.
 */
export function translateGlob(pat: string): string {
  let out = '';
  let i = 0;
  const n = pat.length;
  while (i < n) {
    const c = pat[i] as string;
    i++;
    if (c === '*') {
      if (!out.endsWith('[\\s\\S]*')) out += '[\\s\\S]*';
    } else if (c === '?') {
      out += '[\\s\\S]';
    } else if (c === '[') {
      let j = i;
      if (j < n && pat[j] === '!') j++;
      if (j < n && pat[j] === ']') j++;
      while (j < n && pat[j] !== ']') j++;
      if (j >= n) {
        out += '\\[';
        continue;
      }
      let body = Array.from(pat.slice(i, j));
      i = j + 1;
      let negate = false;
      if (body[0] === '!') {
        negate = true;
        body = body.slice(1);
      }
      let cls = '';
      let empty = true;
      for (let k = 0; k < body.length; k++) {
        const lo = (body[k] as string).codePointAt(0) as number;
        if (body[k + 1] === '-' && k + 2 < body.length) {
          const hi = (body[k + 2] as string).codePointAt(0) as number;
          k += 2;
          if (hi < lo) continue; // Python drops reversed (empty) ranges
          cls += litIn(lo) + '-' + litIn(hi);
        } else {
          cls += litIn(lo);
        }
        empty = false;
      }
      if (empty) out += negate ? '[\\s\\S]' : '(?!)';
      else out += negate ? `[^${cls}]` : `[${cls}]`;
    } else {
      const cp = pat.codePointAt(i - 1) as number;
      if (cp > 0xffff) i++;
      out += litOut(cp);
    }
  }
  return '^(?:' + out + ')$';
}

/**
 * A matcher for `fnmatch(s, pattern)`. Patterns made of literal text and `*` only (the usual kind:
 * `*-test*`, `arn:aws:iam::*:role/...`) are matched by finding their literal pieces in order, leftmost
 * first, which decides the same as the regex without its backtracking over `[\s\S]*`. Anything else, and
 * patterns with surrogate code units (where code units and code points could part), go through the
 * translated regex.
 */
export function compileGlob(pattern: string): (s: string) => boolean {
  if (/[?[\uD800-\uDFFF]/.test(pattern)) {
    const re = new RegExp(translateGlob(pattern), 'u');
    return (s) => re.test(s);
  }
  const parts = pattern.split('*');
  if (parts.length === 1) return (s) => s === pattern;
  const head = parts[0] as string;
  const tail = parts[parts.length - 1] as string;
  const middle = parts.slice(1, -1).filter((p) => p.length > 0);
  const shortest = head.length + tail.length;
  return (s) => {
    if (s.length < shortest || !s.startsWith(head) || !s.endsWith(tail)) return false;
    const end = s.length - tail.length;
    let at = head.length;
    for (let i = 0; i < middle.length; i++) {
      const piece = middle[i] as string;
      const k = s.indexOf(piece, at);
      if (k < 0 || k + piece.length > end) return false;
      at = k + piece.length;
    }
    return true;
  };
}

const globCache = new Map<string, (s: string) => boolean>();

/** Python `fnmatch.fnmatch(s, pattern)` on Linux (case-sensitive, whole string). */
export function fnmatch(s: string, pattern: string): boolean {
  let match = globCache.get(pattern);
  if (!match) {
    match = compileGlob(pattern);
    if (globCache.size > 1000) globCache.clear();
    globCache.set(pattern, match);
  }
  return match(s);
}

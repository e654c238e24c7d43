/**
 * Where a JSON file stops being JSON, or which element of it is wrong, as `LINE:COLUMN` for messages of the
 * form `file:LINE:COLUMN: ...` that policy errors have too. Only on the error path: V8's own message gives
 * the reason (and mostly the offset); jsonc-parser finds the offset where V8's message has none, and the
 * place of an array element.
 */
import { parse as parseJsonc, parseTree, type ParseError } from 'jsonc-parser';

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  readonly column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** How much text is shown around the place: a snapshot is often one line of megabytes. */
const EXCERPT_BEFORE = 24;
const EXCERPT_AFTER = 16;

/** The text just before and at `offset`, on its line, quoted, for the reader to find the place. */
function excerptAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : newline;
  const from = Math.max(lineStart, offset - EXCERPT_BEFORE);
  const to = Math.min(lineEnd, offset + EXCERPT_AFTER);
  const piece = text.slice(from, to).replace(/\r$/, '');
  return `${from > lineStart ? '…' : ''}${JSON.stringify(piece)}${to < lineEnd ? '…' : ''}`;
}

// V8 (Node 20): "Expected ',' or '}' after property value in JSON at position 7", newer ones add
// " (line 1 column 8)"; "Unexpected token ']', "[1,]" is not valid JSON" (the text quoted with "..." around it
// when long) has no position.
const V8_POSITION = / (?:in|after) JSON at position (\d+)(?: \(line \d+ column \d+\))?$/;
/** Characters a terminal would not show as they are: written as \uXXXX in the reason. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g;
const V8_QUOTED_TEXT = /, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;

/**
 * `file:LINE:COLUMN: not valid JSON: reason (near "…")` for `text`, the content of `file`, which is not valid
 * JSON; undefined if it is (the caller's parser then refused something else, and its own message says what).
 */
export function jsonSyntaxErrorMessage(file: string, text: string): string | undefined {
  let message: string;
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    message = err instanceof Error ? err.message : String(err);
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // Some editors on Windows write one; V8 would name an invisible character.
    return `${file}:1:1: not valid JSON: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one`;
  }
  const at = V8_POSITION.exec(message);
  const offset = at !== null ? Number(at[1]) : firstProblemOffset(text);
  const reason = message
    .replace(V8_POSITION, '')
    .replace(V8_QUOTED_TEXT, '')
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (offset === undefined) return `${file}: not valid JSON: ${reason}`;
  const { line, column } = positionAt(text, offset);
  const near =
    text.length === 0
      ? 'the file is empty'
      : offset >= text.length
        ? 'at the end of the file'
        : `near ${excerptAt(text, offset)}`;
  return `${file}:${line}:${column}: not valid JSON: ${reason} (${near})`;
}

/** The offset of the first thing jsonc-parser, held to plain JSON, refuses in `text`. */
function firstProblemOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset;
}

/** Where element `index` of the top-level array of `text` (valid JSON) starts. */
export function arrayElementPosition(text: string, index: number): TextPosition | undefined {
  const root = parseTree(text);
  const element = root?.type === 'array' ? root.children?.[index] : undefined;
  return element === undefined ? undefined : positionAt(text, element.offset);
}

/** Where the top-level value of `text` (valid JSON) starts. */
export function rootPosition(text: string): TextPosition {
  return positionAt(text, text.length - text.trimStart().length);
}

/**
 * Syntax checks the validator shares with the engine: the same JMESPath dialect, Python regex translation
 * and date parser the filters run with, so "valid" here means "compiles there".
 */
import { parseDate } from '../filters/dates.js';
import { compileJmes, JmesSyntaxError } from '../filters/jmespath.js';
import { compilePyRegex, PyRegexError } from '../filters/pyregex.js';

/** A fixed clock is enough: the question is only whether the text parses. */
const PARSE_CLOCK = new Date(Date.UTC(2000, 0, 1));

export function dateParses(value: unknown): boolean {
  return parseDate(value, PARSE_CLOCK) !== null;
}

/** The syntax error of a JMESPath expression (with a caret where known), or undefined when it compiles. */
export function jmespathError(expr: string): string | undefined {
  try {
    compileJmes(expr);
    return undefined;
  } catch (err) {
    if (err instanceof JmesSyntaxError) return err.message;
    throw err;
  }
}

/** Why Python's `re` would reject the pattern, or undefined when it compiles. */
export function regexError(pattern: string): string | undefined {
  try {
    compilePyRegex(pattern);
    return undefined;
  } catch (err) {
    if (err instanceof PyRegexError) return err.message;
    throw err;
  }
}

/** Python's `pattern.groups`; call only on a pattern that compiles. */
export function capturingGroupCount(pattern: string): number {
  return compilePyRegex(pattern).groups;
}

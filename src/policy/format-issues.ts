/** Renders validation issues for people (compiler-style lines) and for tools (JSON). */
import type { ValidationIssue } from '../engine/types.js';

export function issueLine(issue: ValidationIssue): string {
  const policy = issue.policy ? ` [policy ${issue.policy}]` : '';
  const where = issue.path ? ` (at ${issue.path})` : '';
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.severity}:${policy} ${issue.message}${where}`;
}

export function issuesAsJson(issues: readonly ValidationIssue[]): string {
  return JSON.stringify(
    issues.map((i) => ({
      file: i.file,
      line: i.line,
      column: i.column,
      policy: i.policy ?? null,
      severity: i.severity,
      message: i.message,
      path: i.path ?? null,
    })),
    null,
    2,
  );
}

export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

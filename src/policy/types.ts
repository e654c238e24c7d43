/**
 * A policy as loaded from a file: the mapping as Cloud Custodian would see it (YAML 1.1 scalars resolved,
 * anchors and merges applied) plus where it came from, so every later error can point at its line.
 */
import type { Severity, SourceLocation } from '../engine/types.js';

export type PathSegment = string | number;

export interface LoadedPolicy {
  readonly name: string;
  /** As written: `connect-instance` or `aws.connect-instance` (conditions see this form, spec §1.3). */
  readonly resource: string;
  /** The raw policy mapping, before variable interpolation. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly location: SourceLocation;
  readonly severity: Severity;
  /** Where a node of this policy stands, by its path below the policy (e.g. ['filters', 2, 'op']). */
  locate(path: readonly PathSegment[]): SourceLocation;
}

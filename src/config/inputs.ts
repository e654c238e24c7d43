/**
 * The action's inputs (design.md §1), parsed once into a typed Config. Input names are a contract with
 * users' workflows: they live here as constants and nowhere else.
 */
import type { Mode, Severity } from '../engine/types.js';
import { parseFailOn, parseSeverity, parseWarnOn, type FailOn } from '../gate.js';
import { ConfigurationError } from '../errors.js';
import { DEFAULT_POLICY_PATTERNS } from '../policy/load.js';

export const INPUT = {
  mode: 'mode',
  policies: 'policies',
  roleToAssume: 'role-to-assume',
  accountsFile: 'accounts-file',
  regions: 'regions',
  audience: 'audience',
  roleSessionName: 'role-session-name',
  roleDurationSeconds: 'role-duration-seconds',
  failOn: 'fail-on',
  failSeverity: 'fail-severity',
  warnOn: 'warn-on',
  sarifFile: 'sarif-file',
  outputDir: 'output-dir',
  eventFile: 'event-file',
  jobSummary: 'job-summary',
  annotations: 'annotations',
  category: 'category',
  allowEnforceOnPullRequest: 'allow-enforce-on-pull-request',
} as const;

export interface Config {
  mode: Mode;
  policies: string[];
  roleToAssume?: string;
  accountsFile?: string;
  /** Empty: the default (AWS_REGION, else us-east-1) applies. */
  regions: string[];
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  failOn: FailOn;
  failSeverity: Severity;
  warnOn: string[];
  sarifFile: string;
  outputDir: string;
  eventFile?: string;
  jobSummary: boolean;
  annotations: boolean;
  category: string;
  allowEnforceOnPullRequest: boolean;
}

/** Reads one input as the runner passes it (empty string when unset). */
export type InputReader = (name: string) => string;

function list(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`input ${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}

/** Runs a shared parser (src/gate.ts, whose messages start with the input's name) for an action input. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new ConfigurationError(`input ${(err as Error).message}`);
  }
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new ConfigurationError(`input ${name} must be true or false; got "${value}"`);
}

export function readConfig(get: InputReader): Config {
  const read = (name: string) => get(name).trim();
  const duration = read(INPUT.roleDurationSeconds) || '3600';
  if (!/^\d+$/.test(duration) || Number(duration) < 900 || Number(duration) > 43200) {
    throw new ConfigurationError(
      `input ${INPUT.roleDurationSeconds} must be a whole number of seconds from 900 to 43200; got "${duration}"`,
    );
  }
  const policies = get(INPUT.policies)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    mode: oneOf(INPUT.mode, read(INPUT.mode), ['validate', 'report', 'enforce'] as const, 'report'),
    policies: policies.length ? policies : DEFAULT_POLICY_PATTERNS,
    roleToAssume: read(INPUT.roleToAssume) || undefined,
    accountsFile: read(INPUT.accountsFile) || undefined,
    regions: list(get(INPUT.regions)),
    audience: read(INPUT.audience) || 'sts.amazonaws.com',
    roleSessionName: read(INPUT.roleSessionName) || 'connect-policy-gate',
    roleDurationSeconds: Number(duration),
    failOn: parsed(() => parseFailOn(read(INPUT.failOn) || 'match')),
    failSeverity: parsed(() => parseSeverity(read(INPUT.failSeverity) || 'low')),
    warnOn: parseWarnOn(get(INPUT.warnOn)),
    sarifFile: read(INPUT.sarifFile) || 'connect-policy-gate.sarif',
    outputDir: read(INPUT.outputDir) || 'connect-policy-gate-output',
    eventFile: read(INPUT.eventFile) || undefined,
    jobSummary: bool(INPUT.jobSummary, read(INPUT.jobSummary), true),
    annotations: bool(INPUT.annotations, read(INPUT.annotations), true),
    category: read(INPUT.category) || 'connect-policy-gate',
    allowEnforceOnPullRequest: bool(
      INPUT.allowEnforceOnPullRequest,
      read(INPUT.allowEnforceOnPullRequest),
      false,
    ),
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning (design.md §1, §4).
 *
 * One run; one rule per policy; one result per (policy, account, region, instance) at the policy's line,
 * with a fingerprint from policy name + instance ARN so GitHub keeps one alert per instance across runs and
 * across edits of the policy file. Validation errors, policy errors and run errors are results too, under
 * rules of their own, so a broken policy shows in the Security tab instead of silently producing nothing.
 *
 * Built as small steps (collect candidates → rank → cut to GitHub's limits → serialise), so the limits are
 * enforced on the bytes actually written.
 */
import { VERSION } from '../version.js';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stringify as yamlStringify } from 'yaml';
import { partitionOf } from '../aws/partition.js';
import type { ActionRecord, PolicyRunResult, RunResult, Severity, SourceLocation } from '../engine/types.js';
import type { Resource } from '../filters/types.js';
import type { LoadedPolicy } from '../policy/types.js';
import { fencedBlock, md, plain, plainString, redact, truncate } from './escape.js';

export const TOOL_NAME = 'connect-policy-gate';
/** Kept in step with package.json by hand: the bundle must not read package.json at run time. */
export const TOOL_VERSION = VERSION;
export const TOOL_INFORMATION_URI = 'https://github.com/connect-policy-gate/connect-policy-gate';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning limits (docs: "SARIF support for code scanning", upload limits). */
export const GITHUB_MAX_RESULTS_PER_RUN = 25_000;
export const GITHUB_MAX_GZIP_BYTES = 10 * 1024 * 1024;
export const GITHUB_MAX_TAGS_PER_RULE = 20;

/** Rule ids for findings that are not matches. Policy names cannot contain `/`, so these never collide. */
export const RULE_INVALID_POLICY = 'connect-policy-gate/invalid-policy';
export const RULE_POLICY_ERROR = 'connect-policy-gate/policy-error';
export const RULE_RUN_ERROR = 'connect-policy-gate/run-error';

/** GitHub maps security-severity to its labels: ≥9 critical, ≥7 high, ≥4 medium, else low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  low: '3.0',
  medium: '5.5',
  high: '8.0',
  critical: '9.5',
};

const LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  low: 'note',
  medium: 'warning',
  high: 'error',
  critical: 'error',
};

// ---------------------------------------------------------------------------------------------------------
// Policy data the RunResult does not carry (the raw mapping, for rule help and metadata.json)

/** What reporters may know about a policy beyond its PolicyRunResult. */
export interface PolicyInfo {
  /** The policy mapping as loaded (name, resource, description, filters, actions, metadata, mode, ...). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly resource?: string;
  readonly location?: SourceLocation;
  readonly severity?: Severity;
}

/** Policy name → what we know about it. Optional everywhere: reports degrade to what RunResult holds. */
export type PolicyCatalog = ReadonlyMap<string, PolicyInfo>;

/** Builds a catalog from loaded policies (src/policy). */
export function policyCatalog(
  policies: readonly Pick<LoadedPolicy, 'name' | 'data' | 'resource' | 'location' | 'severity'>[],
): PolicyCatalog {
  const map = new Map<string, PolicyInfo>();
  for (const p of policies) {
    if (!map.has(p.name)) {
      map.set(p.name, { data: p.data, resource: p.resource, location: p.location, severity: p.severity });
    }
  }
  return map;
}

// ---------------------------------------------------------------------------------------------------------
// Finding identity (design.md §2: "one identity per finding")

export interface ResourceIdentity {
  readonly id: string;
  readonly alias: string;
  readonly arn: string;
}

/** Id, alias and ARN of a matched instance; the ARN is generated (spec §1.8) when the summary lacks one. */
export function resourceIdentity(
  run: Pick<PolicyRunResult, 'account' | 'region'>,
  resource: Resource,
): ResourceIdentity {
  const id = typeof resource['Id'] === 'string' ? resource['Id'] : plainString(resource['Id']);
  const alias = typeof resource['InstanceAlias'] === 'string' ? resource['InstanceAlias'] : '';
  const rawArn = resource['Arn'];
  const arn =
    typeof rawArn === 'string' && rawArn !== ''
      ? rawArn
      : `arn:${partitionOf(run.region)}:connect:${run.region}:${run.account}:instance/${id}`;
  return { id, alias, arn };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Stable per (policy, instance): the ARN already names the account and region. */
export function matchFingerprint(policy: string, arn: string): string {
  return sha256(`match\u0000${policy}\u0000${arn}`);
}

// ---------------------------------------------------------------------------------------------------------
// SARIF types (the subset we emit)

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region: { startLine: number; startColumn?: number };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: {
    physicalLocation: SarifPhysicalLocation;
    logicalLocations?: { name?: string; fullyQualifiedName?: string; kind?: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  descriptor?: { id: string };
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      semanticVersion: string;
      version: string;
      informationUri: string;
      rules: SarifRule[];
    };
  };
  automationDetails: { id: string };
  invocations: {
    executionSuccessful: boolean;
    startTimeUtc?: string;
    endTimeUtc?: string;
    toolExecutionNotifications?: SarifNotification[];
  }[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  results: SarifResult[];
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifOptions {
  /** `category` input → runAutomationDetails.id (`<category>/`). */
  readonly category?: string;
  readonly policies?: PolicyCatalog;
  readonly toolVersion?: string;
  readonly informationUri?: string;
  /**
   * The checkout root (GITHUB_WORKSPACE). Absolute policy paths under it are made relative; results then carry
   * `uriBaseId: %SRCROOT%`. Without it, paths are used as given (they already are relative per SourceLocation).
   */
  readonly srcRoot?: string;
  /** Limits, overridable for tests. */
  readonly maxResults?: number;
  readonly maxGzipBytes?: number;
  /** Where run errors (which belong to no policy line) are shown; default: line 1 of the first policy file. */
  readonly runErrorLocation?: SourceLocation;
}

/** What was left out to stay within GitHub's limits. */
export interface SarifTruncation {
  readonly limit: 'results' | 'size';
  readonly total: number;
  readonly kept: number;
  readonly dropped: number;
  /** Dropped results by kind: `critical`, `high`, `medium`, `low` (matches), `error`, `warning`. */
  readonly droppedByKind: Readonly<Record<string, number>>;
}

export interface SarifBuild {
  readonly log: SarifLog;
  /** The serialised log (what writeSarif writes). */
  readonly json: string;
  readonly truncation?: SarifTruncation;
  /** Run errors that could not be placed at any file (no policy file known); they are notifications only. */
  readonly unlocatedRunErrors: number;
}

// ---------------------------------------------------------------------------------------------------------
// Rules

const ACTION_HINTS: Readonly<Record<string, string>> = {
  'set-attributes': 'sets the instance attribute to the compliant value',
  'invoke-lambda': 'invokes a Lambda function with the matched instances',
  'invoke-sfn': 'starts a Step Functions execution per instance',
  notify: 'sends a notification (c7n-mailer) to the owners',
  webhook: 'calls a webhook',
  'put-metric': 'publishes a CloudWatch metric',
  'post-finding': 'publishes a Security Hub finding',
  'post-item': 'opens an OpsCenter OpsItem',
};

function actionsOf(info: PolicyInfo | undefined): Record<string, unknown>[] {
  const raw = info?.data['actions'];
  if (!Array.isArray(raw)) return [];
  return raw.map((a) =>
    typeof a === 'string'
      ? { type: a }
      : a && typeof a === 'object'
        ? (a as Record<string, unknown>)
        : { type: String(a) },
  );
}

/** One line per action: its type, what it does, and its scalar settings (credentials redacted). */
export function describeActions(info: PolicyInfo | undefined): string[] {
  return actionsOf(info).map((raw) => {
    const action = redact(raw);
    const type = typeof action['type'] === 'string' ? action['type'] : 'action';
    const params = Object.entries(action)
      .filter(
        ([k, v]) =>
          k !== 'type' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'),
      )
      .map(([k, v]) => `${k}: ${truncate(plainString(v), 60)}`);
    const hint = ACTION_HINTS[type] ?? 'runs this action';
    return `${type} (${hint})${params.length > 0 ? ` — ${params.join(', ')}` : ''}`;
  });
}

/** The remediation hint of a rule: post-finding's `recommendation` if written, else from the actions. */
export function remediationHint(info: PolicyInfo | undefined): string {
  const actions = actionsOf(info);
  const recommendation = actions.find(
    (a) => a['type'] === 'post-finding' && typeof a['recommendation'] === 'string',
  );
  const described = describeActions(info);
  const parts: string[] = [];
  if (recommendation) parts.push(plain(recommendation['recommendation'], 500));
  if (described.length > 0) {
    parts.push(
      `In enforce mode this policy ${described.length === 1 ? 'runs' : 'runs, in order'}: ${described.join('; ')}.`,
    );
  } else {
    parts.push(
      'This policy has no actions: change the instance so that it no longer matches the filters above, or add an action (e.g. set-attributes) and run in enforce mode.',
    );
  }
  return parts.join(' ');
}

/** The policy as YAML for the rule help, credentials redacted, bounded in size. */
export function policySummaryYaml(info: PolicyInfo | undefined, name: string): string {
  if (!info) return `name: ${name}\nresource: aws.connect-instance\n`;
  let text: string;
  try {
    text = yamlStringify(redact(info.data), { lineWidth: 0 });
  } catch {
    text = plainString(redact(info.data));
  }
  const max = 8000;
  return text.length > max ? `${truncate(text, max)}\n# … (truncated)\n` : text;
}

function ruleTags(severity: Severity, info: PolicyInfo | undefined): string[] {
  const tags = ['security', 'aws', 'amazon-connect', 'cloud-custodian', `severity/${severity}`];
  const metadata = info?.data['metadata'];
  const extra =
    metadata && typeof metadata === 'object' ? (metadata as Record<string, unknown>)['tags'] : undefined;
  if (Array.isArray(extra)) {
    for (const t of extra) {
      const tag = plain(t, 50);
      if (tag !== '' && !tags.includes(tag)) tags.push(tag);
    }
  }
  return tags.slice(0, GITHUB_MAX_TAGS_PER_RULE);
}

function policyRule(
  name: string,
  severity: Severity,
  description: string | undefined,
  info: PolicyInfo | undefined,
): SarifRule {
  const desc = plain(description ?? info?.data['description'], 4000);
  const short =
    desc !== ''
      ? truncate(desc.split(/(?<=\.)\s/)[0] ?? desc, 1000)
      : `Cloud Custodian policy ${plain(name, 200)}`;
  const full =
    desc !== ''
      ? desc
      : `Amazon Connect instances matched by the Cloud Custodian policy ${plain(name, 200)}.`;
  const yaml = policySummaryYaml(info, name);
  const remediation = remediationHint(info);
  const resource = plain(info?.resource ?? info?.data['resource'] ?? 'aws.connect-instance', 100);
  return {
    id: name,
    name: pascalName(name),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: {
      text: `${full}\n\nSeverity: ${severity}. Resource: ${resource}.\n\nPolicy:\n${yaml}\nRemediation: ${remediation}`,
      markdown: [
        md(full, 4000),
        '',
        `**Severity:** ${severity} · **Resource:** ${md(resource)}`,
        '',
        '**Policy**',
        '',
        fencedBlock(yaml, 'yaml'),
        '',
        `**Remediation:** ${md(remediation, 4000)}`,
      ].join('\n'),
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[severity],
      'problem.severity': LEVEL[severity] === 'note' ? 'recommendation' : LEVEL[severity],
      precision: 'very-high',
      tags: ruleTags(severity, info),
    },
  };
}

function builtinRule(id: string, short: string, full: string, level: SarifLevel): SarifRule {
  return {
    id,
    name: pascalName(id.replace(/^.*\//, '')),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full, markdown: full },
    defaultConfiguration: { level },
    properties: {
      tags: ['correctness', 'connect-policy-gate'],
      precision: 'very-high',
      'problem.severity': level,
    },
  };
}

const BUILTIN_RULES: Readonly<Record<string, SarifRule>> = {
  [RULE_INVALID_POLICY]: builtinRule(
    RULE_INVALID_POLICY,
    'Invalid Cloud Custodian policy',
    'The policy file does not load or does not validate; Cloud Custodian would refuse it. The message says what was expected at that line.',
    'error',
  ),
  [RULE_POLICY_ERROR]: builtinRule(
    RULE_POLICY_ERROR,
    'Policy execution failed',
    'The policy could not be evaluated in this account and region (an AWS error, a missing permission, a max-resources limit or a filter that cannot run). Its resources are unknown: nothing was reported for it.',
    'error',
  ),
  [RULE_RUN_ERROR]: builtinRule(
    RULE_RUN_ERROR,
    'Account or region could not be evaluated',
    'No policy ran in this account and region (credentials, assume-role or listing failed).',
    'error',
  ),
};

function pascalName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
  return name !== '' ? name : 'Policy';
}

// ---------------------------------------------------------------------------------------------------------
// Locations

/** A relative, percent-encoded URI reference for a policy file (GitHub needs paths relative to the checkout). */
export function artifactUri(file: string, srcRoot?: string): { uri: string; uriBaseId?: string } {
  let path = file.replace(/\\/g, '/');
  let based = false;
  if (srcRoot && isAbsolute(file)) {
    const rel = relative(srcRoot, file).replace(/\\/g, '/');
    if (rel !== '' && !rel.startsWith('../') && rel !== '..' && !isAbsolute(rel)) {
      path = rel;
      based = true;
    }
  } else if (!isAbsolute(file) && !/^[a-z]:\//i.test(path)) {
    based = true;
  }
  path = path.replace(/^(\.\/)+/, '');
  if (path === '') path = 'unknown';
  const uri = path
    .split('/')
    .map((seg, i) => (i === 0 && /^[a-z]:$/i.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
  if (isAbsolute(path)) return { uri: `file://${uri.startsWith('/') ? '' : '/'}${uri}` };
  return based ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
}

function physical(loc: SourceLocation, srcRoot?: string): SarifPhysicalLocation {
  const line = Number.isInteger(loc.line) && loc.line >= 1 ? loc.line : 1;
  const column = Number.isInteger(loc.column) && loc.column >= 1 ? loc.column : undefined;
  return {
    artifactLocation: artifactUri(loc.file, srcRoot),
    region: column === undefined ? { startLine: line } : { startLine: line, startColumn: column },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Results

/** Why the instance matched, from the annotations the filters left (`c7n:MatchedFilters` and friends). */
export function matchReason(resource: Resource): string {
  const parts: string[] = [];
  const matched = resource['c7n:MatchedFilters'];
  if (Array.isArray(matched) && matched.length > 0) {
    parts.push(
      `matched filters: ${matched
        .slice(0, 20)
        .map((m) => plain(m, 100))
        .join(', ')}${matched.length > 20 ? ', …' : ''}`,
    );
  }
  const annotated = Object.keys(resource).filter((k) => k.startsWith('c7n:') && k !== 'c7n:MatchedFilters');
  if (annotated.length > 0)
    parts.push(
      `annotations: ${annotated
        .slice(0, 10)
        .map((k) => plain(k, 60))
        .join(', ')}`,
    );
  return parts.length > 0 ? parts.join('; ') : 'it passed every filter of the policy';
}

function instanceLabel(ident: ResourceIdentity): string {
  return ident.alias !== '' ? `"${plain(ident.alias, 100)}" (${plain(ident.id, 100)})` : plain(ident.id, 100);
}

function accountLabel(run: PolicyRunResult): string {
  return run.accountName !== '' && run.accountName !== run.account
    ? `${plain(run.account, 40)} (${plain(run.accountName, 80)})`
    : plain(run.account, 40);
}

/** Ranking for cuts: errors first (they decide the gate), then matches by severity, then warnings. */
function rankOf(kind: string): number {
  return ['error', 'critical', 'high', 'medium', 'low', 'warning'].indexOf(kind);
}

interface Candidate {
  readonly result: SarifResult;
  readonly kind: 'error' | 'warning' | Severity;
}

function actionsText(actions: readonly ActionRecord[]): string {
  if (actions.length === 0) return '';
  return actions
    .slice(0, 10)
    .map((a) => `${plain(a.type, 40)}: ${a.status}${a.detail ? ` (${plain(a.detail, 200)})` : ''}`)
    .join('; ');
}

// ---------------------------------------------------------------------------------------------------------
// Build

export function buildSarif(run: RunResult, options: SarifOptions = {}): SarifBuild {
  const catalog = options.policies ?? new Map<string, PolicyInfo>();
  const srcRoot = options.srcRoot;

  // Rules: every policy we know of, in first-seen order, so alerts of a policy that stopped matching close.
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: SarifRule): number => {
    const existing = ruleIndex.get(rule.id);
    if (existing !== undefined) return existing;
    rules.push(rule);
    ruleIndex.set(rule.id, rules.length - 1);
    return rules.length - 1;
  };
  for (const p of run.policies) {
    if (!ruleIndex.has(p.policy))
      addRule(policyRule(p.policy, p.severity, p.description, catalog.get(p.policy)));
  }
  for (const [name, info] of catalog) {
    if (!ruleIndex.has(name)) {
      const desc = typeof info.data['description'] === 'string' ? info.data['description'] : undefined;
      addRule(policyRule(name, info.severity ?? 'medium', desc, info));
    }
  }
  const builtin = (id: string): number => addRule(BUILTIN_RULES[id] as SarifRule);

  const candidates: Candidate[] = [];
  const seenFingerprints = new Map<string, number>();
  // Fingerprints must be unique within a run; a duplicate (the same instance listed twice) gets a counter
  // derived from its position among equals, which is stable as long as the input is.
  const unique = (fp: string): string => {
    const n = seenFingerprints.get(fp) ?? 0;
    seenFingerprints.set(fp, n + 1);
    return n === 0 ? fp : sha256(`${fp}\u0000${n}`);
  };
  const fingerprints = (fp: string): Record<string, string> => {
    const value = unique(fp);
    // primaryLocationLineHash is set on purpose: without it, upload-sarif derives one from the policy line's
    // text, which is the same for every instance of a policy and changes whenever the policy is edited.
    return { 'connectPolicyGate/v1': value, primaryLocationLineHash: value };
  };

  // Validation issues at their own lines.
  for (const issue of run.validation) {
    const where = issue.path ? ` at ${plain(issue.path, 200)}` : '';
    const who = issue.policy ? `policy ${plain(issue.policy, 100)}` : plain(issue.file, 200);
    const message = `${issue.severity === 'error' ? 'Invalid' : 'Warning in'} ${who}${where}: ${plain(issue.message, 2000) || 'invalid'}`;
    candidates.push({
      kind: issue.severity,
      result: {
        ruleId: RULE_INVALID_POLICY,
        ruleIndex: builtin(RULE_INVALID_POLICY),
        level: issue.severity,
        message: { text: message },
        locations: [{ physicalLocation: physical(issue, srcRoot) }],
        // Without the line: editing lines above must not reopen the alert.
        partialFingerprints: fingerprints(
          sha256(
            `validation\u0000${issue.file}\u0000${issue.policy ?? ''}\u0000${issue.path ?? ''}\u0000${issue.message}`,
          ),
        ),
        properties: {
          file: issue.file,
          ...(issue.policy ? { policy: issue.policy } : {}),
          ...(issue.path ? { path: issue.path } : {}),
        },
      },
    });
  }

  for (const p of run.policies) {
    if (p.status === 'error') {
      const message = `Policy ${plain(p.policy, 100)} failed in account ${accountLabel(p)}, region ${plain(p.region, 40)}: ${plain(p.error, 2000) || 'unknown error'}`;
      candidates.push({
        kind: 'error',
        result: {
          ruleId: RULE_POLICY_ERROR,
          ruleIndex: builtin(RULE_POLICY_ERROR),
          level: 'error',
          message: { text: message },
          locations: [{ physicalLocation: physical(p.location, srcRoot) }],
          // Not the message: AWS messages carry request ids and would open a new alert every run.
          partialFingerprints: fingerprints(
            sha256(`policy-error\u0000${p.policy}\u0000${p.account}\u0000${p.region}`),
          ),
          properties: { policy: p.policy, account: p.account, region: p.region },
        },
      });
    }
    if (p.status === 'skipped') continue;
    const idx = ruleIndex.get(p.policy) as number;
    const actions = actionsText(p.actions);
    for (const resource of p.resources) {
      const ident = resourceIdentity(p, resource);
      const text =
        `Amazon Connect instance ${instanceLabel(ident)} in account ${accountLabel(p)}, region ${plain(p.region, 40)} ` +
        `matches policy ${plain(p.policy, 100)} (${p.severity}): ${matchReason(resource)}. ARN: ${plain(ident.arn, 300)}.` +
        (actions !== '' ? ` Actions: ${actions}.` : '');
      candidates.push({
        kind: p.severity,
        result: {
          ruleId: p.policy,
          ruleIndex: idx,
          level: LEVEL[p.severity],
          message: { text },
          locations: [
            {
              physicalLocation: physical(p.location, srcRoot),
              logicalLocations: [
                {
                  name: plain(ident.alias || ident.id, 200) || 'instance',
                  fullyQualifiedName: plain(ident.arn, 400),
                  kind: 'resource',
                },
              ],
            },
          ],
          partialFingerprints: fingerprints(matchFingerprint(p.policy, ident.arn)),
          properties: {
            account: p.account,
            accountName: p.accountName,
            region: p.region,
            instanceId: ident.id,
            instanceAlias: ident.alias,
            instanceArn: ident.arn,
            severity: p.severity,
          },
        },
      });
    }
  }

  // Run errors belong to no policy line; GitHub needs a location, so they sit at the top of a policy file.
  const catalogFile = [...catalog.values()].find((i) => i.location)?.location?.file;
  const anchorFile = run.policies[0]?.location.file ?? catalogFile ?? run.validation[0]?.file;
  const anchor: SourceLocation | undefined =
    options.runErrorLocation ??
    (anchorFile !== undefined ? { file: anchorFile, line: 1, column: 1 } : undefined);
  const notifications: SarifNotification[] = [];
  let unlocatedRunErrors = 0;
  for (const e of run.runErrors) {
    const text = `Account ${plain(e.account, 40) || '(unknown)'}, region ${plain(e.region, 40) || '(unknown)'} could not be evaluated: ${plain(e.message, 2000) || 'unknown error'}`;
    notifications.push({ level: 'error', message: { text }, descriptor: { id: RULE_RUN_ERROR } });
    if (!anchor) {
      unlocatedRunErrors++;
      continue;
    }
    candidates.push({
      kind: 'error',
      result: {
        ruleId: RULE_RUN_ERROR,
        ruleIndex: builtin(RULE_RUN_ERROR),
        level: 'error',
        message: { text },
        locations: [{ physicalLocation: physical(anchor, srcRoot) }],
        partialFingerprints: fingerprints(sha256(`run-error\u0000${e.account}\u0000${e.region}`)),
        properties: { account: e.account, region: e.region },
      },
    });
  }

  const category = (options.category ?? TOOL_NAME).trim() || TOOL_NAME;
  const baseRun = (results: SarifResult[], truncation: SarifTruncation | undefined): SarifRun => {
    const toolNotes = [...notifications];
    if (truncation)
      toolNotes.unshift({
        level: 'warning',
        message: { text: truncationText(truncation) },
        descriptor: { id: 'results-truncated' },
      });
    return {
      tool: {
        driver: {
          name: TOOL_NAME,
          semanticVersion: options.toolVersion ?? TOOL_VERSION,
          version: options.toolVersion ?? TOOL_VERSION,
          informationUri: options.informationUri ?? TOOL_INFORMATION_URI,
          rules,
        },
      },
      // A trailing slash makes the whole string the category (GitHub: category = id up to the last `/`).
      automationDetails: { id: category.endsWith('/') ? category : `${category}/` },
      invocations: [
        {
          executionSuccessful: run.runErrors.length === 0,
          ...isoTime('startTimeUtc', run.startedAt),
          ...isoTime('endTimeUtc', run.finishedAt),
          ...(toolNotes.length > 0 ? { toolExecutionNotifications: toolNotes } : {}),
        },
      ],
      ...(results.some((r) => r.locations[0]?.physicalLocation.artifactLocation.uriBaseId) && srcRoot
        ? { originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(srcRoot) } } }
        : {}),
      results,
      properties: {
        mode: run.mode,
        ...(truncation ? { truncation } : {}),
      },
    };
  };

  const serialise = (
    results: SarifResult[],
    truncation: SarifTruncation | undefined,
  ): { log: SarifLog; json: string } => {
    const log: SarifLog = {
      $schema: SARIF_SCHEMA_URI,
      version: '2.1.0',
      runs: [baseRun(results, truncation)],
    };
    // Indented for people reading it; compact when large, where indentation would only double the size.
    return { log, json: `${JSON.stringify(log, null, results.length <= 5000 ? 2 : undefined)}\n` };
  };

  const maxResults = options.maxResults ?? GITHUB_MAX_RESULTS_PER_RUN;
  const maxGzip = options.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES;

  // Order of preference for what to keep; results are then emitted in their natural order.
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rankOf(a.c.kind) - rankOf(b.c.kind) || a.i - b.i);
  let keep = Math.min(candidates.length, maxResults);
  let limit: 'results' | 'size' = 'results';
  for (let attempt = 0; ; attempt++) {
    const keptIdx = new Set(order.slice(0, keep).map((o) => o.i));
    const kept = candidates.filter((_, i) => keptIdx.has(i));
    const truncation = keep < candidates.length ? truncationOf(candidates, keptIdx, limit) : undefined;
    const out = serialise(
      kept.map((c) => c.result),
      truncation,
    );
    const bytes = Buffer.byteLength(out.json, 'utf8');
    // gzip only when it could matter: gzip output is at most slightly larger than its input.
    const size = bytes < maxGzip * 0.95 ? bytes : gzipSync(out.json).length;
    if (size <= maxGzip || keep === 0 || attempt >= 20) {
      return { ...out, ...(truncation ? { truncation } : {}), unlocatedRunErrors };
    }
    limit = 'size';
    keep = Math.max(0, Math.min(keep - 1, Math.floor(keep * (maxGzip / size) * 0.95)));
  }
}

function truncationOf(
  candidates: readonly Candidate[],
  kept: ReadonlySet<number>,
  limit: 'results' | 'size',
): SarifTruncation {
  const droppedByKind: Record<string, number> = {};
  candidates.forEach((c, i) => {
    if (!kept.has(i)) droppedByKind[c.kind] = (droppedByKind[c.kind] ?? 0) + 1;
  });
  return {
    limit,
    total: candidates.length,
    kept: kept.size,
    dropped: candidates.length - kept.size,
    droppedByKind,
  };
}

/** One sentence saying what was cut and why; shown in the SARIF run and in the job summary. */
export function truncationText(t: SarifTruncation): string {
  const why =
    t.limit === 'results'
      ? `GitHub accepts at most ${GITHUB_MAX_RESULTS_PER_RUN.toLocaleString('en-US')} results per run`
      : `GitHub accepts at most ${GITHUB_MAX_GZIP_BYTES / 1024 / 1024} MB of gzipped SARIF`;
  const kinds = Object.entries(t.droppedByKind)
    .sort((a, b) => rankOf(a[0]) - rankOf(b[0]))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return `${why}: kept the ${t.kept} most severe of ${t.total} results and left out ${t.dropped} (${kinds}). The output folder (results.json) lists every result.`;
}

function isoTime<K extends string>(key: K, d: Date): Partial<Record<K, string>> {
  return d instanceof Date && !Number.isNaN(d.getTime())
    ? ({ [key]: d.toISOString() } as Record<K, string>)
    : {};
}

function directoryUri(dir: string): string {
  const p = dir.replace(/\\/g, '/');
  const encoded = p
    .split('/')
    .map((seg, i) => (i === 0 && /^[a-z]:$/i.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}${encoded.endsWith('/') ? '' : '/'}`;
}

/** Writes the log built by buildSarif, creating the parent folder. */
export async function writeSarif(file: string, build: SarifBuild): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, build.json, 'utf8');
}

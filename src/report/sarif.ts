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
import * as crypto from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { constants as zlibConstants, createGzip, gzipSync } from 'node:zlib';
import { stringify as yamlStringify } from 'yaml';
import { partitionOf } from '../aws/partition.js';
import type { ActionRecord, PolicyRunResult, RunResult, Severity, SourceLocation } from '../engine/types.js';
import type { Resource } from '../filters/types.js';
import type { LoadedPolicy } from '../policy/types.js';
import { fencedBlock, md, plain, plainString, redact, thousands, truncate } from './escape.js';
import { makeDirectory } from '../make-directory.js';

export const TOOL_NAME = 'connect-policy-gate';
/** Kept in step with package.json by hand: the bundle must not read package.json at run time. */
export const TOOL_VERSION = VERSION;
export const TOOL_INFORMATION_URI = 'https://github.com/connect-policy-gate/connect-policy-gate';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * GitHub code scanning limits (docs: "SARIF support for code scanning" and "SARIF results exceed one or more
 * limits"). A run may hold 25,000 results (past that the upload is rejected), but code scanning keeps only 5,000
 * of them: past 5,000 the analysis is flagged "exceeded alert limits" and GitHub chooses which to drop. So the
 * log holds at most the 5,000 we rank first (most severe), and the cut is said; results.json lists every result.
 */
export const GITHUB_MAX_RESULTS_PER_RUN = 25_000;
export const GITHUB_KEPT_RESULTS_PER_RUN = 5_000;
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
  const id = instanceId(resource);
  const alias = typeof resource['InstanceAlias'] === 'string' ? resource['InstanceAlias'] : '';
  return { id, alias, arn: instanceArn(run, resource, id) };
}

function instanceId(resource: Resource): string {
  return typeof resource['Id'] === 'string' ? resource['Id'] : plainString(resource['Id']);
}

/** resourceIdentity(run, resource).arn, without working out the rest. */
function instanceArn(
  run: Pick<PolicyRunResult, 'account' | 'region'>,
  resource: Resource,
  id?: string,
): string {
  const rawArn = resource['Arn'];
  return typeof rawArn === 'string' && rawArn !== ''
    ? rawArn
    : `arn:${partitionOf(run.region)}:connect:${run.region}:${run.account}:instance/${id ?? instanceId(resource)}`;
}

/** crypto.hash (Node 20.12+) is the same digest without a Hash object per call; older Node 20 falls back. */
const oneShotHash: ((algorithm: string, data: string, encoding: 'hex') => string) | undefined =
  typeof crypto.hash === 'function' ? crypto.hash : undefined;

function sha256(text: string): string {
  return oneShotHash
    ? oneShotHash('sha256', text, 'hex')
    : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
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
  /** json as UTF-8: the file's content. */
  readonly bytes: Buffer;
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
  let text = '';
  const matched = resource['c7n:MatchedFilters'];
  if (Array.isArray(matched) && matched.length > 0) {
    text = 'matched filters: ';
    const n = Math.min(matched.length, 20);
    for (let i = 0; i < n; i++) text += (i > 0 ? ', ' : '') + plain(matched[i], 100);
    if (matched.length > 20) text += ', …';
  }
  let annotated = 0;
  for (const k of Object.keys(resource)) {
    if (!k.startsWith('c7n:') || k === 'c7n:MatchedFilters') continue;
    if (annotated < 10)
      text += (annotated === 0 ? (text !== '' ? '; annotations: ' : 'annotations: ') : ', ') + plain(k, 60);
    annotated++;
  }
  return text !== '' ? text : 'it passed every filter of the policy';
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

/**
 * A result not built yet: its kind (for ranking) and its position among candidates with the same fingerprint
 * input, which is all the ranking, the cut and the fingerprint counter need. Message, escaping, location and
 * hash are made only for the results that are kept: by `form` for matches (the bulk), else by `make`.
 */
interface Candidate {
  readonly kind: 'error' | 'warning' | Severity;
  /** How many earlier candidates have the same fingerprint input (0 for the first). */
  readonly duplicate: number;
  /** Whether its location is relative to %SRCROOT% (the run then declares originalUriBaseIds). */
  readonly based: boolean;
  readonly make?: (duplicate: number) => SarifResult;
  /** Shared by all matches of a policy run. */
  readonly form?: MatchForm;
  readonly resource?: Resource;
}

/** What varies between the match results of one policy run; everything else is the policy run's. */
interface MatchFields {
  readonly message: string;
  readonly name: string;
  readonly fqn: string;
  readonly fingerprint: string;
  readonly id: string;
  readonly alias: string;
  readonly arn: string;
}

const MATCH_SLOTS = ['message', 'name', 'fqn', 'fingerprint', 'id', 'alias', 'arn'] as const;

/** The match results of one policy run, as objects and as JSON text built from the same shape. */
interface MatchForm {
  fields(duplicate: number, resource: Resource): MatchFields;
  object(fields: MatchFields): SarifResult;
  /** The JSON of object(fields) as constant pieces between the fields' slots; made once, on first use. */
  template(): ResultTemplate | undefined;
}

interface ResultTemplate {
  /** UTF-8 pieces: pieces[0], slot 0, pieces[1], slot 1, …, pieces[slots.length]. */
  readonly pieces: readonly Uint8Array[];
  readonly slots: readonly (typeof MATCH_SLOTS)[number][];
}

/**
 * JSON.stringify(form.object(fields)) as pieces around the fields, found by stringifying the object of
 * placeholder fields, then checked on other fields. Undefined if that check fails (a constant of the policy
 * run that holds a placeholder, say): those results are then stringified one by one.
 */
function compileTemplate(form: MatchForm): ResultTemplate | undefined {
  const fieldsOf = (f: (slot: string) => string): MatchFields =>
    Object.fromEntries(MATCH_SLOTS.map((slot) => [slot, f(slot)])) as unknown as MatchFields;
  const placeholders = fieldsOf((slot) => `\u0001cpg-slot:${slot}\u0001`);
  const json = JSON.stringify(form.object(placeholders));
  const quoted = MATCH_SLOTS.map((slot) => JSON.stringify(placeholders[slot]));
  const texts: string[] = [];
  const slots: (typeof MATCH_SLOTS)[number][] = [];
  for (let at = 0; ;) {
    let next = -1;
    let which = 0;
    quoted.forEach((q, i) => {
      const found = json.indexOf(q, at);
      if (found !== -1 && (next === -1 || found < next)) {
        next = found;
        which = i;
      }
    });
    if (next === -1) {
      texts.push(json.slice(at));
      break;
    }
    texts.push(json.slice(at, next));
    slots.push(MATCH_SLOTS[which]!);
    at = next + quoted[which]!.length;
  }
  const probe = fieldsOf((slot) => `${slot} "é\\\n\ud800`);
  const rendered = texts
    .map((t, i) => (i < slots.length ? t + JSON.stringify(probe[slots[i]!]) : t))
    .join('');
  if (rendered !== JSON.stringify(form.object(probe))) return undefined;
  return { pieces: texts.map((t) => Buffer.from(t, 'utf8')), slots };
}

function actionsText(actions: readonly ActionRecord[]): string {
  if (actions.length === 0) return '';
  return actions
    .slice(0, 10)
    .map((a) => `${plain(a.type, 40)}: ${a.status}${a.detail ? ` (${plain(a.detail, 200)})` : ''}`)
    .join('; ');
}

/** The physical location of a policy line, worked out once; each call returns fresh objects. */
function physicalOf(loc: SourceLocation, srcRoot?: string): () => SarifPhysicalLocation {
  const { artifactLocation, region } = physical(loc, srcRoot);
  return () => ({ artifactLocation: { ...artifactLocation }, region: { ...region } });
}

/**
 * Fingerprints must be unique within a run; a duplicate (the same instance listed twice) gets a counter
 * derived from its position among equals (counted over every candidate, kept or not), which is stable as long
 * as the input is. primaryLocationLineHash is set on purpose: without it, upload-sarif derives one from the
 * policy line's text, which is the same for every instance of a policy and changes whenever it is edited.
 */
function fingerprints(input: string, duplicate: number): Record<string, string> {
  const value = fingerprint(input, duplicate);
  return { 'connectPolicyGate/v1': value, primaryLocationLineHash: value };
}

function fingerprint(input: string, duplicate: number): string {
  const fp = sha256(input);
  return duplicate === 0 ? fp : sha256(`${fp}\u0000${duplicate}`);
}

/** Candidate indexes in order of preference: by rank, then by position (a stable counting sort). */
function preferenceOrder(candidates: readonly Candidate[]): Int32Array {
  // rankOf is -1 for a kind it does not know, which then sorts first, as in a comparison sort.
  const buckets = 8;
  const rank = new Int8Array(candidates.length);
  const start = new Int32Array(buckets + 1);
  candidates.forEach((c, i) => {
    const r = rankOf(c.kind) + 1;
    rank[i] = r;
    start[r + 1]!++;
  });
  for (let r = 0; r < buckets; r++) start[r + 1]! += start[r]!;
  const order = new Int32Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) order[start[rank[i]!]!++] = i;
  return order;
}

// ---------------------------------------------------------------------------------------------------------
// Build

/** Everything but the size check: rules, candidates, and the serialisation of the `keep` most preferred. */
interface SarifPlan {
  readonly total: number;
  readonly maxResults: number;
  readonly maxGzipBytes: number;
  readonly unlocatedRunErrors: number;
  serialise(keep: number, limit: 'results' | 'size'): SarifBuild;
}

function planSarif(run: RunResult, options: SarifOptions): SarifPlan {
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
  // Duplicates are counted by fingerprint input (every kind has its own prefix, so kinds never collide).
  const seen = new Map<string, number>();
  const count = (input: string): number => {
    const n = seen.get(input) ?? 0;
    seen.set(input, n + 1);
    return n;
  };
  // Matches, the bulk, by policy and then ARN, which spares building `match\0policy\0arn` for every one. That
  // split is exact only without NUL in either part; any other pair is counted under its whole input string.
  const seenMatches = new Map<string, Map<string, number>>();
  const isBased = (loc: SarifPhysicalLocation): boolean => loc.artifactLocation.uriBaseId !== undefined;

  // Validation issues at their own lines.
  for (const issue of run.validation) {
    const index = builtin(RULE_INVALID_POLICY);
    // Without the line: editing lines above must not reopen the alert.
    const input = `validation\u0000${issue.file}\u0000${issue.policy ?? ''}\u0000${issue.path ?? ''}\u0000${issue.message}`;
    candidates.push({
      kind: issue.severity,
      duplicate: count(input),
      based: isBased(physical(issue, srcRoot)),
      make: (duplicate) => {
        const where = issue.path ? ` at ${plain(issue.path, 200)}` : '';
        const who = issue.policy ? `policy ${plain(issue.policy, 100)}` : plain(issue.file, 200);
        const message = `${issue.severity === 'error' ? 'Invalid' : 'Warning in'} ${who}${where}: ${plain(issue.message, 2000) || 'invalid'}`;
        return {
          ruleId: RULE_INVALID_POLICY,
          ruleIndex: index,
          level: issue.severity,
          message: { text: message },
          locations: [{ physicalLocation: physical(issue, srcRoot) }],
          partialFingerprints: fingerprints(input, duplicate),
          properties: {
            file: issue.file,
            ...(issue.policy ? { policy: issue.policy } : {}),
            ...(issue.path ? { path: issue.path } : {}),
          },
        };
      },
    });
  }

  for (const p of run.policies) {
    if (p.status === 'error') {
      const index = builtin(RULE_POLICY_ERROR);
      // Not the message: AWS messages carry request ids and would open a new alert every run.
      const input = `policy-error\u0000${p.policy}\u0000${p.account}\u0000${p.region}`;
      candidates.push({
        kind: 'error',
        duplicate: count(input),
        based: isBased(physical(p.location, srcRoot)),
        make: (duplicate) => {
          const message = `Policy ${plain(p.policy, 100)} failed in account ${accountLabel(p)}, region ${plain(p.region, 40)}: ${plain(p.error, 2000) || 'unknown error'}`;
          return {
            ruleId: RULE_POLICY_ERROR,
            ruleIndex: index,
            level: 'error',
            message: { text: message },
            locations: [{ physicalLocation: physical(p.location, srcRoot) }],
            partialFingerprints: fingerprints(input, duplicate),
            properties: { policy: p.policy, account: p.account, region: p.region },
          };
        },
      });
    }
    if (p.status === 'skipped' || p.resources.length === 0) continue;
    const form = matchForm(p, ruleIndex.get(p.policy) as number, srcRoot);
    const based = isBased(physical(p.location, srcRoot));
    const prefix = `match\u0000${p.policy}\u0000`;
    let byArn: Map<string, number> | undefined;
    if (!p.policy.includes('\u0000')) {
      byArn = seenMatches.get(p.policy);
      if (byArn === undefined) seenMatches.set(p.policy, (byArn = new Map()));
    }
    for (const resource of p.resources) {
      const arn = instanceArn(p, resource);
      let n: number;
      if (byArn !== undefined && !arn.includes('\u0000')) {
        n = byArn.get(arn) ?? 0;
        byArn.set(arn, n + 1);
      } else {
        n = count(prefix + arn);
      }
      candidates.push({ kind: p.severity, duplicate: n, based, form, resource });
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
    const index = builtin(RULE_RUN_ERROR);
    const input = `run-error\u0000${e.account}\u0000${e.region}`;
    candidates.push({
      kind: 'error',
      duplicate: count(input),
      based: isBased(physical(anchor, srcRoot)),
      make: (duplicate) => ({
        ruleId: RULE_RUN_ERROR,
        ruleIndex: index,
        level: 'error',
        message: { text },
        locations: [{ physicalLocation: physical(anchor, srcRoot) }],
        partialFingerprints: fingerprints(input, duplicate),
        properties: { account: e.account, region: e.region },
      }),
    });
  }

  const category = (options.category ?? TOOL_NAME).trim() || TOOL_NAME;
  const baseRun = <R>(
    results: R,
    based: boolean,
    truncation: SarifTruncation | undefined,
  ): Omit<SarifRun, 'results'> & { results: R } => {
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
      ...(based && srcRoot ? { originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(srcRoot) } } } : {}),
      results,
      properties: {
        mode: run.mode,
        ...(truncation ? { truncation } : {}),
      },
    };
  };

  const object = (c: Candidate): SarifResult =>
    c.form !== undefined
      ? c.form.object(c.form.fields(c.duplicate, c.resource as Resource))
      : (c.make as (duplicate: number) => SarifResult)(c.duplicate);
  const logOf = (
    kept: readonly Candidate[],
    based: boolean,
    truncation: SarifTruncation | undefined,
  ): SarifLog => ({
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [baseRun(kept.map(object), based, truncation)],
  });

  // Order of preference for what to keep; results are then emitted in their natural order.
  const order = preferenceOrder(candidates);

  return {
    total: candidates.length,
    // (never past the number GitHub accepts at all, whatever a caller asks)
    maxResults: Math.min(options.maxResults ?? GITHUB_KEPT_RESULTS_PER_RUN, GITHUB_MAX_RESULTS_PER_RUN),
    maxGzipBytes: options.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES,
    unlocatedRunErrors,
    serialise(keep, limit) {
      const mask = new Uint8Array(candidates.length);
      for (let k = 0; k < keep; k++) mask[order[k]!] = 1;
      const kept: Candidate[] = [];
      let based = false;
      for (let i = 0; i < candidates.length; i++) {
        if (mask[i] !== 1) continue;
        const c = candidates[i]!;
        kept.push(c);
        based ||= c.based;
      }
      const truncation = keep < candidates.length ? truncationOf(candidates, mask, keep, limit) : undefined;
      const log = (): SarifLog => logOf(kept, based, truncation);
      // Indented for people reading it; compact when large, where indentation would only double the size.
      if (kept.length <= INDENTED_UP_TO_RESULTS) {
        const built = log();
        const json = `${JSON.stringify(built, null, 2)}\n`;
        return new SarifOutput(Buffer.from(json, 'utf8'), truncation, unlocatedRunErrors, () => built, json);
      }
      // Large: the JSON of the log is written straight into bytes, results from their templates (what
      // JSON.stringify of the log would give, without building an object per result or the text twice).
      const parts = splitAround(
        JSON.stringify({
          $schema: SARIF_SCHEMA_URI,
          version: '2.1.0',
          runs: [baseRun(RESULTS_MARK, based, truncation)],
        }),
        JSON.stringify(RESULTS_MARK),
      );
      if (parts === undefined) {
        const json = `${JSON.stringify(log())}\n`;
        return new SarifOutput(Buffer.from(json, 'utf8'), truncation, unlocatedRunErrors, log, json);
      }
      const [head, tail] = parts;
      const out = new JsonBytes(kept.length * 1400 + (1 << 16));
      out.text(head);
      out.text('[');
      kept.forEach((c, i) => {
        if (i > 0) out.text(',');
        const template = c.form?.template();
        if (template === undefined || c.form === undefined) {
          out.text(JSON.stringify(object(c)));
          return;
        }
        const fields = c.form.fields(c.duplicate, c.resource as Resource);
        const { pieces, slots } = template;
        for (let j = 0; j < slots.length; j++) {
          out.bytes(pieces[j]!);
          out.string(fields[slots[j]!]);
        }
        out.bytes(pieces[slots.length]!);
      });
      out.text(']');
      out.text(tail);
      out.text('\n');
      return new SarifOutput(out.result(), truncation, unlocatedRunErrors, log);
    },
  };
}

/** Logs of up to this many results are indented (readable); larger ones are compact, from templates. */
const INDENTED_UP_TO_RESULTS = 1000;

/** Stands for the results in the log's JSON, where they are written apart. */
const RESULTS_MARK = '\u0001cpg-results\u0001';

/** The text before and after `mark`; undefined unless it occurs exactly once. */
function splitAround(text: string, mark: string): [string, string] | undefined {
  const at = text.indexOf(mark);
  if (at === -1 || text.indexOf(mark, at + 1) !== -1) return undefined;
  return [text.slice(0, at), text.slice(at + mark.length)];
}

/** Strings JSON.stringify writes as they are and whose UTF-8 is their latin1: printable ASCII but `"` and `\\`. */
const JSON_AS_IS = /^[\u0020\u0021\u0023-\u005b\u005d-\u007e]*$/;
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;
const QUOTE_OR_BACKSLASH = /["\\]/g;

/**
 * UTF-8 bytes of JSON text, in one buffer that grows as needed. Strings that need no escape (ids, ARNs,
 * names: printable ASCII without `"` or `\\`) are copied as they are; the others go through JSON.stringify.
 */
class JsonBytes {
  private buf: Buffer;
  private pos = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** Text as it is (already JSON). */
  text(t: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.room(t.length * 3);
    this.pos += this.buf.write(t, this.pos, 'utf8');
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** JSON.stringify(s). */
  string(s: string): void {
    const n = s.length;
    if (n > 32) {
      // Long strings (messages): regex scans and a copy beat a loop over the characters. Quotes (around
      // aliases in messages) and backslashes are the only escapes printable ASCII needs.
      const t = JSON_AS_IS.test(s)
        ? s
        : PRINTABLE_ASCII.test(s)
          ? s.replace(QUOTE_OR_BACKSLASH, '\\$&')
          : undefined;
      if (t === undefined) {
        this.text(JSON.stringify(s));
        return;
      }
      this.room(t.length + 2);
      const buf = this.buf;
      let p = this.pos;
      buf[p++] = 0x22;
      p += buf.write(t, p, 'latin1');
      buf[p++] = 0x22;
      this.pos = p;
      return;
    }
    this.room(n + 2);
    const buf = this.buf;
    const start = this.pos;
    let p = start;
    buf[p++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        this.pos = start;
        this.text(JSON.stringify(s));
        return;
      }
      buf[p++] = c;
    }
    buf[p++] = 0x22;
    this.pos = p;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.pos + n, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** The bytes written, as a view of the buffer. */
  result(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

/**
 * A SarifBuild whose log and text are made when asked for: the file needs only the bytes, and building
 * thousands of result objects or decoding megabytes would cost as much as the rest.
 */
class SarifOutput implements SarifBuild {
  private builtLog: SarifLog | undefined;

  constructor(
    readonly bytes: Buffer,
    readonly truncation: SarifTruncation | undefined,
    readonly unlocatedRunErrors: number,
    private readonly makeLog: () => SarifLog,
    private text?: string,
  ) {}

  get log(): SarifLog {
    return (this.builtLog ??= this.makeLog());
  }

  get json(): string {
    return (this.text ??= this.bytes.toString('utf8'));
  }
}

/** The results of one policy run's matches: what varies is worked out per instance, the rest once. */
function matchForm(p: PolicyRunResult, ruleIndex: number, srcRoot: string | undefined): MatchForm {
  const level = LEVEL[p.severity];
  const actions = actionsText(p.actions);
  const middle = ` in account ${accountLabel(p)}, region ${plain(p.region, 40)} matches policy ${plain(p.policy, 100)} (${p.severity}): `;
  const tail = actions !== '' ? ` Actions: ${actions}.` : '';
  const location = physicalOf(p.location, srcRoot);
  const prefix = `match\u0000${p.policy}\u0000`;
  let template: ResultTemplate | undefined | null = null;
  const form: MatchForm = {
    fields(duplicate, resource) {
      const ident = resourceIdentity(p, resource);
      return {
        message: `Amazon Connect instance ${instanceLabel(ident)}${middle}${matchReason(resource)}. ARN: ${plain(ident.arn, 300)}.${tail}`,
        name: plain(ident.alias || ident.id, 200) || 'instance',
        fqn: plain(ident.arn, 400),
        fingerprint: fingerprint(prefix + ident.arn, duplicate),
        id: ident.id,
        alias: ident.alias,
        arn: ident.arn,
      };
    },
    object(f) {
      return {
        ruleId: p.policy,
        ruleIndex,
        level,
        message: { text: f.message },
        locations: [
          {
            physicalLocation: location(),
            logicalLocations: [{ name: f.name, fullyQualifiedName: f.fqn, kind: 'resource' }],
          },
        ],
        partialFingerprints: {
          'connectPolicyGate/v1': f.fingerprint,
          primaryLocationLineHash: f.fingerprint,
        },
        properties: {
          account: p.account,
          accountName: p.accountName,
          region: p.region,
          instanceId: f.id,
          instanceAlias: f.alias,
          instanceArn: f.arn,
          severity: p.severity,
        },
      };
    },
    template() {
      if (template === null) template = compileTemplate(form);
      return template;
    },
  };
  return form;
}

/**
 * Cuts to GitHub's limits: the `maxResults` most preferred, then fewer while the gzipped log is too big. Yields
 * the bytes and the gzip level whose compressed size it needs, so the same steps run with a synchronous or an
 * asynchronous gzip.
 */
function* cutToLimits(plan: SarifPlan): Generator<[Buffer, number], SarifBuild, number> {
  const maxGzip = plan.maxGzipBytes;
  let keep = Math.min(plan.total, plan.maxResults);
  let limit: 'results' | 'size' = 'results';
  for (let attempt = 0; ; attempt++) {
    const out = plan.serialise(keep, limit);
    const bytes = out.bytes.length;
    // gzip only when it could matter: gzip output is at most slightly larger than its input. The fastest level
    // first (a few times faster than the default): deflate's default level compresses at least as well, so
    // well within the budget at level 1 is within it at the default level; otherwise the default decides.
    let size = bytes;
    if (bytes >= maxGzip * 0.95) {
      size = yield [out.bytes, 1];
      if (size > maxGzip * 0.9) size = yield [out.bytes, zlibConstants.Z_DEFAULT_COMPRESSION];
    }
    if (size <= maxGzip || keep === 0 || attempt >= 20) return out;
    limit = 'size';
    keep = Math.max(0, Math.min(keep - 1, Math.floor(keep * (maxGzip / size) * 0.95)));
  }
}

export function buildSarif(run: RunResult, options: SarifOptions = {}): SarifBuild {
  const steps = cutToLimits(planSarif(run, options));
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    const [bytes, level] = step.value;
    step = steps.next(gzipSync(bytes, { level }).length);
  }
}

/**
 * buildSarif with the gzip of the size check (when the log nears GitHub's 10 MB budget) on the thread pool, so the
 * caller's other work runs meanwhile; the result is the same as buildSarif's. Everything else runs
 * synchronously before the first await, errors included (they reject the promise).
 */
export async function buildSarifAsync(run: RunResult, options: SarifOptions = {}): Promise<SarifBuild> {
  const steps = cutToLimits(planSarif(run, options));
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    const [bytes, level] = step.value;
    step = steps.next(await gzipSize(bytes, level));
  }
}

/** The length of gzipSync(bytes, { level }), computed on the thread pool without keeping the compressed bytes. */
function gzipSize(bytes: Buffer, level: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // Large output chunks: each chunk is a round trip through the event loop, which may be busy meanwhile.
    const gzip = createGzip({ level, chunkSize: GZIP_CHUNK_BYTES });
    let size = 0;
    gzip.on('data', (chunk: Buffer) => (size += chunk.length));
    gzip.on('end', () => resolve(size));
    gzip.on('error', reject);
    gzip.end(bytes);
  });
}

const GZIP_CHUNK_BYTES = 4 * 1024 * 1024;

function truncationOf(
  candidates: readonly Candidate[],
  kept: Uint8Array,
  keptCount: number,
  limit: 'results' | 'size',
): SarifTruncation {
  // Keys in the order the first dropped result of each kind appears (they are serialised in this order).
  const droppedByKind: Record<string, number> = {};
  candidates.forEach((c, i) => {
    if (kept[i] !== 1) droppedByKind[c.kind] = (droppedByKind[c.kind] ?? 0) + 1;
  });
  return {
    limit,
    total: candidates.length,
    kept: keptCount,
    dropped: candidates.length - keptCount,
    droppedByKind,
  };
}

/** One sentence saying what was cut and why; shown in the SARIF run and in the job summary. */
export function truncationText(t: SarifTruncation): string {
  const why =
    t.limit === 'results'
      ? `GitHub code scanning keeps at most ${thousands(GITHUB_KEPT_RESULTS_PER_RUN)} results per run`
      : `GitHub accepts at most ${GITHUB_MAX_GZIP_BYTES / 1024 / 1024} MB of gzipped SARIF`;
  const kinds = Object.entries(t.droppedByKind)
    .sort((a, b) => rankOf(a[0]) - rankOf(b[0]))
    .map(([k, n]) => `${thousands(n)} ${k}`)
    .join(', ');
  return `${why}: kept the ${thousands(t.kept)} most severe of ${thousands(t.total)} results and left out ${thousands(t.dropped)} (${kinds}). The output folder (results.json) lists every result.`;
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
  makeDirectory(dirname(file));
  await writeFile(file, build.bytes);
}

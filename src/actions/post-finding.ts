/**
 * `post-finding` (spec actions.md §7): imports one AWS Security Finding Format finding per matched instance
 * into Security Hub. Finding ids are Security Hub's dedup key and must equal c7n's byte for byte (§7.4), so
 * that a policy run by c7n and by this action updates the same findings.
 */
import type { AwsSecurityFinding, BatchImportFindingsResponse } from '@aws-sdk/client-securityhub';
import { describeAwsFailure, sleepOf, withC7nRetry } from '../aws/client-factory.js';
import { partitionOf } from '../aws/partition.js';
import { ConfigurationError, PolicyRuntimeError } from '../errors.js';
import { isDict, pyStrip } from '../filters/python.js';
import type { Resource } from '../filters/types.js';
import {
  c7nDumps,
  chunks,
  compactJson,
  md5Hex,
  PyFloat,
  pythonIsoformat,
  pythonStr,
  truncateCodePoints,
} from './python-json.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

/** The resource type c7n names in `c7n:resource-type` and the OpsCenter dedup (never `aws.`-prefixed). */
export const RESOURCE_TYPE = 'connect-instance';

const NAMESPACES = [
  'Software and Configuration Checks',
  'TTPs',
  'Effects',
  'Unusual Behaviors',
  'Sensitive Data Identifications',
];
const LABELS = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const COMPLIANCE = ['PASSED', 'WARNING', 'FAILED', 'NOT_AVAILABLE'];
const RECORD_STATES = ['ACTIVE', 'ARCHIVED'];
const KEYS = new Set([
  'type',
  'types',
  'title',
  'description',
  'severity',
  'severity_normalized',
  'severity_label',
  'confidence',
  'criticality',
  'region',
  'recommendation',
  'recommendation_url',
  'fields',
  'batch_size',
  'compliance_status',
  'record_state',
]);

const isNumber = (v: unknown): boolean => typeof v === 'number' || v instanceof PyFloat;
const num = (v: unknown): number => (v instanceof PyFloat ? v.value : (v as number));

/** The schema of §7.1 (c7n: additionalProperties false). */
function validate(data: Readonly<Record<string, unknown>>): void {
  const bad = (why: string): never => {
    throw new ConfigurationError(`post-finding: ${why}`);
  };
  for (const k of Object.keys(data)) if (!KEYS.has(k)) bad(`unknown key \`${k}\``);
  const types = data['types'];
  if (!Array.isArray(types) || types.length === 0)
    bad('`types` is required (a list of Namespace/Category/Classifier)');
  for (const t of types as unknown[]) {
    if (typeof t !== 'string') bad('every entry of `types` must be a string');
    const parts = (t as string).split('/');
    if (parts.length > 3 || !NAMESPACES.includes(parts[0] ?? '')) {
      bad(
        `invalid finding type ${JSON.stringify(t)} (namespace one of ${NAMESPACES.join(', ')}, at most 3 parts)`,
      );
    }
  }
  for (const k of ['title', 'description', 'region', 'recommendation', 'recommendation_url']) {
    if (data[k] !== undefined && typeof data[k] !== 'string') bad(`\`${k}\` must be a string`);
  }
  for (const k of ['severity', 'severity_normalized', 'confidence', 'criticality']) {
    if (data[k] !== undefined && !isNumber(data[k])) bad(`\`${k}\` must be a number`);
  }
  if (data['severity_label'] !== undefined && !LABELS.includes(data['severity_label'] as string)) {
    bad(`severity_label must be one of ${LABELS.join(', ')}`);
  }
  if (data['compliance_status'] !== undefined && !COMPLIANCE.includes(data['compliance_status'] as string)) {
    bad(`compliance_status must be one of ${COMPLIANCE.join(', ')}`);
  }
  if (data['record_state'] !== undefined && !RECORD_STATES.includes(data['record_state'] as string)) {
    bad(`record_state must be one of ${RECORD_STATES.join(', ')}`);
  }
  if (data['fields'] !== undefined && !isDict(data['fields'])) bad('`fields` must be a mapping');
  const size = data['batch_size'];
  if (
    size !== undefined &&
    !(typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= 100)
  ) {
    bad('batch_size must be an integer from 1 to 100');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pure builders (exported for tests and for the `finding` filter's users)

/** `arn:<partition>:connect:<region>:<account>:instance/<Id>` (§1.8, §3). */
export function instanceArn(id: string, region: string, accountId: string): string {
  return `arn:${partitionOf(region)}:connect:${region}:${accountId}:instance/${id}`;
}

/** §7.4: `<region>/<account or None>/<md5 of the compact policy JSON>/<md5 of the compact [Id] JSON>`. */
export function findingId(
  policyData: unknown,
  resourceId: unknown,
  region: string,
  accountId: string,
): string {
  return `${region}/${accountId || 'None'}/${md5Hex(compactJson(policyData))}/${md5Hex(compactJson([resourceId]))}`;
}

/** Python truthiness of the values a finding holds. */
function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === 0 || v === false) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return Object.keys(v).length > 0;
  return true;
}

/** §7.6 `Details.Other`: every top-level field as a string, then the resource type; falsy values dropped. */
export function otherDetails(resource: Resource): Record<string, string> {
  const details: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(resource)) {
    if (v instanceof Date) details[k] = truncateCodePoints(pythonIsoformat(v), 1024);
    else if (Array.isArray(v) || isDict(v)) details[k] = truncateCodePoints(c7nDumps(v), 1024);
    else if (typeof v === 'boolean' || isNumber(v)) details[k] = truncateCodePoints(pythonStr(v), 1024);
    else details[k] = v;
  }
  details['c7n:resource-type'] = RESOURCE_TYPE;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(details)) if (truthy(v)) out[k] = v as string;
  return out;
}

/** `key:value` tags split at the first `:` (a tag without one has value ""). */
function tagFields(tags: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(tags)) return out;
  for (const t of tags) {
    const s = String(t);
    const i = s.indexOf(':');
    if (i < 0) out[s] = '';
    else out[s.slice(0, i)] = s.slice(i + 1);
  }
  return out;
}

export interface FindingInput {
  readonly data: Readonly<Record<string, unknown>>;
  readonly policy: ActionContext['policy'];
  readonly region: string;
  readonly accountId: string;
  readonly version: string;
  /** §1.2 string of "now". */
  readonly now: string;
}

/** §7.3: one finding for one resource, keys in c7n's order, falsy top-level values removed. */
export function buildFinding(resource: Resource, input: FindingInput): AwsSecurityFinding {
  const { data, policy, region, accountId } = input;
  const policyData = policy.data;
  const target = typeof data['region'] === 'string' && data['region'] ? data['region'] : region;
  const description =
    'description' in data
      ? data['description']
      : 'description' in policyData
        ? policyData['description']
        : 'title' in data
          ? data['title']
          : policy.name;
  const productFields: Record<string, unknown> = {
    resource: policy.resource,
    ProviderName: 'CloudCustodian',
    ProviderVersion: input.version,
  };
  Object.assign(productFields, isDict(data['fields']) ? data['fields'] : tagFields(policyData['tags']));

  const entry: Record<string, unknown> = {
    Type: 'Other',
    Id: instanceArn(String(resource['Id'] ?? ''), region, accountId),
    Region: region,
    Partition: partitionOf(region),
    Details: { Other: otherDetails(resource) },
  };
  const tags = resource['Tags'];
  if (Array.isArray(tags) && tags.length > 0) {
    const map: Record<string, unknown> = {};
    for (const t of tags) if (isDict(t)) map[String(t['Key'])] = t['Value'];
    entry['Tags'] = map;
  }

  const finding: Record<string, unknown> = {
    SchemaVersion: '2018-10-08',
    ProductArn: `arn:${partitionOf(region)}:securityhub:${target}::product/cloud-custodian/cloud-custodian`,
    AwsAccountId: accountId,
    Description: pyStrip(pythonStr(description)),
    Title: 'title' in data ? data['title'] : policy.name,
    Id: findingId(policyData, resource['Id'], region, accountId),
    GeneratorId: policy.name,
    CreatedAt: input.now,
    UpdatedAt: input.now,
    RecordState: data['record_state'] ?? 'ACTIVE',
    Severity: {
      Product: num(data['severity'] ?? 0),
      Normalized: num(data['severity_normalized'] ?? 0),
      Label: data['severity_label'] ?? 'INFORMATIONAL',
    },
  };
  if (data['recommendation'] !== undefined || data['recommendation_url'] !== undefined) {
    const recommendation: Record<string, unknown> = {};
    if (data['recommendation'] !== undefined) recommendation['Text'] = data['recommendation'];
    if (data['recommendation_url'] !== undefined) recommendation['Url'] = data['recommendation_url'];
    finding['Remediation'] = { Recommendation: recommendation };
  }
  if ('confidence' in data) finding['Confidence'] = num(data['confidence']);
  if ('criticality' in data) finding['Criticality'] = num(data['criticality']);
  if ('compliance_status' in data) finding['Compliance'] = { Status: data['compliance_status'] };
  finding['ProductFields'] = productFields;
  finding['Resources'] = [entry];
  finding['Types'] = [...(data['types'] as string[])];

  for (const [k, v] of Object.entries(finding)) if (!truthy(v)) delete finding[k];
  return finding as unknown as AwsSecurityFinding;
}

// ---------------------------------------------------------------------------------------------------------
// The action

class PostFindingAction implements Action {
  readonly type = 'post-finding';
  constructor(private readonly data: Readonly<Record<string, unknown>>) {
    validate(data);
  }

  private target(ctx: ActionContext): string {
    return typeof this.data['region'] === 'string' && this.data['region'] ? this.data['region'] : ctx.region;
  }

  describe(resources: readonly Resource[], ctx: ActionContext): string {
    const size = (this.data['batch_size'] as number | undefined) ?? 1;
    const calls = Math.ceil(resources.length / size);
    return `would import ${resources.length} finding(s) into Security Hub in ${this.target(ctx)} (${calls} BatchImportFindings call(s))`;
  }

  async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
    if (resources.length === 0) return { resources: [], detail: 'no findings to import' };
    const aws = ctx.aws;
    if (!aws) throw new PolicyRuntimeError('post-finding needs AWS access (this run has none)');
    const target = this.target(ctx);
    const { BatchImportFindingsCommand, SecurityHubClient } = await import('@aws-sdk/client-securityhub');
    const client = aws.client(SecurityHubClient, target);
    const now = pythonIsoformat(ctx.now);
    const size = (this.data['batch_size'] as number | undefined) ?? 1;
    const input: FindingInput = {
      data: this.data,
      policy: ctx.policy,
      region: ctx.region,
      accountId: ctx.accountId,
      version: ctx.version,
      now,
    };

    const failures: { resource?: string; message: string }[] = [];
    let imported = 0;
    for (const chunk of chunks(resources, size)) {
      const findings = chunk.map((r) => buildFinding(r, input));
      const resourceOf = new Map(findings.map((f, i) => [f.Id, String(chunk[i]?.['Id'] ?? '')]));
      let out: BatchImportFindingsResponse;
      try {
        out = await withC7nRetry(() => client.send(new BatchImportFindingsCommand({ Findings: findings })), {
          sleep: sleepOf(aws),
        });
      } catch (err) {
        const message = describeAwsFailure(err, {
          action: 'securityhub:BatchImportFindings',
          region: target,
          accountId: ctx.accountId,
          subject: `${findings.length} finding(s)`,
        });
        throw new PolicyRuntimeError(`post-finding: ${message}`, { cause: err });
      }
      imported += out.SuccessCount ?? findings.length - (out.FailedCount ?? 0);
      if ((out.FailedCount ?? 0) > 0) {
        const failed = out.FailedFindings ?? [];
        ctx.logger.error(
          `post-finding: Security Hub rejected ${out.FailedCount} of ${findings.length} finding(s): ` +
            JSON.stringify({
              FailedCount: out.FailedCount,
              SuccessCount: out.SuccessCount,
              FailedFindings: failed,
            }),
        );
        for (const f of failed) {
          failures.push({
            resource: resourceOf.get(f.Id),
            message: `Security Hub rejected finding ${f.Id ?? '?'}: ${f.ErrorCode ?? 'error'}${f.ErrorMessage ? ` ${f.ErrorMessage}` : ''}`,
          });
        }
      }
      ctx.logger.debug(
        `post-finding: ${findings.length} finding(s) sent to ${target}: ${out.SuccessCount ?? 0} imported, ${out.FailedCount ?? 0} failed`,
      );
    }
    const result: ActionResult = {
      resources: resources.map((r) => String(r['Id'] ?? '')),
      detail: `imported ${imported} finding(s) into Security Hub in ${target}${failures.length ? `, ${failures.length} rejected` : ''}`,
    };
    return failures.length ? { ...result, failures } : result;
  }
}

export const postFindingAction: ActionDefinition = {
  type: 'post-finding',
  permissions: () => ['securityhub:BatchImportFindings'],
  create: (data) => new PostFindingAction(data),
};

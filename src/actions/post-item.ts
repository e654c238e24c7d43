/**
 * `post-item` (spec actions.md §8): records the matched instances in AWS Systems Manager OpsCenter. Items
 * are found again through c7n's dedup string (§8.2), so runs of c7n and of this action extend the same open
 * OpsItems: a second run adds the new instances to the existing item (UpdateOpsItem) instead of opening
 * another one, and an item holds at most 100 resources.
 *
 * Where c7n crashes or sends requests the service rejects (policy-level tags, `topics` as a string, the
 * remainder path, UpdateOpsItem with the whole summary, OpsItemAlreadyExistsException) this follows the
 * spec's deviations.
 */
import type { CreateOpsItemRequest, OpsItemDataValue, OpsItemSummary } from '@aws-sdk/client-ssm';
import { describeAwsFailure } from '../aws/client-factory.js';
import { ConfigurationError, PolicyRuntimeError } from '../errors.js';
import { compareStrings, isDict, pyStrip } from '../filters/python.js';
import type { Resource } from '../filters/types.js';
import { instanceArn, RESOURCE_TYPE } from './post-finding.js';
import { chunks, compactJson, md5Hex } from './python-json.js';
import type { Action, ActionContext, ActionDefinition, ActionResult } from './types.js';

export const OPS_ITEM_SOURCE = 'Cloud Custodian';
/** An OpsItem lists at most this many resources in `/aws/resources`. */
export const MAX_RESOURCES_PER_ITEM = 100;
/** How many existing items a new one is related to. */
const MAX_RELATED = 5;

const KEYS = new Set(['type', 'title', 'description', 'priority', 'tags', 'topics']);

function validate(data: Readonly<Record<string, unknown>>): void {
  const bad = (why: string): never => {
    throw new ConfigurationError(`post-item: ${why}`);
  };
  for (const k of Object.keys(data)) if (!KEYS.has(k)) bad(`unknown key \`${k}\``);
  for (const k of ['title', 'description', 'topics']) {
    if (data[k] !== undefined && typeof data[k] !== 'string') bad(`\`${k}\` must be a string`);
  }
  const p = data['priority'];
  if (p !== undefined && !(typeof p === 'number' && Number.isInteger(p) && p >= 1 && p <= 5)) {
    bad('priority must be an integer from 1 to 5');
  }
  if (data['tags'] !== undefined && !isDict(data['tags'])) bad('`tags` must be a mapping');
}

/** The trimmed title (action `title`, else the policy name). */
function titleOf(data: Readonly<Record<string, unknown>>, policyName: string): string {
  return pyStrip(typeof data['title'] === 'string' ? data['title'] : policyName);
}

/** §8.2: first 20 hex digits of md5("<title> connect-instance <region> <account or None>"). */
export function opsItemDedup(title: string, region: string, accountId: string): string {
  return md5Hex(`${title} ${RESOURCE_TYPE} ${region} ${accountId || 'None'}`).slice(0, 20);
}

/** §8.2: the CreateOpsItem template, keys in c7n's order, falsy values removed (without `/aws/resources`). */
export function opsItemTemplate(
  data: Readonly<Record<string, unknown>>,
  ctx: Pick<ActionContext, 'policy' | 'region' | 'accountId' | 'executionId' | 'version'>,
): CreateOpsItemRequest {
  const title = titleOf(data, ctx.policy.name);
  const dedup = opsItemDedup(title, ctx.region, ctx.accountId);
  const policyDescription = ctx.policy.data['description'];
  const template: Record<string, unknown> = {
    Title: title,
    Description:
      typeof data['description'] === 'string'
        ? data['description']
        : typeof policyDescription === 'string'
          ? policyDescription
          : ctx.policy.name,
    Priority: data['priority'],
    Source: OPS_ITEM_SOURCE,
    // Deviation: c7n falls back to the policy's tag list and crashes; without action tags, no Tags.
    Tags: isDict(data['tags'])
      ? Object.entries(data['tags']).map(([Key, Value]) => ({ Key, Value: String(Value) }))
      : undefined,
    // Deviation: c7n splits the topic string into characters; one ARN is one notification.
    Notifications:
      typeof data['topics'] === 'string' && data['topics'] ? [{ Arn: data['topics'] }] : undefined,
    OperationalData: {
      '/aws/dedup': { Type: 'SearchableString', Value: compactJson({ dedupString: dedup }) },
      '/custodian/execution-id': { Type: 'String', Value: ctx.executionId },
      '/custodian/dedup': { Type: 'SearchableString', Value: dedup },
      '/custodian/policy': { Type: 'String', Value: compactJson(ctx.policy.data) },
      '/custodian/version': { Type: 'String', Value: ctx.version },
      '/custodian/policy-name': { Type: 'SearchableString', Value: ctx.policy.name },
      '/custodian/resource': { Type: 'SearchableString', Value: RESOURCE_TYPE },
    },
  };
  for (const [k, v] of Object.entries(template)) {
    if (v === undefined || v === null || v === '' || v === 0 || (Array.isArray(v) && v.length === 0))
      delete template[k];
  }
  return template as unknown as CreateOpsItemRequest;
}

/** The ARNs an item lists in `/aws/resources` (a JSON list of {"arn": …}); [] when absent or unreadable. */
function listedArns(item: OpsItemSummary): string[] {
  const text = item.OperationalData?.['/aws/resources']?.Value;
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((e) => (isDict(e) && typeof e['arn'] === 'string' ? [e['arn']] : []));
  } catch {
    return [];
  }
}

const resourcesValue = (arns: readonly string[]): string => compactJson(arns.map((arn) => ({ arn })));

class PostItemAction implements Action {
  readonly type = 'post-item';
  constructor(private readonly data: Readonly<Record<string, unknown>>) {
    validate(data);
  }

  describe(resources: readonly Resource[], ctx: ActionContext): string {
    const title = titleOf(this.data, ctx.policy.name);
    const dedup = opsItemDedup(title, ctx.region, ctx.accountId);
    return (
      `would record ${resources.length} instance(s) in OpsCenter items titled ${JSON.stringify(title)} ` +
      `(dedup ${dedup}): added to open items, or new items of at most ${MAX_RESOURCES_PER_ITEM}`
    );
  }

  async run(resources: readonly Resource[], ctx: ActionContext): Promise<ActionResult> {
    if (resources.length === 0) return { resources: [], detail: 'nothing to record' };
    const aws = ctx.aws;
    if (!aws) throw new PolicyRuntimeError('post-item needs AWS access (this run has none)');
    const {
      CreateOpsItemCommand,
      DescribeOpsItemsCommand,
      OpsItemAlreadyExistsException,
      SSMClient,
      UpdateOpsItemCommand,
    } = await import('@aws-sdk/client-ssm');
    const client = aws.client(SSMClient, ctx.region);
    const fail = (err: unknown, action: string, subject?: string): never => {
      const message = describeAwsFailure(err, {
        action,
        region: ctx.region,
        accountId: ctx.accountId,
        subject,
      });
      throw new PolicyRuntimeError(`post-item: ${message}`, { cause: err });
    };

    const template = opsItemTemplate(this.data, ctx);
    const dedup = opsItemDedup(titleOf(this.data, ctx.policy.name), ctx.region, ctx.accountId);
    const sorted = [...resources].sort((a, b) =>
      compareStrings(String(a['Id'] ?? ''), String(b['Id'] ?? '')),
    );
    const arnOf = new Map<string, Resource>();
    for (const r of sorted) arnOf.set(instanceArn(String(r['Id'] ?? ''), ctx.region, ctx.accountId), r);

    // §8.3: the open items of this dedup string, newest first (first page only, as c7n).
    let summaries: OpsItemSummary[] = [];
    try {
      const out = await client.send(
        new DescribeOpsItemsCommand({
          OpsItemFilters: [
            { Key: 'OperationalDataValue', Operator: 'Contains', Values: [dedup] },
            { Key: 'OperationalDataKey', Operator: 'Equal', Values: ['/custodian/dedup'] },
            { Key: 'Status', Operator: 'Equal', Values: ['Open'] },
            { Key: 'Source', Operator: 'Equal', Values: [OPS_ITEM_SOURCE] },
          ],
        }),
      );
      summaries = [...(out.OpsItemSummaries ?? [])];
    } catch (err) {
      fail(err, 'ssm:DescribeOpsItems');
    }
    const time = (s: OpsItemSummary): number => s.CreatedTime?.getTime() ?? 0;
    summaries.sort((a, b) => time(b) - time(a));

    const annotated: string[] = [];
    const annotate = (arn: string, id: string): void => {
      const r = arnOf.get(arn);
      if (!r) return;
      r['c7n:opsitem'] = id;
      annotated.push(String(r['Id'] ?? ''));
    };
    const failures: { resource?: string; message: string }[] = [];

    let pending = [...arnOf.keys()].sort(compareStrings);
    let updated = 0;
    if (summaries.length > 0) {
      const lists = summaries.map(listedArns);
      const listed = new Set(lists.flat());
      const changed = new Set<number>();
      const remainder: string[] = [];
      for (const arn of pending) {
        if (listed.has(arn)) continue;
        const i = lists.findIndex((l) => l.length < MAX_RESOURCES_PER_ITEM);
        if (i < 0) {
          remainder.push(arn);
          continue;
        }
        lists[i]!.push(arn);
        changed.add(i);
        annotate(arn, summaries[i]!.OpsItemId ?? '');
      }
      for (const i of [...changed].sort((a, b) => a - b)) {
        const summary = summaries[i]!;
        // Deviation: only the id and the operational data (c7n sends the whole summary, which the API rejects).
        const data: Record<string, OpsItemDataValue> = { ...(summary.OperationalData ?? {}) };
        delete data['/aws/dedup'];
        data['/aws/resources'] = { Type: 'SearchableString', Value: resourcesValue(lists[i]!) };
        try {
          await client.send(
            new UpdateOpsItemCommand({ OpsItemId: summary.OpsItemId, OperationalData: data }),
          );
        } catch (err) {
          fail(err, 'ssm:UpdateOpsItem', summary.OpsItemId);
        }
        updated++;
      }
      pending = remainder;
    }

    // §8.4: new items for what no open item could take, 100 resources each.
    const itemIds = summaries.slice(0, MAX_RELATED).map((s) => s.OpsItemId ?? '');
    const related = summaries.length > 0;
    let created = 0;
    for (const chunk of chunks(pending, MAX_RESOURCES_PER_ITEM)) {
      const arns = [...chunk].sort(compareStrings);
      const request: CreateOpsItemRequest = {
        ...template,
        OperationalData: {
          ...template.OperationalData,
          '/aws/resources': { Type: 'SearchableString', Value: resourcesValue(arns) },
        },
      };
      if (related)
        request.RelatedOpsItems = itemIds.slice(0, MAX_RELATED).map((OpsItemId) => ({ OpsItemId }));
      let id: string | undefined;
      try {
        const out = await client.send(new CreateOpsItemCommand(request));
        id = out.OpsItemId;
        created++;
      } catch (err) {
        if (!(err instanceof OpsItemAlreadyExistsException)) fail(err, 'ssm:CreateOpsItem');
        // Deviation: OpsCenter's own dedup answered; use the item it names, if it names one.
        id = (err as InstanceType<typeof OpsItemAlreadyExistsException>).OpsItemId;
        ctx.logger.warning(
          `post-item: OpsCenter already has an item for dedup ${dedup}${id ? ` (${id})` : ''}; ${arns.length} instance(s) not added`,
        );
        if (!id) {
          for (const arn of arns) {
            failures.push({
              resource: String(arnOf.get(arn)?.['Id'] ?? arn),
              message: 'OpsCenter reported an existing item for this dedup string without naming it',
            });
          }
          continue;
        }
      }
      if (id) {
        itemIds.unshift(id);
        for (const arn of arns) annotate(arn, id);
      }
    }

    const result: ActionResult = {
      resources: annotated,
      detail:
        `OpsCenter: ${created} item(s) created, ${updated} updated, ${annotated.length} instance(s) added` +
        (annotated.length < sorted.length
          ? `, ${sorted.length - annotated.length} already listed or not added`
          : ''),
    };
    return failures.length ? { ...result, failures } : result;
  }
}

export const postItemAction: ActionDefinition = {
  type: 'post-item',
  permissions: () => ['ssm:CreateOpsItem', 'ssm:DescribeOpsItems', 'ssm:UpdateOpsItem'],
  create: (data) => new PostItemAction(data),
};

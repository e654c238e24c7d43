/**
 * The live source of `aws.connect-instance` (spec filters.md §3.1, actions.md §3): Amazon Connect
 * ListInstances in the policy region, no parameters, every page, summaries concatenated in API order.
 * Each page goes through c7n-retry on top of the SDK's own retries.
 */
import type { ListInstancesCommandOutput } from '@aws-sdk/client-connect';
import type { Resource } from '../filters/types.js';
import type { ListContext, ResourceSource } from '../engine/run.js';
import { ConfigurationError, PolicyRuntimeError } from '../errors.js';
import {
  awsErrorCode,
  describeAwsFailure,
  sleepOf,
  withC7nRetry,
  type Sleep,
} from '../aws/client-factory.js';

/** The fields of a Connect InstanceSummary, as ListInstances returns them (spec filters.md §3.2). */
export const INSTANCE_SUMMARY_FIELDS: readonly string[] = [
  'Id',
  'Arn',
  'IdentityManagementType',
  'InstanceAlias',
  'CreatedTime',
  'ServiceRole',
  'InstanceStatus',
  'InboundCallsEnabled',
  'OutboundCallsEnabled',
  'InstanceAccessUrl',
];

export const CONNECT_INSTANCE_PERMISSIONS: readonly string[] = ['connect:ListInstances'];

/** An SDK InstanceSummary as a resource: no undefined keys, `CreatedTime` a Date. */
export function toResource(summary: object): Resource {
  const out: Resource = {};
  for (const [k, v] of Object.entries(summary)) {
    if (v === undefined || k === '$metadata') continue;
    out[k] = v;
  }
  const created = out['CreatedTime'];
  if (created !== undefined && !(created instanceof Date)) {
    const d = new Date(typeof created === 'number' ? created * 1000 : String(created));
    if (!Number.isNaN(d.getTime())) out['CreatedTime'] = d;
  }
  return out;
}

export class ConnectInstanceSource implements ResourceSource {
  readonly resourceType = 'aws.connect-instance';
  readonly permissions = CONNECT_INSTANCE_PERMISSIONS;

  constructor(private readonly options: { sleep?: Sleep; random?: () => number } = {}) {}

  async list(ctx: ListContext): Promise<Resource[]> {
    const aws = ctx.aws;
    if (!aws) {
      throw new PolicyRuntimeError(
        'listing connect-instance needs AWS access (credentials and a region); give --resources FILE to evaluate a snapshot instead',
      );
    }
    // The SDK is loaded only when a listing is made: snapshot runs and validate never evaluate it.
    const { ConnectClient, ListInstancesCommand } = await import('@aws-sdk/client-connect');
    const client = aws.client(ConnectClient, ctx.region);
    const sleep = this.options.sleep ?? sleepOf(aws);
    const resources: Resource[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const input = token === undefined ? {} : { NextToken: token };
      let page: ListInstancesCommandOutput;
      try {
        page = await withC7nRetry(() => client.send(new ListInstancesCommand(input)), {
          sleep,
          random: this.options.random,
        });
      } catch (err) {
        const message = describeAwsFailure(err, {
          action: 'connect:ListInstances',
          region: ctx.region,
          accountId: ctx.accountId,
        });
        // A missing permission is for the user to fix; anything else is an outage.
        if (/AccessDenied/i.test(awsErrorCode(err))) throw new ConfigurationError(message, { cause: err });
        throw new Error(message, { cause: err });
      }
      pages += 1;
      for (const summary of page.InstanceSummaryList ?? []) resources.push(toResource(summary));
      token = page.NextToken || undefined;
    } while (token !== undefined);
    ctx.logger.debug(
      `connect ListInstances ${ctx.region}: ${resources.length} instance(s) in ${pages} page(s)`,
    );
    return resources;
  }
}

export const connectInstanceSource = new ConnectInstanceSource();

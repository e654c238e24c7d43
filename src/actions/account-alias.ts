/**
 * The account alias that notify and invoke-lambda send (`account`, `{account}`): the first alias of IAM
 * ListAccountAliases, "" when the account has none (spec actions.md §2.1). The engine looks it up once per
 * account and run, before the actions of an enforce run that need it, and leaves it in the run cache under
 * the key the actions read (notify.ts accountAliasCacheKey).
 */
import { describeAwsFailure } from '../aws/client-factory.js';
import { PolicyRuntimeError } from '../errors.js';
import { accountAliasCacheKey } from './notify.js';
import type { ActionContext } from './types.js';

/** The alias from the run cache, else from IAM (cached for the rest of the run); undefined without AWS access. */
export async function lookupAccountAlias(ctx: ActionContext): Promise<string | undefined> {
  const key = accountAliasCacheKey(ctx.accountId);
  const cached = ctx.cache.get(key);
  if (typeof cached === 'string') return cached;
  if (cached instanceof Promise) return (await cached) as string;
  if (!ctx.aws) return undefined;
  const aws = ctx.aws;
  // The SDK is loaded inside the cached promise, so concurrent callers still share one call.
  const pending = import('@aws-sdk/client-iam')
    .then(({ IAMClient, ListAccountAliasesCommand }) =>
      aws.client(IAMClient).send(new ListAccountAliasesCommand({})),
    )
    .then((out) => out.AccountAliases?.[0] ?? '')
    .catch((err: unknown) => {
      ctx.cache.delete(key);
      throw new PolicyRuntimeError(
        describeAwsFailure(err, {
          action: 'iam:ListAccountAliases',
          region: ctx.region,
          accountId: ctx.accountId,
        }),
      );
    });
  ctx.cache.set(key, pending);
  const alias = await pending;
  ctx.cache.set(key, alias);
  return alias;
}

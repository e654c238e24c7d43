/**
 * Where the run's AWS credentials come from (design.md §1 inputs `role-to-assume`, `accounts-file`,
 * `audience`, `role-session-name`, `role-duration-seconds`).
 *
 * - No role: the SDK default provider chain (environment, web identity file, SSO, profile, IMDS ...).
 * - `role-to-assume`: a GitHub OIDC token (through the `getIdToken` port: the action passes
 *   @actions/core getIDToken, the CLI `githubIdTokenFetcher`) exchanged with STS AssumeRoleWithWebIdentity.
 *   Every STS call gets a fresh token; credentials are refreshed 5 minutes before they expire.
 * - An accounts file: one role per account, assumed with STS AssumeRole from the base credentials (role
 *   chaining from the OIDC role when `role-to-assume` is set, c7n-org style), or, with
 *   `accountRoleVia: 'web-identity'`, each account role directly with its own OIDC token.
 * Every secret (OIDC token, access key id, secret key, session token) goes through the `mask` port the moment
 * it exists. Failures become one-line ConfigurationErrors that say what to fix.
 */
import type { Credentials as StsCredentials, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { isPullRequestEvent } from '../config/guards.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import type { AccountEntry, AccountsFile } from './accounts-file.js';
import {
  AwsClientFactory,
  awsErrorCode,
  classifyAwsError,
  type Credentials,
  type Env,
  type RetryOptions,
} from './client-factory.js';
import { partitionOf } from './partition.js';

export type GetIdToken = (audience: string) => Promise<string>;
export type Mask = (secret: string) => void;

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
export const DEFAULT_SESSION_NAME = 'connect-policy-gate';
export const DEFAULT_DURATION_SECONDS = 3600;
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

const ROLE_ARN_RE = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/;

/** The account id inside a role ARN ('' when it is not one). */
export function accountOfRoleArn(roleArn: string): string {
  return ROLE_ARN_RE.exec(roleArn)?.[2] ?? '';
}

/** Checks the inputs before any call, with messages naming the input. */
export function validateRoleInputs(input: {
  roleArn: string;
  sessionName?: string;
  durationSeconds?: number;
  label?: string;
}): void {
  const label = input.label ?? 'role-to-assume';
  if (!ROLE_ARN_RE.test(input.roleArn)) {
    throw new ConfigurationError(
      `${label}: "${input.roleArn}" is not an IAM role ARN; expected arn:aws:iam::<12-digit account>:role/<name> (copy it from the role's summary page)`,
    );
  }
  if (input.sessionName !== undefined && !SESSION_NAME_RE.test(input.sessionName)) {
    throw new ConfigurationError(
      `role-session-name: "${input.sessionName}" must be 2-64 characters of letters, digits and _+=,.@-`,
    );
  }
  const d = input.durationSeconds;
  if (d !== undefined && (!Number.isInteger(d) || d < 900 || d > 43200)) {
    throw new ConfigurationError(
      `role-duration-seconds: ${String(d)} must be a whole number of seconds from 900 to 43200`,
    );
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* GitHub OIDC                                                                                       */
/* ------------------------------------------------------------------------------------------------ */

/** Throws a ConfigurationError that says why GitHub gave this job no OIDC token. */
export function assertOidcAvailable(env: Env): void {
  const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter((k) => !env[k]);
  if (missing.length === 0) return;
  const fork = isPullRequestEvent(env)
    ? ' This run is a pull request: pull requests from forks never receive an OIDC token.'
    : ' (Pull requests from forks never receive one.)';
  throw new ConfigurationError(
    `role-to-assume needs a GitHub OIDC token but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: add \`permissions: id-token: write\` to the job.${fork}`,
  );
}

/**
 * A `getIdToken` that talks to the runner's token endpoint itself (for the CLI inside a workflow; the
 * action uses @actions/core getIDToken, which does the same): GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=
 * with the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, answer `{"value": "<jwt>"}`.
 */
export function githubIdTokenFetcher(env: Env = process.env, fetchImpl: typeof fetch = fetch): GetIdToken {
  return async (audience: string) => {
    assertOidcAvailable(env);
    const url = new URL(env['ACTIONS_ID_TOKEN_REQUEST_URL'] as string);
    if (audience) url.searchParams.set('audience', audience);
    let res: Response;
    try {
      res = await fetchImpl(url, {
        headers: {
          authorization: `Bearer ${env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as string}`,
          accept: 'application/json',
        },
      });
    } catch (err) {
      throw new Error(
        `could not reach the GitHub OIDC token endpoint: ${err instanceof Error ? err.message : String(err)}`,
        {
          cause: err,
        },
      );
    }
    if (!res.ok) {
      throw new ConfigurationError(
        `the GitHub OIDC token endpoint answered HTTP ${res.status}; check that the job has \`permissions: id-token: write\``,
      );
    }
    const body = (await res.json()) as { value?: unknown };
    if (typeof body.value !== 'string' || body.value === '') {
      throw new Error('the GitHub OIDC token endpoint answered without a token');
    }
    return body.value;
  };
}

/** The claims of a JWT, without verifying it (only to explain failures; `sub` and `aud` are not secret). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** One line saying what to fix when STS refuses a web identity. */
export function explainWebIdentityFailure(
  err: unknown,
  roleArn: string,
  audience: string,
  claims: Record<string, unknown>,
): string {
  const code = awsErrorCode(err);
  const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
  const sub = typeof claims['sub'] === 'string' ? claims['sub'] : undefined;
  const account = accountOfRoleArn(roleArn);
  const prefix = `role-to-assume ${roleArn}: STS AssumeRoleWithWebIdentity failed (${code || 'error'}: ${message})`;
  if (code === 'InvalidIdentityToken' && /audience/i.test(message)) {
    return `${prefix}. The token's audience "${audience}" is not a client ID of the account's GitHub OIDC provider: add it there, or set the \`audience\` input to the one the provider lists (default sts.amazonaws.com).`;
  }
  if (code === 'InvalidIdentityToken' && /provider/i.test(message)) {
    return `${prefix}. Account ${account} has no IAM OIDC identity provider for https://token.actions.githubusercontent.com: create one (audience ${audience}).`;
  }
  if (code === 'AccessDenied' || /not authorized/i.test(message)) {
    return (
      `${prefix}. The role's trust policy does not accept this workflow: check that the role ARN is right and that its ` +
      `\`token.actions.githubusercontent.com:sub\` condition matches ${sub ? `"${sub}"` : 'the token subject'} ` +
      `(forms: repo:OWNER/REPO:ref:refs/heads/BRANCH, repo:OWNER/REPO:environment:NAME, repo:OWNER/REPO:pull_request) ` +
      `and \`token.actions.githubusercontent.com:aud\` is "${audience}".`
    );
  }
  if (code === 'ValidationError' && /durationSeconds|DurationSeconds|duration/i.test(message)) {
    return `${prefix}. role-duration-seconds exceeds the role's maximum session duration: lower it or raise the role's limit.`;
  }
  if (code === 'ValidationError') return `${prefix}. Check role-to-assume and role-session-name.`;
  if (code === 'ExpiredTokenException')
    return `${prefix}. The OIDC token expired before it reached STS; re-run the job.`;
  return `${prefix}.`;
}

/* ------------------------------------------------------------------------------------------------ */
/* STS                                                                                               */
/* ------------------------------------------------------------------------------------------------ */

export interface StsOptions {
  /** Region of the STS endpoint (regional endpoints; default us-east-1). */
  region?: string;
  /** Where AWS_ENDPOINT_URL[_STS] are read from. */
  env?: Env;
  retry?: RetryOptions;
  logger?: Logger;
}

// Loaded on first use: evaluating the SDK costs start-up time that runs without STS calls should not pay.
const loadSts = () => import('@aws-sdk/client-sts');

function stsClient(
  sts: { STSClient: typeof STSClient },
  credentials: Credentials | undefined,
  opts: StsOptions,
): STSClient {
  const factory = new AwsClientFactory({
    accountId: '',
    region: opts.region ?? 'us-east-1',
    credentials,
    env: opts.env,
    retry: opts.retry,
    logger: opts.logger,
  });
  return factory.client(sts.STSClient);
}

function toIdentity(c: StsCredentials | undefined, mask: Mask, what: string): AwsCredentialIdentity {
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`${what}: STS answered without credentials`);
  mask(c.AccessKeyId);
  mask(c.SecretAccessKey);
  if (c.SessionToken) mask(c.SessionToken);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
    ...(c.Expiration ? { expiration: c.Expiration } : {}),
  };
}

/** Wraps a fetch of temporary credentials: shared while valid, refreshed 5 minutes before expiry. */
export function refreshing(
  fetchCredentials: () => Promise<AwsCredentialIdentity>,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if (current) {
      try {
        const c = await current;
        if (!c.expiration || c.expiration.getTime() - REFRESH_MARGIN_MS > now()) return c;
      } catch {
        // fall through: try again
      }
    }
    current = fetchCredentials();
    return current;
  };
}

export interface WebIdentityOptions extends StsOptions {
  roleArn: string;
  audience?: string;
  sessionName?: string;
  durationSeconds?: number;
  getIdToken: GetIdToken;
  mask: Mask;
}

/** One AssumeRoleWithWebIdentity with a fresh OIDC token. */
export async function assumeRoleWithWebIdentity(opts: WebIdentityOptions): Promise<AwsCredentialIdentity> {
  const audience = opts.audience ?? DEFAULT_AUDIENCE;
  const sessionName = opts.sessionName ?? DEFAULT_SESSION_NAME;
  const durationSeconds = opts.durationSeconds ?? DEFAULT_DURATION_SECONDS;
  validateRoleInputs({ roleArn: opts.roleArn, sessionName, durationSeconds });
  const token = await opts.getIdToken(audience);
  opts.mask(token);
  const claims = jwtClaims(token);
  const sts = await loadSts();
  // The call is unsigned; the client must not go looking for credentials.
  const client = stsClient(sts, { accessKeyId: 'unused', secretAccessKey: 'unused' }, opts);
  try {
    const out = await client.send(
      new sts.AssumeRoleWithWebIdentityCommand({
        RoleArn: opts.roleArn,
        RoleSessionName: sessionName,
        WebIdentityToken: token,
        DurationSeconds: durationSeconds,
      }),
    );
    (opts.logger ?? silentLogger).info(`assumed ${opts.roleArn} with GitHub OIDC (session ${sessionName})`);
    return toIdentity(out.Credentials, opts.mask, 'AssumeRoleWithWebIdentity');
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    const message = explainWebIdentityFailure(err, opts.roleArn, audience, claims);
    if (classifyAwsError(err) === 'fatal') throw new ConfigurationError(message, { cause: err });
    throw new Error(message, { cause: err });
  } finally {
    client.destroy();
  }
}

/** A credential provider for `role-to-assume` through GitHub OIDC (fresh token for every STS call). */
export function webIdentityCredentials(opts: WebIdentityOptions): AwsCredentialIdentityProvider {
  return refreshing(() => assumeRoleWithWebIdentity(opts));
}

export interface AssumeRoleOptions extends StsOptions {
  roleArn: string;
  /** The credentials that call AssumeRole (undefined: the default chain). */
  base: Credentials | undefined;
  sessionName?: string;
  durationSeconds?: number;
  externalId?: string;
  mask: Mask;
}

/** A credential provider for STS AssumeRole from base credentials (account roles of an accounts file). */
export function assumeRoleCredentials(opts: AssumeRoleOptions): AwsCredentialIdentityProvider {
  const sessionName = opts.sessionName ?? DEFAULT_SESSION_NAME;
  validateRoleInputs({
    roleArn: opts.roleArn,
    sessionName,
    durationSeconds: opts.durationSeconds,
    label: 'accounts-file role',
  });
  return refreshing(async () => {
    const sts = await loadSts();
    const client = stsClient(sts, opts.base, opts);
    try {
      const out = await client.send(
        new sts.AssumeRoleCommand({
          RoleArn: opts.roleArn,
          RoleSessionName: sessionName,
          ...(opts.durationSeconds !== undefined ? { DurationSeconds: opts.durationSeconds } : {}),
          ...(opts.externalId !== undefined ? { ExternalId: opts.externalId } : {}),
        }),
      );
      return toIdentity(out.Credentials, opts.mask, 'AssumeRole');
    } catch (err) {
      const code = awsErrorCode(err);
      const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
      const hint =
        code === 'AccessDenied'
          ? `: the role's trust policy must allow sts:AssumeRole by the gate's base identity${opts.externalId ? ' with this external_id' : ''}, and the base identity needs sts:AssumeRole on it`
          : '';
      const text = `could not assume ${opts.roleArn} (${code || 'error'}: ${message})${hint}`;
      if (classifyAwsError(err) === 'fatal') throw new ConfigurationError(text, { cause: err });
      throw new Error(text, { cause: err });
    } finally {
      client.destroy();
    }
  });
}

/** The account the credentials belong to (STS GetCallerIdentity). */
export async function callerAccountId(
  credentials: Credentials | undefined,
  opts: StsOptions = {},
): Promise<string> {
  const sts = await loadSts();
  const client = stsClient(sts, credentials, opts);
  try {
    const out = await client.send(new sts.GetCallerIdentityCommand({}));
    if (!out.Account) throw new Error('STS GetCallerIdentity answered without an account');
    return out.Account;
  } catch (err) {
    const code = awsErrorCode(err);
    if (
      code === 'CredentialsProviderError' ||
      /Could not load credentials/i.test(String((err as Error).message))
    ) {
      throw new ConfigurationError(
        'no AWS credentials found: set role-to-assume (GitHub OIDC), or provide credentials through the environment or a profile',
        { cause: err },
      );
    }
    throw err;
  } finally {
    client.destroy();
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Putting it together: which accounts, with which credentials                                       */
/* ------------------------------------------------------------------------------------------------ */

export interface AuthConfig {
  /** `role-to-assume`. */
  roleToAssume?: string;
  audience?: string;
  roleSessionName?: string;
  roleDurationSeconds?: number;
  accounts?: AccountsFile;
  /** How accounts-file roles are assumed when role-to-assume is set: chained AssumeRole (default) or OIDC. */
  accountRoleVia?: 'assume-role' | 'web-identity';
  /** The run's regions (`regions` input, parsed). */
  regions: readonly string[];
  getIdToken?: GetIdToken;
  mask: Mask;
  env?: Env;
  retry?: RetryOptions;
  logger?: Logger;
}

export interface AccountTarget {
  readonly accountId: string;
  /** Name from the accounts file, else the account id. */
  readonly name: string;
  readonly regions: readonly string[];
  readonly tags: readonly string[];
  readonly vars: Readonly<Record<string, unknown>>;
  /** undefined: the SDK default chain. */
  readonly credentials: Credentials | undefined;
}

/**
 * The accounts to run against and their credentials. Credentials are providers: nothing is assumed until
 * a client needs them, except that the single-account default-chain case asks STS which account it is.
 */
export async function resolveAccounts(config: AuthConfig): Promise<AccountTarget[]> {
  const env = config.env ?? process.env;
  const sts: StsOptions = {
    region: stsRegion(config.regions),
    env,
    retry: config.retry,
    logger: config.logger,
  };
  let base: Credentials | undefined;
  const webIdentity = (roleArn: string): AwsCredentialIdentityProvider => {
    if (!config.getIdToken) assertOidcAvailable(env);
    return webIdentityCredentials({
      ...sts,
      roleArn,
      audience: config.audience,
      sessionName: config.roleSessionName,
      durationSeconds: config.roleDurationSeconds,
      getIdToken: config.getIdToken ?? githubIdTokenFetcher(env),
      mask: config.mask,
    });
  };
  if (config.roleToAssume) {
    validateRoleInputs({
      roleArn: config.roleToAssume,
      sessionName: config.roleSessionName,
      durationSeconds: config.roleDurationSeconds,
    });
    if (!config.getIdToken) assertOidcAvailable(env);
    base = webIdentity(config.roleToAssume);
  }

  if (!config.accounts) {
    const accountId = config.roleToAssume
      ? accountOfRoleArn(config.roleToAssume)
      : await callerAccountId(undefined, sts);
    return [
      { accountId, name: accountId, regions: [...config.regions], tags: [], vars: {}, credentials: base },
    ];
  }

  return config.accounts.accounts.map((a: AccountEntry): AccountTarget => {
    let credentials: Credentials | undefined = base;
    if (a.role !== undefined && a.role !== config.roleToAssume) {
      credentials =
        config.roleToAssume && config.accountRoleVia === 'web-identity'
          ? webIdentity(a.role)
          : assumeRoleCredentials({
              ...sts,
              roleArn: a.role,
              base,
              sessionName: config.roleSessionName,
              // Role chaining caps sessions at one hour.
              durationSeconds: config.roleToAssume
                ? Math.min(config.roleDurationSeconds ?? 3600, 3600)
                : config.roleDurationSeconds,
              externalId: a.externalId,
              mask: config.mask,
            });
    }
    return {
      accountId: a.accountId,
      name: a.name,
      regions: a.regions ?? [...config.regions],
      tags: a.tags,
      vars: a.vars,
      credentials,
    };
  });
}

/** STS region: the first region of the run in the commercial partition, else the first one. */
function stsRegion(regions: readonly string[]): string {
  return regions.find((r) => partitionOf(r) === 'aws') ?? regions[0] ?? 'us-east-1';
}

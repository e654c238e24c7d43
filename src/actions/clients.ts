/**
 * SDK clients with per-action settings (actions.md §4.3): another role's credentials (invoke-lambda
 * `assume-role`) or another read timeout (invoke-lambda `timeout`), still built by the run's client factory
 * so they keep its endpoint overrides, retry strategy and middleware (record/replay).
 *
 * The factory builds `new ctor(config)`; we hand it a subclass of the SDK client that adjusts the config
 * first. The subclass keeps the SDK class name, so the factory resolves the same service id for
 * AWS_ENDPOINT_URL_<SERVICE>. Subclasses are memoised per port and setting, so clients are reused.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import {
  describeAwsFailure,
  isNodeHttpHandlerOptions,
  nodeHttpHandlerOptions,
} from '../aws/client-factory.js';
import { refreshing } from '../aws/credentials.js';
import type { AwsClientConfig, AwsPort } from '../aws/port.js';
import { PolicyRuntimeError } from '../errors.js';

type Ctor<T> = new (config: AwsClientConfig) => T;

export interface ClientSettings {
  /** Credentials to use instead of the policy credentials. */
  readonly credentials?: AwsCredentialIdentityProvider;
  /** Read timeout of a request, ms (replaces the factory's default handler; a replay handler is kept). */
  readonly requestTimeoutMs?: number;
  /** Identifies the settings for memoisation (e.g. `role=<arn>;timeout=90`). */
  readonly key: string;
}

const derived = new WeakMap<AwsPort, Map<string, unknown>>();

/** A client of `base`'s service in `region` with the given settings, from the run's factory. */
export function clientWith<T>(aws: AwsPort, base: Ctor<T>, region: string, settings: ClientSettings): T {
  let byKey = derived.get(aws);
  if (!byKey) {
    byKey = new Map();
    derived.set(aws, byKey);
  }
  const memo = `${base.name}|${settings.key}`;
  let ctor = byKey.get(memo) as Ctor<T> | undefined;
  if (!ctor) {
    const adjust = (config: AwsClientConfig): AwsClientConfig => {
      const out: AwsClientConfig = { ...config };
      if (settings.credentials) out['credentials'] = settings.credentials;
      if (settings.requestTimeoutMs !== undefined && isNodeHttpHandlerOptions(config['requestHandler'])) {
        out['requestHandler'] = nodeHttpHandlerOptions(5_000, settings.requestTimeoutMs);
      }
      return out;
    };
    const Base = base as unknown as new (config: AwsClientConfig) => object;
    const Sub = class extends Base {
      constructor(config: AwsClientConfig) {
        super(adjust(config));
      }
    };
    Object.defineProperty(Sub, 'name', { value: base.name });
    ctor = Sub as unknown as Ctor<T>;
    byKey.set(memo, ctor);
  }
  return aws.client(ctor, region);
}

/**
 * Credentials of `roleArn` assumed WITH the policy credentials (role chaining, actions.md §4.3): STS
 * AssumeRole{RoleArn, RoleSessionName}, no ExternalId, no session policy; refreshed before expiry.
 */
export function chainedRoleCredentials(
  aws: AwsPort,
  roleArn: string,
  sessionName: string,
  stsRegion: string,
): AwsCredentialIdentityProvider {
  return refreshing(async (): Promise<AwsCredentialIdentity> => {
    // Loaded here, not at start-up: most runs never chain a role.
    const { AssumeRoleCommand, STSClient } = await import('@aws-sdk/client-sts');
    try {
      const out = await aws
        .client(STSClient, stsRegion)
        .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName }));
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('STS answered without credentials');
      return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
      };
    } catch (err) {
      throw new PolicyRuntimeError(
        describeAwsFailure(err, { action: 'sts:AssumeRole', region: stsRegion, subject: roleArn }),
        { cause: err },
      );
    }
  });
}

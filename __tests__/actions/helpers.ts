/** Shared set-up for the action tests: a stand-in, a client factory pointed at it, an action context. */
import { AwsClientFactory } from '../../src/aws/client-factory.js';
import type { ActionContext } from '../../src/actions/types.js';
import type { Resource } from '../../src/filters/types.js';
import { RecordingLogger } from '../../src/logger.js';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { AwsStandin, type Json } from '../../test/support/aws-standin.js';
import { MessagingStandin } from '../../test/support/messaging-standin.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export function makeFactory(standin: AwsStandin, region = REGION): AwsClientFactory {
  return new AwsClientFactory({
    accountId: ACCOUNT,
    region,
    credentials: { accessKeyId: 'AKIDPOLICY', secretAccessKey: 'x' },
    env: standin.env(),
    retry: { sleep: async () => {} },
    concurrency: 4,
  });
}

export function policyData(actions: unknown[], name = 'p'): Record<string, unknown> {
  return { name, resource: 'aws.connect-instance', actions };
}

export function makeCtx(
  aws: AwsClientFactory | undefined,
  data: Record<string, unknown>,
  over: Partial<ActionContext> = {},
): ActionContext & { logger: RecordingLogger } {
  const region = over.region ?? aws?.region ?? REGION;
  return {
    accountId: ACCOUNT,
    region,
    partition: region.startsWith('cn-') ? 'aws-cn' : 'aws',
    policy: { name: String(data['name']), resource: String(data['resource']), data },
    executionId: '00000000-0000-4000-8000-000000000000',
    executionStart: 1700000000.5,
    version: '0.9.47',
    event: null,
    now: new Date('2025-06-15T12:00:00Z'),
    logger: new RecordingLogger(),
    ...(aws ? { aws } : {}),
    cache: new Map(),
    ...over,
  } as ActionContext & { logger: RecordingLogger };
}

export const res = (id: string, extra: Json = {}): Resource => ({
  Id: id,
  InstanceAlias: `alias-${id}`,
  ...extra,
});
export const arn = (id: string, region = REGION) => `arn:aws:connect:${region}:${ACCOUNT}:instance/${id}`;

interface Standin {
  start(): Promise<unknown>;
  stop(): Promise<void>;
  reset(): void;
  env(): Record<string, string>;
}

/**
 * A stand-in for the whole file, reset before each test (then `setup` runs), with a fresh client factory
 * pointed at it that signs as `accessKeyId` (so tests can tell which credentials sent a request).
 */
function useStandin<S extends Standin>(
  standin: S,
  accessKeyId: string,
  setup: (standin: S) => void,
): { standin: S; factory: () => AwsClientFactory } {
  let current: AwsClientFactory | undefined;
  beforeAll(async () => {
    await standin.start();
  });
  afterAll(async () => {
    current?.destroy();
    await standin.stop();
  });
  beforeEach(() => {
    standin.reset();
    current?.destroy();
    current = new AwsClientFactory({
      accountId: ACCOUNT,
      region: REGION,
      credentials: { accessKeyId, secretAccessKey: 'x' },
      env: standin.env(),
      retry: { sleep: async () => {} },
      concurrency: 4,
    });
    setup(standin);
  });
  return { standin, factory: () => current! };
}

/** The messaging stand-in (SQS, SNS, Security Hub, SSM) for the whole file. */
export function useMessagingStandin(accessKeyId: string) {
  return useStandin(new MessagingStandin(), accessKeyId, () => {});
}

/** The AWS stand-in (Connect, CloudWatch, Lambda, SFN, ...) for the whole file. */
export function useAwsStandin(setup: (standin: AwsStandin) => void = () => {}) {
  return useStandin(new AwsStandin(), 'AKIDPOLICY', setup);
}

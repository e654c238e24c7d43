/**
 * How core code reaches AWS: one factory per (account, region) that hands out SDK v3 clients already set up
 * with the run's credentials, endpoint overrides (AWS_ENDPOINT_URL[_SERVICE]) and retries (src/aws).
 * Filters and actions receive it through EvalContext.aws and never build clients themselves.
 */
export interface AwsClientConfig {
  region: string;
  // The rest (credentials, endpoint, retry strategy, request handler) is filled in by the factory.
  [key: string]: unknown;
}

export interface AwsPort {
  readonly accountId: string;
  readonly region: string;
  /**
   * A client of the given SDK v3 class for this account, in `region` (default: the policy region).
   * Clients are cached per class and region for the run.
   */
  client<T>(ctor: new (config: AwsClientConfig) => T, region?: string): T;
}

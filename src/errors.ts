/**
 * The two kinds of error the product distinguishes (design.md §2).
 * - ConfigurationError: the user can fix it (bad input, bad policy, missing permission). The message says how.
 * - PolicyRuntimeError: a policy that cannot be evaluated (Cloud Custodian would crash on it, spec §2.4/§16).
 *   It fails that policy only; other policies still run.
 * Anything else is a bug or an outage.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export class PolicyRuntimeError extends Error {
  override readonly name = 'PolicyRuntimeError';
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Guards shared by the action and the CLI, so both refuse the same things for the same reasons. */

type Env = Readonly<Record<string, string | undefined>>;

/** Any pull-request-triggered workflow: pull_request, pull_request_target, pull_request_review, ... */
export function isPullRequestEvent(env: Env): boolean {
  return (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request');
}

/** Why `enforce` must not run in this workflow, or undefined when it may. */
export function enforceRefusal(mode: string, allowOnPullRequest: boolean, env: Env): string | undefined {
  if (mode !== 'enforce' || allowOnPullRequest || !isPullRequestEvent(env)) return undefined;
  return `mode enforce refuses to run on ${env.GITHUB_EVENT_NAME} events: a pull request must not change production. Use mode report for pull requests, or set allow-enforce-on-pull-request: true (CLI: --allow-enforce-on-pull-request) if you really mean it.`;
}

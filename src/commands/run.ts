/**
 * `connect-gate run [PATH...]`: evaluates policies over a snapshot, recorded answers or live AWS, writes
 * the reports (results.json + output folder, SARIF, summary) and exits with the gate's verdict:
 * 0 passed, 1 failed on matches, 2 invalid policies, bad arguments or execution errors.
 *
 * Targets come from the snapshot itself: resources are grouped by the account and region of their `Arn`
 * (a snapshot may hold several accounts); resources without a parseable ARN go to AWS_REGION (else
 * us-east-1) and AWS_ACCOUNT_ID (else "unknown").
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPolicies, type Target } from '../engine/run.js';
import type { RunResult, Severity, ValidationIssue } from '../engine/types.js';
import { readEventFile } from '../config/event-file.js';
import { enforceRefusal } from '../config/guards.js';
import { buildLiveTargets, type LiveSettings } from '../aws/targets.js';
import { githubIdTokenFetcher } from '../aws/credentials.js';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Resource } from '../filters/types.js';
import { parseFailOn, parseSeverity, parseWarnOn, type FailOn } from '../gate.js';
import type { Logger } from '../logger.js';
import { loadPolicies } from '../policy/load.js';
import { policyCatalog, writeReports } from '../report/index.js';
import { readSnapshotFile, StaticSource } from '../resources/snapshot.js';
import { VERSION } from '../version.js';
import { EXIT, type CommandIO } from './io.js';

export const DEFAULT_OUTPUT_DIR = 'connect-policy-gate-output';
export const DEFAULT_SARIF_FILE = 'connect-policy-gate.sarif';

export const RUN_USAGE = `Usage: connect-gate run [PATH...] [--resources FILE | --replay DIR | live AWS options]
                        [--event FILE] [--now ISO-8601] [--output-dir DIR] [--sarif FILE] [--summary FILE]
                        [--fail-on match|error|never] [--fail-severity SEVERITY] [--warn-on NAMES]
                        [--mode report|enforce] [--format text|json]

Evaluates Cloud Custodian policies for aws.connect-instance and reports what they select; nothing in AWS
is changed. PATH may be a file, a folder or a glob (default: policies/**/*.yml and policies/**/*.yaml).
Where the instances come from (one of):
  --resources FILE   a JSON array of Connect instance summaries (as ListInstances returns them), or .gz
  --replay DIR       answer every AWS call from recorded responses (Cloud Custodian's placebo layout;
                     one sub-folder per region for several regions)
  (neither)          live AWS: the SDK's default credentials, or these options:
  --regions LIST       comma separated, or "all" (default: AWS_REGION, else us-east-1)
  --role-arn ARN       assume this role with the GitHub OIDC token (inside a workflow with id-token: write)
  --accounts-file F    c7n-org accounts file: one role per account
  --record DIR         also write every AWS answer to DIR in placebo layout
  --account-id ID      the account id to report with --replay (default 123456789012)
Evaluation and reports:
  --event FILE       JSON event for \`event\` filters of non-pull policies
  --now ISO-8601     evaluate as of this time (default: now)
  --output-dir DIR   results.json and the c7n-style folder (default: ${DEFAULT_OUTPUT_DIR})
  --sarif FILE       SARIF 2.1.0 file (default: ${DEFAULT_SARIF_FILE})
  --summary FILE     Markdown summary
  --fail-on WHEN     match (default), error or never
  --fail-severity S  lowest severity whose matches fail: low (default), medium, high, critical
  --warn-on NAMES    policy names or globs (comma separated) whose matches only warn
  --mode MODE        report (default, changes nothing) or enforce (runs the policies' actions; live or
                     replayed AWS only; refused on pull_request events unless
                     --allow-enforce-on-pull-request)
  --format FORMAT    text (default) or json on stdout
Exit status: 0 gate passed, 1 gate failed on matches, 2 invalid policies, bad arguments or errors.`;

const ARN = /^arn:[^:]*:connect:([^:]*):([^:]*):/;

/** One target per (account, region) found in the snapshot's ARNs, in first-seen order. */
export function targetsFromSnapshot(resources: readonly Resource[], env: CommandIO['env']): Target[] {
  const fallbackRegion = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  const fallbackAccount = env.AWS_ACCOUNT_ID || 'unknown';
  const groups = new Map<string, { account: string; region: string; resources: Resource[] }>();
  for (const r of resources) {
    const m = typeof r.Arn === 'string' ? ARN.exec(r.Arn) : null;
    const region = m?.[1] || fallbackRegion;
    const account = m?.[2] || fallbackAccount;
    const key = `${account}\u0000${region}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { account, region, resources: [] };
      groups.set(key, g);
    }
    g.resources.push(r);
  }
  if (groups.size === 0) groups.set('', { account: fallbackAccount, region: fallbackRegion, resources: [] });
  return [...groups.values()].map((g) => ({
    account: g.account,
    accountName: g.account,
    region: g.region,
    source: new StaticSource(g.resources),
  }));
}

/**
 * Says when instances of a snapshot have no Id: ListInstances always gives one, and results.json lists matches
 * by it, so such instances cannot be told apart there. They are still evaluated, as Cloud Custodian would.
 */
function warnOfMissingIds(resources: readonly Resource[], name: string, logger: Logger): void {
  let missing = 0;
  for (const r of resources) if (typeof r.Id !== 'string' || r.Id === '') missing++;
  if (missing > 0)
    logger.warning(
      `${name}: ${missing} of ${resources.length} instances have no Id (ListInstances always gives one); results.json cannot tell them apart`,
    );
}

function cliLogger(io: CommandIO): Logger {
  const debug = io.env.RUNNER_DEBUG === '1' || io.env.CONNECT_GATE_DEBUG === '1';
  return {
    debug: (m) => {
      if (debug) io.stderr(`debug: ${m}\n`);
    },
    info: (m) => io.stderr(`${m}\n`),
    warning: (m) => io.stderr(`warning: ${m}\n`),
    error: (m) => io.stderr(`error: ${m}\n`),
  };
}

interface RunArgs {
  paths: string[];
  mode: 'report' | 'enforce';
  allowEnforceOnPullRequest: boolean;
  resources?: string;
  live: LiveSettings;
  event?: string;
  now: Date;
  outputDir: string;
  sarif: string;
  summary?: string;
  failOn: FailOn;
  failSeverity: Severity;
  warnOn: string[];
  format: 'text' | 'json';
}

function parseRunArgs(argv: string[]): RunArgs | { help: true } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      resources: { type: 'string' },
      event: { type: 'string' },
      now: { type: 'string' },
      'output-dir': { type: 'string' },
      sarif: { type: 'string' },
      summary: { type: 'string' },
      'fail-on': { type: 'string' },
      mode: { type: 'string' },
      format: { type: 'string' },
      'fail-severity': { type: 'string' },
      'warn-on': { type: 'string' },
      regions: { type: 'string' },
      'role-arn': { type: 'string' },
      'accounts-file': { type: 'string' },
      replay: { type: 'string' },
      record: { type: 'string' },
      'account-id': { type: 'string' },
      'allow-enforce-on-pull-request': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  const mode = (values.mode ?? 'report') as 'report' | 'enforce';
  if (mode === 'enforce' && values.resources !== undefined) {
    throw new ConfigurationError(
      '--mode enforce runs actions against AWS; --resources evaluates a snapshot offline (use --mode report, or drop --resources)',
    );
  }
  if (mode !== 'report' && mode !== 'enforce') {
    throw new ConfigurationError(`--mode must be report or enforce, not "${mode}"`);
  }
  if (values.resources !== undefined && values.replay !== undefined) {
    throw new ConfigurationError(
      'give either --resources (a snapshot) or --replay (recorded AWS answers), not both',
    );
  }
  if (values['account-id'] !== undefined && !/^\d{12}$/.test(values['account-id'])) {
    throw new ConfigurationError(
      `--account-id must be a 12-digit AWS account id, not "${values['account-id']}"`,
    );
  }
  let now = new Date();
  if (values.now !== undefined) {
    // A bare date or a date-time without offset is UTC (spec §17.7).
    const text =
      /[zZ]|[+-]\d\d:?\d\d$/.test(values.now) || !values.now.includes('T') ? values.now : `${values.now}Z`;
    now = new Date(/^\d{4}-\d\d-\d\d$/.test(text) ? `${text}T00:00:00Z` : text);
    if (Number.isNaN(now.getTime()))
      throw new ConfigurationError(
        `--now must be an ISO-8601 time such as 2025-06-15T12:00:00Z, not "${values.now}"`,
      );
  }
  let failOn: FailOn;
  try {
    failOn = parseFailOn(values['fail-on'] ?? 'match');
  } catch (err) {
    throw new ConfigurationError(`--${errorMessage(err)}`);
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ConfigurationError(`--format must be text or json, not "${format}"`);
  let failSeverity: Severity;
  try {
    failSeverity = parseSeverity(values['fail-severity'] ?? 'low');
  } catch (err) {
    throw new ConfigurationError(`--fail-severity: ${errorMessage(err)}`);
  }
  return {
    paths: positionals,
    mode,
    allowEnforceOnPullRequest: values['allow-enforce-on-pull-request'] === true,
    ...(values.resources !== undefined ? { resources: values.resources } : {}),
    live: {
      regions: values.regions ? values.regions.split(',') : [],
      roleToAssume: values['role-arn'],
      accountsFile: values['accounts-file'],
      replayDir: values.replay,
      recordDir: values.record,
      accountId: values['account-id'],
    },
    failSeverity,
    warnOn: values['warn-on'] ? parseWarnOn(values['warn-on']) : [],
    ...(values.event !== undefined ? { event: values.event } : {}),
    now,
    outputDir: values['output-dir'] ?? DEFAULT_OUTPUT_DIR,
    sarif: values.sarif ?? DEFAULT_SARIF_FILE,
    ...(values.summary !== undefined ? { summary: values.summary } : {}),
    failOn,
    format,
  };
}

function textReport(run: RunResult): string {
  const lines: string[] = [];
  for (const p of run.policies) {
    const where = `${p.account}/${p.region}`;
    // At the policy's place, as INVALID lines are: editors and CI logs link file:line:column.
    const at = `${p.location.file}:${p.location.line}:${p.location.column}`;
    if (p.status === 'error') lines.push(`ERROR    ${at}: ${p.policy} (${where}): ${p.error ?? 'failed'}`);
    else if (p.status === 'skipped') lines.push(`skipped  ${p.policy} (${where}): conditions not met`);
    else
      lines.push(
        `${p.resources.length > 0 ? 'MATCH  ' : 'ok     '}  ${p.policy} (${where}): ${p.resources.length} of ${p.population} matched`,
      );
  }
  for (const e of run.runErrors) lines.push(`ERROR    ${e.account}/${e.region}: ${e.message}`);
  for (const v of run.validation)
    lines.push(
      `${v.severity === 'error' ? 'INVALID ' : 'warning '} ${v.file}:${v.line}:${v.column}: ${v.message}`,
    );
  return lines.join('\n');
}

function jsonReport(run: RunResult, gate: string, reportErrors: readonly object[]): string {
  return JSON.stringify(
    {
      gate,
      policies: run.policies.map((p) => ({
        name: p.policy,
        file: p.location.file,
        line: p.location.line,
        account: p.account,
        region: p.region,
        status: p.status,
        population: p.population,
        matched: p.resources.map((r) => r.Id),
        ...(p.error !== undefined ? { error: p.error } : {}),
      })),
      runErrors: run.runErrors,
      validation: run.validation,
      // Reports that could not be written (the exit status is then 2, whatever the gate says).
      reportErrors,
    },
    null,
    2,
  );
}

export async function runCommand(argv: string[], io: CommandIO): Promise<number> {
  let args: RunArgs;
  try {
    const parsed = parseRunArgs(argv);
    if ('help' in parsed) {
      io.stdout(RUN_USAGE + '\n');
      return EXIT.PASS;
    }
    args = parsed;
  } catch (err) {
    // parseArgs rejects unknown flags and missing values with its own TypeError; both are usage errors.
    io.stderr(`connect-gate run: ${errorMessage(err)}\n\n${RUN_USAGE}\n`);
    return EXIT.ERROR;
  }

  const logger = cliLogger(io);
  let result: RunResult;
  let catalog;
  const startedAt = new Date();
  let issues: ValidationIssue[] = [];
  let aborted: unknown;
  try {
    const readSnapshot = async (name: string): Promise<Target[]> => {
      const resources = await readSnapshotFile(resolve(io.cwd, name), { name });
      warnOfMissingIds(resources, name, logger);
      return targetsFromSnapshot(resources, io.env);
    };
    const refusal = enforceRefusal(args.mode, args.allowEnforceOnPullRequest, io.env);
    if (refusal) throw new ConfigurationError(refusal);
    const [loaded, targets, event] = await Promise.all([
      loadPolicies(args.paths, { cwd: io.cwd }).then((l) => {
        issues = l.issues;
        catalog = policyCatalog(l.policies);
        return l;
      }),
      args.resources !== undefined
        ? readSnapshot(args.resources)
        : buildLiveTargets(args.live, {
            env: io.env,
            workspace: io.cwd,
            logger,
            getIdToken: args.live.roleToAssume ? githubIdTokenFetcher(io.env) : undefined,
            // Inside a workflow the runner hides these from its logs; elsewhere they are simply never printed.
            mask:
              io.env.GITHUB_ACTIONS === 'true' ? (secret) => io.stdout(`::add-mask::${secret}\n`) : () => {},
          }).then((live) => {
            if (live.fallbackToValidate) throw new ConfigurationError(live.fallbackToValidate);
            return live.targets;
          }),
      args.event !== undefined ? readEventFile(args.event, io.cwd) : Promise.resolve(undefined),
    ]);
    result = await runPolicies(loaded.policies, targets, {
      mode: args.mode,
      now: args.now,
      ...(event !== undefined ? { event } : {}),
      logger,
      env: io.env,
      validation: loaded.issues,
    });
  } catch (err) {
    // Nothing could be evaluated (unreadable snapshot, event or policies, no credentials, an outage): the
    // reports are still written, with the policy files' own errors, and the gate fails.
    aborted = err;
    const message = errorMessage(err);
    io.stderr(
      `connect-gate run: ${err instanceof ConfigurationError ? message : err instanceof Error ? (err.stack ?? message) : message}\n`,
    );
    result = {
      mode: args.mode,
      startedAt,
      finishedAt: new Date(),
      policies: [],
      validation: issues,
      runErrors: [],
    };
  }

  const outcome = await writeReports(result, {
    gate: { failOn: args.failOn, failSeverity: args.failSeverity, warnOn: args.warnOn },
    outputDir: resolve(io.cwd, args.outputDir),
    sarifFile: resolve(io.cwd, args.sarif),
    ...(args.summary !== undefined
      ? { summaryFile: resolve(io.cwd, args.summary), summaryMode: 'overwrite' as const }
      : {}),
    ...(catalog ? { policies: catalog } : {}),
    srcRoot: io.cwd,
    toolVersion: VERSION,
    aborted,
    logger,
  });
  const gate = outcome.gate;
  const reportErrors = outcome.errors.map((e) => ({
    reporter: e.reporter,
    ...(e.path ? { path: e.path } : {}),
    message: e.message,
  }));
  if (args.format === 'json') {
    io.stdout(jsonReport(result, gate.verdict, reportErrors) + '\n');
  } else {
    const body = textReport(result);
    io.stdout(
      `${body}${body ? '\n' : ''}gate: ${gate.verdict}${gate.reasons.length ? ` — ${gate.reasons.join('; ')}` : ''}\n`,
    );
  }
  // A report that could not be written is an execution error, whatever the gate says (logged above).
  if (outcome.errors.length > 0) return EXIT.ERROR;
  if (gate.verdict === 'pass') return EXIT.PASS;
  return gate.counts.errors > 0 ? EXIT.ERROR : EXIT.FAIL;
}

/**
 * The GitHub Action: inputs → Config → the pipeline (load → validate → authenticate → collect → filter →
 * gate → report). This is the only module that touches @actions/core; everything below it gets ports.
 * Every run writes its reports, also when it fails, and the step's status tells the truth.
 */
import * as core from '@actions/core';
import path from 'node:path';

import { buildLiveTargets } from './aws/targets.js';
import { readEventFile } from './config/event-file.js';
import { enforceRefusal } from './config/guards.js';
import { readConfig, type Config } from './config/inputs.js';
import { runPolicies } from './engine/run.js';
import type { RunResult, ValidationIssue } from './engine/types.js';
import { ConfigurationError, errorMessage } from './errors.js';
import { gateOutputs } from './gate.js';
import type { Logger } from './logger.js';
import { loadPolicies } from './policy/load.js';
import type { LoadedPolicy } from './policy/types.js';
import { describeReportError, policyCatalog, writeReports } from './report/index.js';

const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

function emptyResult(
  config: Pick<Config, 'mode'>,
  validation: readonly ValidationIssue[],
  runErrors: RunResult['runErrors'] = [],
): RunResult {
  const now = new Date();
  return { mode: config.mode, startedAt: now, finishedAt: now, policies: [], validation, runErrors };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  let config: Config;
  try {
    config = readConfig((name) => core.getInput(name));
  } catch (err) {
    core.setOutput('gate', 'fail');
    core.setOutput('errors', '1');
    core.setFailed(errorMessage(err));
    return;
  }
  const resolve = (p: string) => path.resolve(workspace, p);
  let result: RunResult | undefined;
  let loaded: LoadedPolicy[] = [];
  let issues: ValidationIssue[] = [];
  let aborted: unknown;
  try {
    const load = await loadPolicies(config.policies, { cwd: workspace });
    loaded = load.policies;
    issues = load.issues;
    const refusal = enforceRefusal(config.mode, config.allowEnforceOnPullRequest, env);
    if (refusal) throw new ConfigurationError(refusal);
    if (config.mode === 'validate') {
      result = emptyResult(config, load.issues);
    } else {
      const event = config.eventFile ? await readEventFile(config.eventFile, workspace) : undefined;
      const live = await buildLiveTargets(config, {
        env,
        workspace,
        logger: actionsLogger,
        getIdToken: (audience) => core.getIDToken(audience),
        mask: (secret) => core.setSecret(secret),
      });
      if (live.fallbackToValidate) {
        core.warning(live.fallbackToValidate);
        result = emptyResult({ mode: 'validate' }, load.issues);
      } else {
        result = await runPolicies(load.policies, live.targets, {
          mode: config.mode,
          now: new Date(),
          event,
          logger: actionsLogger,
          env,
          validation: load.issues,
        });
      }
    }
  } catch (err) {
    aborted = err;
    if (!(err instanceof ConfigurationError))
      core.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
  const outcome = await writeReports(result ?? emptyResult(config, issues), {
    gate: { failOn: config.failOn, failSeverity: config.failSeverity, warnOn: config.warnOn },
    sarifFile: resolve(config.sarifFile),
    outputDir: resolve(config.outputDir),
    summaryFile: config.jobSummary ? env.GITHUB_STEP_SUMMARY || undefined : undefined,
    summaryMode: 'append',
    annotations: config.annotations ? core : undefined,
    category: config.category,
    policies: policyCatalog(loaded),
    srcRoot: workspace,
    aborted,
    logger: actionsLogger,
  });
  for (const [name, value] of Object.entries(gateOutputs(outcome.gate))) core.setOutput(name, value);
  core.setOutput('sarif-file', config.sarifFile);
  core.setOutput('output-dir', config.outputDir);
  core.setOutput('report-errors', String(outcome.errors.length));
  const unwritten = outcome.errors.map(describeReportError);
  if (outcome.gate.verdict === 'fail') {
    core.setFailed(
      [
        aborted instanceof ConfigurationError
          ? aborted.message
          : `Connect Policy Gate failed: ${outcome.gate.reasons.join('; ')}`,
        ...unwritten.map((u) => `report ${u}`),
      ].join('; '),
    );
  } else if (unwritten.length > 0) {
    // The gate passed, but what the next steps read (SARIF, the folder) is missing: the step must not pass.
    core.setFailed(`Connect Policy Gate could not write its reports: ${unwritten.join('; ')}`);
  } else {
    core.info(
      `Connect Policy Gate passed${outcome.gate.warnings.length ? ` with warnings: ${outcome.gate.warnings.join('; ')}` : ''}`,
    );
  }
}

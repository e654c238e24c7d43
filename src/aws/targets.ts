/**
 * Turns the run's AWS settings (role, accounts file, regions, replay/record) into the engine's targets:
 * one (account, region) each, with its client factory and the live Connect listing. Shared by the action
 * and the CLI so both authenticate and collect the same way.
 */
import { isPullRequestEvent } from '../config/guards.js';
import { ConfigurationError } from '../errors.js';
import type { Target } from '../engine/run.js';
import type { Logger } from '../logger.js';
import { connectInstanceSource } from '../resources/connect-instance.js';
import { VERSION } from '../version.js';
import { readAccountsFile } from './accounts-file.js';
import { AwsClientFactory, type ClientFactoryOptions, type Env } from './client-factory.js';
import { assertOidcAvailable, resolveAccounts, type GetIdToken, type Mask } from './credentials.js';
import { parseRegions } from './regions.js';
import { PlaceboRecorder, PlaceboReplay } from './replay.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface LiveSettings {
  roleToAssume?: string;
  accountsFile?: string;
  /** As given; empty means AWS_REGION, else us-east-1. */
  regions: readonly string[];
  audience?: string;
  roleSessionName?: string;
  roleDurationSeconds?: number;
  /** Answer every call from a placebo folder (no credentials needed). */
  replayDir?: string;
  /** Write every answer to a placebo folder. */
  recordDir?: string;
  /** Account id to use with --replay (the recorded one is unknown to us). */
  accountId?: string;
}

export interface LivePorts {
  env: Env;
  workspace: string;
  logger: Logger;
  getIdToken?: GetIdToken;
  mask: Mask;
}

export interface LiveTargets {
  targets: Target[];
  /** Set when this run cannot authenticate for a reason that is not the user's fault (a fork's PR). */
  fallbackToValidate?: string;
}

/** The account c7n's placebo recordings were made in; replays use it unless told otherwise. */
const REPLAY_ACCOUNT = '123456789012';

export async function buildLiveTargets(settings: LiveSettings, ports: LivePorts): Promise<LiveTargets> {
  const { env, logger } = ports;
  const parsed = parseRegions([...settings.regions], env);
  for (const w of parsed.warnings) logger.warning(w);

  if (settings.replayDir) {
    // Cloud Custodian's placebo folders hold one region; a folder with one sub-folder per region
    // (demo/account/us-east-1, ...) replays several.
    const dir = path.resolve(ports.workspace, settings.replayDir);
    const accountId = settings.accountId ?? REPLAY_ACCOUNT;
    return {
      targets: parsed.regions.map((region) => {
        const regionDir = path.join(dir, region);
        const replay = new PlaceboReplay(existsSync(regionDir) ? regionDir : dir);
        const aws = new AwsClientFactory({ accountId, region, env, logger, ...replay.factoryOptions() });
        return { account: accountId, accountName: accountId, region, source: connectInstanceSource, aws };
      }),
    };
  }

  if (settings.roleToAssume) {
    // No token endpoint means no `id-token: write`, or a pull request from a fork, which never gets a
    // token: the latter is nobody's mistake, so the run still checks the policies instead of failing.
    try {
      assertOidcAvailable(env);
    } catch (err) {
      if (err instanceof ConfigurationError && isPullRequestEvent(env)) {
        return {
          targets: [],
          fallbackToValidate: `${err.message} Falling back to mode validate for this run: the policies are checked, no AWS account is read.`,
        };
      }
      throw err;
    }
  }

  const accounts = settings.accountsFile
    ? await readAccountsFile(path.resolve(ports.workspace, settings.accountsFile))
    : undefined;
  const resolved = await resolveAccounts({
    roleToAssume: settings.roleToAssume,
    audience: settings.audience,
    roleSessionName: settings.roleSessionName,
    roleDurationSeconds: settings.roleDurationSeconds,
    accounts,
    regions: parsed.regions,
    getIdToken: ports.getIdToken,
    mask: ports.mask,
    env,
    logger,
  });
  const recorder = settings.recordDir
    ? new PlaceboRecorder(path.resolve(ports.workspace, settings.recordDir))
    : undefined;
  const extra: Partial<ClientFactoryOptions> = recorder ? recorder.factoryOptions() : {};
  const targets: Target[] = [];
  for (const account of resolved) {
    for (const region of account.regions) {
      const aws = new AwsClientFactory({
        accountId: account.accountId,
        region,
        credentials: account.credentials,
        env,
        logger,
        userAgent: ['connect-policy-gate', VERSION],
        ...extra,
      });
      targets.push({
        account: account.accountId,
        accountName: account.name,
        region,
        source: connectInstanceSource,
        aws,
      });
    }
  }
  return { targets };
}

/**
 * Fans one RunResult out to every reporter. The gate is computed first, from the results alone; then each
 * reporter runs inside its own try/catch, so a reporter that fails (a read-only disk, a bug on odd data)
 * costs only its own output: the others are still written and the failure is returned, never thrown.
 * The entry points (action, CLI) call this also when the run stopped halfway, with what was evaluated.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunResult } from '../engine/types.js';
import { errorMessage } from '../errors.js';
import type { GateOptions, GateResult } from '../gate.js';
import { DEFAULT_GATE_OPTIONS, evaluateGate } from '../gate.js';
import type { Logger } from '../logger.js';
import type { AnnotationSink } from './annotations.js';
import { emitAnnotations } from './annotations.js';
import { writeOutputFolder, type OutputFolderOptions } from './output-folder.js';
import {
  buildSarifAsync,
  writeSarif,
  type PolicyCatalog,
  type SarifBuild,
  type SarifTruncation,
} from './sarif.js';
import { renderSummary } from './summary.js';
import { makeDirectory } from '../make-directory.js';

export type { AnnotationProperties, AnnotationSink } from './annotations.js';
export type { PolicyCatalog, PolicyInfo, SarifTruncation } from './sarif.js';
export { policyCatalog } from './sarif.js';

export interface ReportOptions {
  readonly gate?: Partial<GateOptions>;
  /** Where SARIF is written; omitted or empty: no SARIF. */
  readonly sarifFile?: string;
  /** The output folder; omitted or empty: none. */
  readonly outputDir?: string;
  /** Where the summary goes (GITHUB_STEP_SUMMARY or `--summary FILE`); omitted: only returned. */
  readonly summaryFile?: string;
  /** GITHUB_STEP_SUMMARY is appended to (the runner may share it between our steps); a CLI file is replaced. */
  readonly summaryMode?: 'append' | 'overwrite';
  /** Annotations go here; omitted: none. */
  readonly annotations?: AnnotationSink;
  /** SARIF runAutomationDetails category. */
  readonly category?: string;
  /** Policy data (for rule help, modes, actions and metadata.json); optional. */
  readonly policies?: PolicyCatalog;
  /** Checkout root, to make absolute policy paths relative in SARIF. */
  readonly srcRoot?: string;
  readonly toolVersion?: string;
  readonly informationUri?: string;
  /** Output-folder details (c7n version, run config for metadata.json, execution ids). */
  readonly outputFolder?: Omit<OutputFolderOptions, 'outputDir' | 'gate' | 'policies'>;
  /**
   * The exception that stopped the run, if it stopped early. It is reported as a run error (and so fails the
   * gate unless fail-on is never): a run that broke off must not pass on the strength of what it got through.
   */
  readonly aborted?: unknown;
  readonly logger?: Logger;
}

export interface ReportError {
  readonly reporter: 'gate' | 'sarif' | 'summary' | 'annotations' | 'output-folder';
  readonly message: string;
  readonly path?: string;
}

/** `reporter (path): message`: how a failed report is named in the summary and the action's failure. */
export function describeReportError(e: ReportError): string {
  return `${e.reporter}${e.path ? ` (${e.path})` : ''}: ${e.message}`;
}

export interface ReportOutcome {
  readonly gate: GateResult;
  /** Set when the SARIF file was written. */
  readonly sarifFile?: string;
  /** Set when results.json was written. */
  readonly outputDir?: string;
  readonly summary: string;
  readonly sarifTruncation?: SarifTruncation;
  readonly errors: readonly ReportError[];
}

/** A RunResult with the abort reason added as a run error. */
function withAbort(result: RunResult, aborted: unknown): RunResult {
  if (aborted === undefined) return result;
  return {
    ...result,
    runErrors: [
      ...result.runErrors,
      { account: '', region: '', message: `The run stopped early: ${errorMessage(aborted)}` },
    ],
  };
}

export async function writeReports(input: RunResult, options: ReportOptions = {}): Promise<ReportOutcome> {
  const errors: ReportError[] = [];
  const log = options.logger;
  const result = withAbort(input, options.aborted);

  let gate: GateResult;
  try {
    gate = evaluateGate(result, options.gate);
    // A run that stopped early evaluated nothing (or not everything): it fails whatever fail-on says,
    // because `never` is about matches and policy errors, not about a run that did not happen.
    if (options.aborted !== undefined && gate.verdict === 'pass') {
      gate = {
        ...gate,
        verdict: 'fail',
        reasons: [...gate.reasons, `the run stopped early: ${errorMessage(options.aborted)}`],
      };
    }
  } catch (err) {
    // Cannot happen on a well-formed RunResult; if it does, fail closed rather than report a pass.
    errors.push({ reporter: 'gate', message: errorMessage(err) });
    gate = {
      verdict: 'fail',
      reasons: [`the gate could not be evaluated: ${errorMessage(err)}`],
      warnings: [],
      counts: {
        matchedResources: 0,
        matchedInstances: 0,
        matchedPolicies: 0,
        errors: 1,
        validationErrors: 0,
        validationWarnings: 0,
        policyErrors: 0,
        runErrors: 1,
        policiesEvaluated: 0,
        policiesSkipped: 0,
        failingMatches: 0,
        warnedMatches: 0,
      },
      failingPolicies: [],
      warnedPolicies: [],
      options: { ...DEFAULT_GATE_OPTIONS, ...options.gate },
    };
  }

  // SARIF is built first: a log near GitHub's 10 MB budget is gzipped for its size check, which then runs on
  // the thread pool while the output folder is encoded, and so does the writing of the file. A failure is
  // reported in its turn, below.
  let sarifBuild: Promise<SarifBuild> | undefined;
  let sarifWrite: Promise<void> | undefined;
  if (options.sarifFile) {
    const file = options.sarifFile;
    sarifBuild = buildSarifAsync(result, {
      ...(options.category !== undefined ? { category: options.category } : {}),
      ...(options.policies ? { policies: options.policies } : {}),
      ...(options.srcRoot ? { srcRoot: options.srcRoot } : {}),
      ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
      ...(options.informationUri ? { informationUri: options.informationUri } : {}),
    });
    sarifWrite = sarifBuild.then((build) => writeSarif(file, build));
    // Both are awaited (and their errors recorded) after the output folder.
    sarifBuild.catch(() => {});
    sarifWrite.catch(() => {});
  }

  // Output folder: results.json is the complete record; it is written first thing.
  let outputDir: string | undefined;
  if (options.outputDir) {
    try {
      const out = await writeOutputFolder(result, {
        ...options.outputFolder,
        outputDir: options.outputDir,
        gate,
        ...(options.policies ? { policies: options.policies } : {}),
      });
      for (const e of out.errors)
        errors.push({ reporter: 'output-folder', message: e.message, path: e.path });
      if (out.written.length > 0) outputDir = options.outputDir;
    } catch (err) {
      errors.push({ reporter: 'output-folder', message: errorMessage(err), path: options.outputDir });
    }
  }

  let sarifFile: string | undefined;
  let sarifTruncation: SarifTruncation | undefined;
  if (options.sarifFile && sarifBuild && sarifWrite) {
    try {
      const build = await sarifBuild;
      sarifTruncation = build.truncation;
      await sarifWrite;
      sarifFile = options.sarifFile;
    } catch (err) {
      errors.push({ reporter: 'sarif', message: errorMessage(err), path: options.sarifFile });
    }
  }

  // The summary comes after SARIF and the folder, so it can say what was cut and what failed to write.
  let summary: string;
  try {
    summary = renderSummary(result, gate, {
      ...(options.policies ? { policies: options.policies } : {}),
      ...(sarifTruncation ? { sarifTruncation } : {}),
      ...(sarifFile ? { sarifFile } : {}),
      ...(outputDir ? { outputDir } : {}),
      reportErrors: errors.map(describeReportError),
    });
  } catch (err) {
    errors.push({ reporter: 'summary', message: errorMessage(err) });
    // A verdict line at least; the reasons are our own text, but still escaped upstream in the normal path.
    summary = `### ${gate.verdict === 'pass' ? '✅' : '❌'} Connect Policy Gate: ${gate.verdict === 'pass' ? 'passed' : 'failed'}\n\nThe full summary could not be rendered; see results.json.\n`;
  }
  if (options.summaryFile) {
    try {
      makeDirectory(dirname(options.summaryFile));
      if ((options.summaryMode ?? 'append') === 'append')
        await appendFile(options.summaryFile, summary, 'utf8');
      else await writeFile(options.summaryFile, summary, 'utf8');
    } catch (err) {
      errors.push({ reporter: 'summary', message: errorMessage(err), path: options.summaryFile });
    }
  }

  if (options.annotations) {
    try {
      emitAnnotations(result, options.annotations, { gate, ...(sarifFile ? { sarifFile } : {}) });
    } catch (err) {
      errors.push({ reporter: 'annotations', message: errorMessage(err) });
    }
  }

  for (const e of errors)
    log?.error(
      e.path
        ? `Report ${e.reporter} (${e.path}) could not be written: ${e.message}`
        : `Report ${e.reporter} failed: ${e.message}`,
    );

  return {
    gate,
    ...(sarifFile ? { sarifFile } : {}),
    ...(outputDir ? { outputDir } : {}),
    ...(sarifTruncation ? { sarifTruncation } : {}),
    summary,
    errors,
  };
}

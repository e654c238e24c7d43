/**
 * SARIF checks shared by the tests: the official 2.1.0 schema (a third-party file read from ../shared/, never
 * copied into the repository; absent on a fresh clone, where callers skip with a message) and GitHub code
 * scanning's own upload rules beyond the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/** ../shared next to the repository (this file is test/support/ in it), whatever the working directory. */
export const SARIF_SCHEMA_PATH = fileURLToPath(
  new URL('../../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url),
);
export const haveSarifSchema = existsSync(SARIF_SCHEMA_PATH);

/**
 * The schema is draft-04; ajv 8 reads it once its id is moved to `$id` and `$schema` is dropped (the draft-04
 * meta-schema is not bundled). The formats it uses get real checks instead of being ignored.
 */
function compileSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  delete schema['$schema'];
  schema['$id'] = schema['id'];
  delete schema['id'];
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s));
  ajv.addFormat(
    'date-time',
    (s: string) =>
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)),
  );
  return ajv.compile(schema);
}

let validator: ValidateFunction | undefined;

/** Schema errors (at most 5), or [] when the log validates. Call only when haveSarifSchema. */
export function sarifSchemaErrors(log: unknown): unknown[] {
  validator ??= compileSchema();
  return validator(log) ? [] : (validator.errors ?? []).slice(0, 5);
}

interface LooseRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  properties?: Record<string, unknown>;
}

interface LooseLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; semanticVersion?: string; rules: LooseRule[] } };
    automationDetails?: { id?: string };
    results: Array<{
      ruleId: string;
      ruleIndex?: number;
      message: { text: string };
      locations?: Array<{
        physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } };
      }>;
      partialFingerprints?: Record<string, string>;
    }>;
  }>;
}

/** Collects at most 20 problems, so a 25,000-result log is checked in milliseconds and a failure lists them. */
function collector(): { problems: string[]; check: (ok: boolean, what: string) => void } {
  const problems: string[] = [];
  return {
    problems,
    check: (ok, what) => {
      if (!ok && problems.length < 20) problems.push(what);
    },
  };
}

/**
 * What GitHub's upload would reject or mishandle: limits, rule texts and ids, tags, result locations (relative,
 * non-empty URIs), ruleIndex pointing at the rule named, empty messages, missing or repeated fingerprints.
 */
export function githubRuleProblems(log: LooseLog): string[] {
  const { problems, check } = collector();
  check(log.version === '2.1.0', 'version 2.1.0');
  check(log.runs.length >= 1 && log.runs.length <= 20, 'between 1 and 20 runs');
  for (const run of log.runs) {
    check(run.results.length <= 25000, 'at most 25,000 results');
    if (run.automationDetails?.id !== undefined)
      check(run.automationDetails.id.trim() !== '', 'automationDetails.id');
    const rules = run.tool.driver.rules;
    check(new Set(rules.map((r) => r.id)).size === rules.length, 'unique rule ids');
    for (const rule of rules) {
      check(rule.id.trim() !== '', 'rule id');
      check(rule.shortDescription.text.trim() !== '', `rule ${rule.id} text`);
      if (rule.fullDescription)
        check(rule.fullDescription.text.trim() !== '', `rule ${rule.id} fullDescription`);
      if (rule.help) check(rule.help.text.trim() !== '', `rule ${rule.id} help`);
      const tags = rule.properties?.['tags'];
      if (tags !== undefined)
        check(Array.isArray(tags) && tags.length <= 20, `rule ${rule.id} at most 20 tags`);
    }
    const seen = new Set<string>();
    run.results.forEach((r, i) => {
      check(r.message.text.trim() !== '', `result ${i} message`);
      if (r.ruleIndex !== undefined) check(rules[r.ruleIndex]?.id === r.ruleId, `result ${i} ruleIndex`);
      const loc = r.locations?.[0]?.physicalLocation;
      check(loc !== undefined, `result ${i} has a location`);
      if (loc) {
        const uri = loc.artifactLocation.uri;
        check(!/^([a-z][a-z0-9+.-]*:|\/)/i.test(uri), `result ${i} relative uri ${uri}`);
        check(uri.trim() !== '', `result ${i} uri`);
        check(loc.region.startLine >= 1, `result ${i} startLine`);
      }
      const fp = Object.values(r.partialFingerprints ?? {}).join('|');
      check(fp !== '', `result ${i} fingerprint`);
      check(!seen.has(fp), `result ${i} unique fingerprint`);
      seen.add(fp);
    });
  }
  return problems;
}

/**
 * What connect-policy-gate itself promises beyond GitHub's rules: its driver name, a semantic version, a
 * category, full descriptions and help on every rule, and a `connectPolicyGate/v1` fingerprint on every result
 * that is a sha256 (hex) and unique in its run.
 */
export function toolRuleProblems(log: LooseLog): string[] {
  const { problems, check } = collector();
  for (const run of log.runs) {
    check(run.tool.driver.name === 'connect-policy-gate', 'driver name');
    check(/^\d+\.\d+\.\d+/.test(run.tool.driver.semanticVersion ?? ''), 'semantic version');
    check((run.automationDetails?.id ?? '').trim() !== '', 'automationDetails.id');
    for (const rule of run.tool.driver.rules)
      check(rule.fullDescription !== undefined && rule.help !== undefined, `rule ${rule.id} descriptions`);
    const seen = new Set<string>();
    run.results.forEach((r, i) => {
      const fp = r.partialFingerprints?.['connectPolicyGate/v1'] ?? '';
      check(/^[0-9a-f]{64}$/.test(fp), `result ${i} fingerprint`);
      check(!seen.has(fp), `result ${i} unique fingerprint`);
      seen.add(fp);
    });
  }
  return problems;
}

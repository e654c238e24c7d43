/**
 * SARIF checks shared by the tests: the official 2.1.0 schema (a third-party file read from ../shared/, never
 * copied into the repository; absent on a fresh clone, where callers skip with a message) and GitHub code
 * scanning's own upload rules beyond the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

export const SARIF_SCHEMA_PATH = path.resolve('../shared/schemas/sarif-schema-2.1.0.json');
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

interface LooseLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string } }> } };
    results: Array<{
      ruleId: string;
      message: { text: string };
      locations?: Array<{
        physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } };
      }>;
      partialFingerprints?: Record<string, string>;
    }>;
  }>;
}

/** What GitHub's upload would reject: locations, relative URIs, empty texts, fingerprints, limits. */
export function githubRuleProblems(log: LooseLog): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok && problems.length < 20) problems.push(what);
  };
  check(log.version === '2.1.0', 'version 2.1.0');
  check(log.runs.length >= 1 && log.runs.length <= 20, 'between 1 and 20 runs');
  for (const run of log.runs) {
    check(run.results.length <= 25000, 'at most 25,000 results');
    for (const rule of run.tool.driver.rules)
      check(rule.shortDescription.text.trim() !== '', `rule ${rule.id} text`);
    const seen = new Set<string>();
    run.results.forEach((r, i) => {
      check(r.message.text.trim() !== '', `result ${i} message`);
      const loc = r.locations?.[0]?.physicalLocation;
      check(loc !== undefined, `result ${i} has a location`);
      if (loc) {
        check(!/^([a-z][a-z0-9+.-]*:|\/)/i.test(loc.artifactLocation.uri), `result ${i} relative uri`);
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

/**
 * `connect-gate validate [PATH...] [--format text|json]`: checks policy files without AWS.
 * Exit status 0 when every policy is valid (warnings allowed), 2 when any error was found.
 */
import { parseArgs } from 'node:util';

import { ConfigurationError } from '../errors.js';
import { loadPolicies } from '../policy/load.js';
import { permissionReport } from '../policy/permissions.js';
import { issueLine, issuesAsJson, sortIssues } from '../policy/format-issues.js';
import { EXIT, type CommandIO } from './io.js';

export const VALIDATE_USAGE = `Usage: connect-gate validate [PATH...] [--format text|json] [--permissions]

Checks Cloud Custodian policy files for aws.connect-instance and reports every error at its file, line
and column. PATH may be a file, a folder or a glob (default: policies/**/*.yml and policies/**/*.yaml).
Needs no AWS credentials. Exit status: 0 valid, 2 invalid.
  --format FORMAT   text (default) or json ([{file, line, column, policy, severity, message}])
  --permissions     also list the IAM actions the valid policies need, per mode (report, enforce);
                    with --format json the output becomes {"issues": [...], "permissions": {...}}`;

export async function validateCommand(argv: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        permissions: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`connect-gate validate: ${(err as Error).message}\n\n${VALIDATE_USAGE}\n`);
    return EXIT.ERROR;
  }
  if (parsed.values.help) {
    io.stdout(VALIDATE_USAGE + '\n');
    return EXIT.PASS;
  }
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') {
    io.stderr(`connect-gate validate: --format must be text or json, not "${format}"\n`);
    return EXIT.ERROR;
  }
  try {
    const result = await loadPolicies(parsed.positionals, { cwd: io.cwd });
    const issues = sortIssues(result.issues);
    const errors = issues.filter((i) => i.severity === 'error').length;
    const permissions = parsed.values.permissions ? permissionReport(result.policies) : undefined;
    if (format === 'json') {
      io.stdout(
        (permissions
          ? JSON.stringify({ issues: JSON.parse(issuesAsJson(issues)) as unknown, permissions }, null, 2)
          : issuesAsJson(issues)) + '\n',
      );
    } else {
      for (const issue of issues) io.stdout(issueLine(issue) + '\n');
      const warnings = issues.length - errors;
      io.stdout(
        `${result.files.length} file(s), ${result.policies.length} valid polic${result.policies.length === 1 ? 'y' : 'ies'}, ${errors} error(s), ${warnings} warning(s)\n`,
      );
      if (permissions) {
        io.stdout(
          `\nIAM actions for mode report (evaluate, change nothing):\n${permissions.report.map((p) => `  ${p}\n`).join('')}`,
        );
        io.stdout(
          `IAM actions mode enforce needs on top (run the actions):\n${permissions.enforce.length ? permissions.enforce.map((p) => `  ${p}\n`).join('') : '  (none)\n'}`,
        );
      }
    }
    return errors ? EXIT.ERROR : EXIT.PASS;
  } catch (err) {
    if (err instanceof ConfigurationError) {
      io.stderr(`connect-gate validate: ${err.message}\n`);
      return EXIT.ERROR;
    }
    throw err;
  }
}

/** Sub-command dispatch for `connect-gate`, kept apart from process wiring so tests can call it. */
import { EXIT, type CommandIO } from './io.js';
import { runCommand } from './run.js';
import { validateCommand } from './validate.js';
import { VERSION } from '../version.js';

export const USAGE = `connect-gate ${VERSION}: Cloud Custodian policies for Amazon Connect, from CI

Usage:
  connect-gate validate [PATH...] [--format text|json] [--permissions]
  connect-gate run [PATH...] [--mode report|enforce] [--resources FILE | --replay DIR]
                   [--regions LIST] [--role-arn ARN] [--accounts-file FILE] [--record DIR]
                   [--event FILE] [--now ISO-8601] [--output-dir DIR] [--sarif FILE] [--summary FILE]
                   [--fail-on match|error|never] [--fail-severity SEVERITY] [--warn-on NAMES]

Run "connect-gate <command> --help" for a command's options.
Exit status: 0 gate passed, 1 gate failed on matches, 2 invalid policies, bad arguments or errors.`;

export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validateCommand(rest, io);
    case 'run':
      return runCommand(rest, io);
    case '--version':
    case '-v':
      io.stdout(VERSION + '\n');
      return EXIT.PASS;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE + '\n');
      return command === undefined ? EXIT.ERROR : EXIT.PASS;
    default:
      io.stderr(`connect-gate: unknown command "${command}"\n\n${USAGE}\n`);
      return EXIT.ERROR;
  }
}

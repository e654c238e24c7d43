// `npm run demo`: the main job on bundled demo data. Runs the example policies (policies/) in report mode
// through the full live path — ListInstances, instance attributes, analytics associations, Security Hub
// findings, OpsCenter items — with every AWS answer replayed from demo/account/ (a fictional account,
// two regions), then says where the reports are. Nothing leaves this machine.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'demo-output');
const args = [
  path.join(root, 'dist', 'cli.js'),
  'run',
  'policies',
  '--replay',
  'demo/account',
  '--account-id',
  '111122223333',
  '--regions',
  'us-east-1,eu-west-2',
  '--now',
  '2025-06-15T12:00:00Z',
  '--output-dir',
  path.join(out, 'output'),
  '--sarif',
  path.join(out, 'connect-policy-gate.sarif'),
  '--summary',
  path.join(out, 'summary.md'),
];
console.log(`$ connect-gate ${args.slice(1).join(' ')}\n`);
const run = spawnSync(process.execPath, ['--no-warnings', ...args], { cwd: root, stdio: 'inherit' });
const status = run.status ?? 2;
console.log(`
connect-gate exited with ${status} (${status === 0 ? 'gate passed' : status === 1 ? 'gate failed: policies matched, as the demo estate is meant to' : 'errors'}).
Reports:
  ${path.relative(root, path.join(out, 'output', 'results.json'))}    results, gate verdict and counts
  ${path.relative(root, path.join(out, 'output'))}/111122223333/<region>/<policy>/    Cloud Custodian style resources.json and metadata.json
  ${path.relative(root, path.join(out, 'connect-policy-gate.sarif'))}    SARIF 2.1.0 for GitHub code scanning
  ${path.relative(root, path.join(out, 'summary.md'))}    the job summary the action writes`);
// Matches are the point of the demo; only a tool error makes it fail.
process.exit(status === 2 ? 2 : 0);

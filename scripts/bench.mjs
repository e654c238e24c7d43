// `npm run bench` (needs `tsc -p tsconfig.build.json` first): the workload of ../shared/bench/README.md.
//
// 1. In-process: the 20 policies of test/fixtures/bench/policies.yml over the first 1,000 and all 10,000
//    instances of resources-10000.json.gz, through the run engine (interpolation, construction,
//    sharing the listing, filters, limits, handing out the matches), clock fixed at 2025-06-15T12:00:00Z.
//    The matches' output objects are made when first read (reporters, actions): that is timed apart.
//    Loading (policies, snapshot) is timed apart and not included, as in Cloud Custodian's 4.7 µs.
//    Reported: median and spread over repetitions, µs per resource per policy, ratio to Cloud
//    Custodian's 4.7 µs. Targets: ≤ 0.47 µs per resource per policy. Then the same evaluation without the
//    engine's short-cuts, alternated with it in this process: their ratio (robust to the machine's load).
// 2. Whole process: `node dist/cli.js run ... --resources ...` (when the bundle exists; also the unbundled
//    build/cli.js), wall time including start-up, loading, evaluation and writing the reports.
//    Target: < 1 s over 10,000. Each run of the bundle is followed by one of a floor for the same outputs
//    (scripts/bench-floor.mjs: a bare Node process that parses the snapshot and writes the same bytes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const build = path.join(root, 'build');
if (!existsSync(path.join(build, 'engine', 'run.js'))) {
  console.error('bench: build/ is missing; run `tsc -p tsconfig.build.json` first (npm run bench does).');
  process.exit(2);
}
const load = async (rel) => import(pathToFileURL(path.join(build, rel)).href);
const { runPolicies } = await load('engine/run.js');
const { loadPolicies } = await load('policy/load.js');
const { readSnapshotFile, StaticSource } = await load('resources/snapshot.js');
const { silentLogger } = await load('logger.js');

const POLICIES = 'test/fixtures/bench/policies.yml';
const RESOURCES = 'test/fixtures/bench/resources-10000.json.gz';
const NOW = '2025-06-15T12:00:00Z';
const C7N_US = 4.7;
const TARGET_US = 0.47;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;

// --- loading -------------------------------------------------------------------------------------------
let t = performance.now();
const loaded = await loadPolicies([POLICIES], { cwd: root });
const loadMs = performance.now() - t;
const invalid = loaded.issues.filter((i) => i.severity === 'error');
if (invalid.length) {
  console.error('bench: the bench policies do not validate:', invalid);
  process.exit(2);
}
t = performance.now();
const all = await readSnapshotFile(path.join(root, RESOURCES));
const readMs = performance.now() - t;
console.log(
  `loading: ${loaded.policies.length} policies in ${fmt(loadMs)}; ${all.length} resources read in ${fmt(readMs)}`,
);

// --- in-process evaluation ------------------------------------------------------------------------------
async function evaluate(resources, evaluateOptions) {
  const result = await runPolicies(
    loaded.policies,
    [
      {
        account: '123456789012',
        accountName: 'bench',
        region: 'us-east-1',
        source: new StaticSource(resources),
      },
    ],
    {
      mode: 'report',
      now: new Date(NOW),
      logger: silentLogger,
      ...(evaluateOptions ? { evaluate: evaluateOptions } : {}),
    },
  );
  return result;
}

const rows = [];
const matchedIds = new Set();
let failed = false;
for (const [n, reps] of [
  [1000, 30],
  [10000, 15],
]) {
  const resources = all.slice(0, n);
  const first = await evaluate(resources);
  const errors = first.policies.filter((p) => p.status !== 'ok');
  if (errors.length) {
    console.error(`bench: ${errors.length} policies did not evaluate cleanly over ${n}:`);
    for (const p of errors) console.error(`  ${p.policy}: ${p.status} ${p.error ?? ''}`);
    failed = true;
  }
  if (n === all.length) {
    // The instances some policy matched: what the output folder must hold (see the floor, below).
    for (const p of first.policies) for (const r of p.resources) matchedIds.add(r.Id);
  }
  for (let i = 0; i < 3; i++) await evaluate(resources); // warm-up (JIT)
  const expectedMatches = first.policies.reduce((sum, p) => sum + p.resources.length, 0);
  const times = [];
  const outputTimes = [];
  const perPolicy = loaded.policies.map(() => []);
  for (let i = 0; i < reps; i++) {
    const s = performance.now();
    const result = await evaluate(resources);
    const e = performance.now();
    times.push(e - s);
    // The matches' output objects are made when first read (by reporters or actions): timed apart.
    let made = 0;
    for (const p of result.policies) made += p.resources.length; // reading `resources` makes them
    if (made !== expectedMatches) {
      console.error(`bench: ${made} matches over ${n}, the first evaluation had ${expectedMatches}`);
      failed = true;
    }
    outputTimes.push(performance.now() - e);
    result.policies.forEach((p, j) => perPolicy[j]?.push(p.durationMs));
  }
  const med = median(times);
  const outMed = median(outputTimes);
  const us = (med * 1000) / (n * loaded.policies.length);
  rows.push({
    n,
    reps,
    med,
    min: Math.min(...times),
    max: Math.max(...times),
    us,
    outMed,
    matched: first.policies.map((p) => p.resources.length),
    perPolicy: first.policies.map((p, j) => ({ name: p.policy, med: median(perPolicy[j]) })),
  });
}

console.log('\nin-process evaluation (20 policies, engine only, after loading):');
for (const r of rows) {
  console.log(
    `  ${String(r.n).padStart(6)} resources: median ${fmt(r.med)} (min ${fmt(r.min)}, max ${fmt(r.max)}, ${r.reps} reps)` +
      ` = ${r.us.toFixed(3)} µs/resource/policy; Cloud Custodian 4.7 µs → ${(C7N_US / r.us).toFixed(1)}× faster` +
      ` [target ≤ ${TARGET_US} µs: ${r.us <= TARGET_US ? 'met' : 'MISSED'}]`,
  );
  console.log(
    `  ${''.padStart(6)}            + making the ${r.matched.reduce((a, b) => a + b, 0)} matches' output objects: median ${fmt(r.outMed)}` +
      ` = ${((r.outMed * 1000) / (r.n * loaded.policies.length)).toFixed(3)} µs/resource/policy more`,
  );
}
const last = rows[rows.length - 1];
console.log(`  matches per policy over 10,000: ${last.matched.join(' ')}`);
console.log(
  "  per policy over 10,000 (median of the policy's own durationMs: interpolation, construction, filters):",
);
for (const [j, p] of last.perPolicy.entries()) {
  const us = (p.med * 1000) / last.n;
  console.log(
    `    ${p.name.padEnd(28)} ${fmt(p.med).padStart(9)} = ${us.toFixed(3)} µs/resource  ${String(last.matched[j]).padStart(6)} matched`,
  );
}

// --- the same process's baseline ------------------------------------------------------------------------
// The engine without its short-cuts (no pattern pass, no columns, no list-item tail; runs of per-resource
// filters are still fused), alternated with the full engine over the 10,000: a ratio that the machine's
// load, which moves the absolute figures by tens of percent from run to run, leaves nearly alone.
{
  const PLAIN = { patterns: false, tail: false, columns: false };
  const fast = [];
  const plain = [];
  // Both must select the same: a difference is a bug, not a measurement.
  const [withCuts, withoutCuts] = [await evaluate(all), await evaluate(all, PLAIN)];
  withCuts.policies.forEach((p, j) => {
    const other = withoutCuts.policies[j]?.resources.length;
    if (p.resources.length !== other) {
      console.error(`bench: ${p.policy} matched ${p.resources.length} with the short-cuts, ${other} without`);
      failed = true;
    }
  });
  for (let i = 0; i < 3; i++) await evaluate(all, PLAIN); // warm-up (JIT)
  const timed = async (times, opts) => {
    const s = performance.now();
    await evaluate(all, opts);
    times.push(performance.now() - s);
  };
  for (let i = 0; i < 10; i++) {
    // Alternating which goes first, so neither always runs on a heap the other just filled.
    if (i % 2) await timed(plain, PLAIN);
    await timed(fast, undefined);
    if (i % 2 === 0) await timed(plain, PLAIN);
  }
  console.log(
    `\nsame process, 10,000 resources, alternating: full engine median ${fmt(median(fast))}, without its short-cuts ${fmt(median(plain))}` +
      ` → ${(median(fast) / median(plain)).toFixed(2)} of the time`,
  );
}

// --- whole process --------------------------------------------------------------------------------------
// Each run of the CLI is followed by a run of a floor for the same outputs (scripts/bench-floor.mjs: start
// Node, parse the snapshot, encode each matched instance once with V8's JSON.stringify, write as many bytes in
// as many files; nothing evaluated), so that the two are measured under the same load.
if (matchedIds.size === 0) {
  console.error('bench: no instance matched over the 10,000: the floor would have nothing to write');
  failed = true;
}
const runsDir = mkdtempSync(path.join(tmpdir(), 'cpg-bench-'));
process.on('exit', () => rmSync(runsDir, { recursive: true, force: true }));
const floorPlanFile = path.join(runsDir, 'floor-plan.json');

/** Sizes of the files under `dir`, and their total. */
function filesUnder(dir) {
  const sizes = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => statSync(path.join(e.parentPath ?? e.path, e.name)).size);
  return { sizes, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** One `connect-gate run` over the 10,000; undefined when it failed or wrote no reports (logged). */
function cliRun(label, cli) {
  const out = mkdtempSync(path.join(runsDir, 'run-'));
  try {
    const s = performance.now();
    const res = spawnSync(
      process.execPath,
      [
        cli,
        'run',
        POLICIES,
        '--resources',
        RESOURCES,
        '--now',
        NOW,
        '--output-dir',
        path.join(out, 'out'),
        '--sarif',
        path.join(out, 'x.sarif'),
        '--format',
        'json',
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const ms = performance.now() - s;
    // Exit 1 is the gate failing on matches (expected here); anything else, or a run that wrote no
    // reports, is not a valid measurement (a missing or broken CLI exits within milliseconds).
    const wrote = existsSync(path.join(out, 'x.sarif')) && existsSync(path.join(out, 'out', 'results.json'));
    if ((res.status !== 0 && res.status !== 1) || !wrote) {
      console.error(
        `bench: ${label} exited ${res.status}${wrote ? '' : ' without writing its reports'}: ${res.stderr.slice(0, 2000)}`,
      );
      failed = true;
      return undefined;
    }
    return { ms, status: res.status, ...filesUnder(out) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** One run of the floor for the plan in floorPlanFile; undefined when it failed (logged). */
function floorRun() {
  const out = mkdtempSync(path.join(runsDir, 'floor-'));
  try {
    const s = performance.now();
    const res = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'bench-floor.mjs'), RESOURCES, floorPlanFile, out],
      { cwd: root, encoding: 'utf8' },
    );
    const ms = performance.now() - s;
    if (res.status !== 0) {
      console.error(`bench: the floor exited ${res.status}: ${res.stderr.slice(0, 2000)}`);
      failed = true;
      return undefined;
    }
    return { ms, phases: JSON.parse(res.stdout) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const candidates = [
  ['dist/cli.js (bundle)', path.join(root, 'dist', 'cli.js')],
  ['build/cli.js (tsc output)', path.join(build, 'cli.js')],
];
let floorPlanned = false;
for (const [label, cli] of candidates) {
  if (!existsSync(cli)) {
    console.log(`\nwhole process: ${label} not found, skipped`);
    continue;
  }
  const times = [];
  const floors = [];
  let last;
  for (let i = 0; i < 5; i++) {
    const run = cliRun(label, cli);
    if (run === undefined) break;
    times.push(run.ms);
    last = run;
    if (!floorPlanned) {
      writeFileSync(floorPlanFile, JSON.stringify({ matched: [...matchedIds], sizes: run.sizes }));
      floorPlanned = true;
    }
    const floor = label.startsWith('dist/') ? floorRun() : undefined;
    if (floor !== undefined) floors.push(floor);
  }
  if (last === undefined) continue;
  const med = median(times);
  console.log(
    `\nwhole process, ${label}, 10,000 resources: median ${fmt(med)} (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}, ${times.length} runs, exit ${last.status})` +
      ` [target < 1000 ms: ${med < 1000 ? 'met' : 'MISSED'}]; it wrote ${last.sizes.length} files, ${(last.bytes / 1e6).toFixed(1)} MB`,
  );
  if (floors.length) {
    const floorMed = median(floors.map((f) => f.ms));
    const phase = (k) => median(floors.map((f) => f.phases[k])).toFixed(0);
    const p = floors[0].phases;
    console.log(
      `  floor for the same outputs, alternated with it (a bare Node process: start, parse the snapshot ${phase('parseMs')} ms,` +
        ` JSON.stringify each of the ${p.encoded} matched instances once ${phase('encodeMs')} ms, write the same` +
        ` ${p.files} files ${phase('writeMs')} ms; nothing evaluated): median ${fmt(floorMed)}` +
        ` → the whole process takes ${(med / floorMed).toFixed(2)}× the floor`,
    );
  }
}
process.exit(failed ? 1 : 0);

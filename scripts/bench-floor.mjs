// A floor on this machine for what `connect-gate run --resources` leaves behind, spawned by scripts/bench.mjs as
// a process of its own: what a Node program that writes the same bytes cannot avoid, whatever its engine. (A
// native program, or one writing files in parallel, could go lower; a Node CLI cannot skip these steps.)
//
//   node scripts/bench-floor.mjs SNAPSHOT PLAN OUT_DIR
//
// SNAPSHOT: the gzipped listing the run reads. PLAN: JSON `{ "matched": [Id, ...], "sizes": [bytes, ...] }`:
// the instances the run's policies matched (each at least once) and the size of every file the run wrote.
// It does only what any implementation must: start Node, read and parse the listing, encode each matched
// instance once (with the engine's fastest JSON encoder, V8's own JSON.stringify), and write as many bytes,
// in as many files, as the run wrote. Nothing is evaluated, no file is encoded twice, no SARIF is built.
// Prints its own phases as JSON on stdout; the bench takes its wall time from outside.
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';

const [snapshot, planFile, outDir] = process.argv.slice(2);
if (!snapshot || !planFile || !outDir) {
  console.error('usage: node scripts/bench-floor.mjs SNAPSHOT PLAN OUT_DIR');
  process.exit(2);
}
const plan = JSON.parse(readFileSync(planFile, 'utf8'));

let t = performance.now();
const lap = () => {
  const now = performance.now();
  const ms = now - t;
  t = now;
  return Math.round(ms);
};

const listing = JSON.parse(gunzipSync(readFileSync(snapshot)).toString('utf8'));
if (!Array.isArray(listing)) {
  console.error(`bench-floor: ${snapshot} is not a JSON array`);
  process.exit(2);
}
const parseMs = lap();

const matched = new Set(plan.matched);
const texts = [];
for (const instance of listing) {
  if (matched.has(instance.Id)) texts.push(JSON.stringify(instance, null, 2));
}
if (texts.length !== matched.size) {
  console.error(`bench-floor: ${matched.size} matched ids, ${texts.length} found in ${snapshot}`);
  process.exit(2);
}
const encodeMs = lap();

// The bytes themselves: the encoded instances, repeated as needed, in files of the run's sizes.
const encoded = Buffer.from(texts.join('\n'));
const encodedBytes = encoded.length;
const pool = encodedBytes > 0 ? encoded : Buffer.alloc(1 << 16, 0x20);
mkdirSync(outDir, { recursive: true });
plan.sizes.forEach((size, i) => {
  const fd = openSync(path.join(outDir, String(i)), 'w');
  for (let at = 0; at < size;) at += writeSync(fd, pool, 0, Math.min(pool.length, size - at));
  closeSync(fd);
});
const writeMs = lap();

console.log(
  JSON.stringify({
    parseMs,
    encodeMs,
    writeMs,
    encoded: texts.length,
    encodedBytes,
    files: plan.sizes.length,
  }),
);

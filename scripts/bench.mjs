// `npm run bench`: how close copro comes to the cost of merely reading its input.
//
// Writes N synthetic project files (seeded) to a temporary folder and times, several times each
// and interleaved so that a busy moment hurts every measure alike:
//   (a) the floor: a plain Node script that reads and YAML-parses every file, nothing else
//   (b) copro assess <folder> --format json -o <file>
//   (c) bare `node -e 0`
//   (d) copro assess <one file> --format json
// and prints the medians, the ratios b/a and d/c against their targets, files per second and
// peak memory. It checks that (b) scored every file. Options: --files N, --runs R, --jobs N
// (passed to copro for (b)), --keep (leave the folder), --seed S. Then scripts/bench-hub.mjs
// measures the resource hub on up to 5,000 of the same kind of files.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeProjects } from './synthetic-projects.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'copro.js');
const FLOOR = join(ROOT, 'scripts', 'bench-floor.mjs');
const PEAK = new URL('./bench-peak.mjs', import.meta.url).href;

const TARGETS = { batch: 1.3, start: 1.6, memoryMB: 300 };

function options(argv) {
  const found = { files: 10_000, runs: 5, seed: 1, jobs: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') found.keep = true;
    else if (['--files', '--runs', '--seed', '--jobs'].includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${arg} takes a whole number of 1 or more`);
      found[arg.slice(2)] = value;
    } else fail(`unknown option "${arg}": use --files N, --runs R, --jobs N, --seed S or --keep`);
  }
  return found;
}

class BenchFailure extends Error {}

function fail(message) {
  throw new BenchFailure(message);
}

/** Runs a command once; its wall time in ms and, when preloaded with bench-peak, its peak memory. */
function timed(args, { peak = false } = {}) {
  const argv = peak ? ['--import', PEAK, ...args] : args;
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) fail(`${args.join(' ')} ended with exit code ${run.status}:\n${run.stderr}`);
  const rss = /bench-peak-rss-kb=(\d+)/.exec(run.stderr ?? '');
  return { ms, peakMB: rss ? Number(rss[1]) / 1024 : undefined, stdout: run.stdout };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The report's summary, read from its head (it comes before the results), without loading it whole. */
function reportSummary(file) {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(64 * 1024);
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.subarray(0, length).toString('utf8');
  const match = /\n {2}"summary": (\{[\s\S]*?\n {2}\}),\n/.exec(text);
  if (!match) fail(`no summary at the head of ${file}`);
  return JSON.parse(match[1]);
}

function machine() {
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`;
}

function main() {
  const { files, runs, seed, jobs, keep } = options(process.argv.slice(2));
  const folder = mkdtempSync(join(tmpdir(), 'copro-bench-'));
  const projects = join(folder, 'projects');
  const report = join(folder, 'report.json');
  try {
    process.stdout.write(`bench: writing ${files} synthetic project files to ${projects} …\n`);
    const paths = writeProjects(projects, files, seed);
    const one = paths[Math.floor(paths.length / 2)];
    const batchArgs = [
      BIN,
      'assess',
      projects,
      '--format',
      'json',
      '-o',
      report,
      ...(jobs ? ['--jobs', String(jobs)] : []),
    ];

    // Warm the file cache and check the answer before timing anything.
    timed([FLOOR, projects]);
    timed(batchArgs);
    const summary = reportSummary(report);
    if (summary.scored !== files || summary.invalid !== 0)
      fail(`copro scored ${summary.scored} of ${files} files (${summary.invalid} invalid)`);

    const measures = { floor: [], batch: [], node: [], single: [], floorMB: [], batchMB: [] };
    for (let r = 0; r < runs; r++) {
      process.stdout.write(`bench: run ${r + 1} of ${runs}\n`);
      const floor = timed([FLOOR, projects], { peak: true });
      const batch = timed(batchArgs, { peak: true });
      measures.floor.push(floor.ms);
      measures.floorMB.push(floor.peakMB);
      measures.batch.push(batch.ms);
      measures.batchMB.push(batch.peakMB);
      // Start-up is short and noisy: take several pairs per run.
      for (let k = 0; k < 4; k++) {
        measures.node.push(timed(['-e', '0']).ms);
        measures.single.push(timed([BIN, 'assess', one, '--format', 'json']).ms);
      }
    }
    const m = Object.fromEntries(Object.entries(measures).map(([key, values]) => [key, median(values)]));
    const batchRatio = m.batch / m.floor;
    const startRatio = m.single / m.node;
    const peakMB = Math.max(...measures.batchMB);
    const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');
    const lines = [
      '',
      `machine: ${machine()}`,
      `files: ${files} (${(statSync(report).size / 1024 / 1024).toFixed(0)} MB JSON report), runs: ${runs}, seed: ${seed}${jobs ? `, --jobs ${jobs}` : ''}`,
      '',
      `(a) floor, read + YAML-parse          ${m.floor.toFixed(0).padStart(7)} ms   ${((files / m.floor) * 1000).toFixed(0)} files/s, peak ${m.floorMB.toFixed(0)} MB`,
      `(b) copro assess <folder> --format json ${m.batch.toFixed(0).padStart(5)} ms   ${((files / m.batch) * 1000).toFixed(0)} files/s, peak ${m.batchMB.toFixed(0)} MB (highest ${peakMB.toFixed(0)} MB)`,
      `(c) node -e 0                         ${m.node.toFixed(1).padStart(7)} ms`,
      `(d) copro assess <one file> --format json ${m.single.toFixed(1).padStart(5)} ms`,
      '',
      `batch       b/a = ${batchRatio.toFixed(2)}  (target ≤ ${TARGETS.batch})   ${verdict(batchRatio <= TARGETS.batch)}`,
      `start-up    d/c = ${startRatio.toFixed(2)}  (target ≤ ${TARGETS.start})   ${verdict(startRatio <= TARGETS.start)}`,
      `peak memory     ${peakMB.toFixed(0)} MB (target < ${TARGETS.memoryMB} MB)   ${verdict(peakMB < TARGETS.memoryMB)}`,
      `checked: the batch scored all ${summary.scored} files`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    if (keep) process.stdout.write(`bench: files kept in ${folder}\n`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

try {
  main();
  hubBench(options(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof BenchFailure)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 2;
}

/** Then the resource hub at scale (scripts/bench-hub.mjs): 5,000 files, or fewer if asked for fewer. */
function hubBench({ files, runs, seed }) {
  const args = ['--files', String(Math.min(files, 5_000)), '--runs', String(Math.min(runs, 3)), '--seed', String(seed)];
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-hub.mjs'), ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 2;
}

// @ts-check
// `npm run bench`: how close copro comes to the cost of merely reading its input.
//
// Writes N synthetic project files (seeded) to a temporary folder and times, several times each
// and interleaved so that a busy moment hurts every measure alike:
//   (a) the floor: a plain Node script that reads and YAML-parses every file, nothing else
//   (b) copro assess <folder> --format json -o <file>, with the default threads
//   (e) the same with --jobs 1 (one thread)
//   (c) bare `node -e 0`
//   (d) copro assess <one file> --format json
// and prints the medians of the runs (wall time, and the CPU time of all the process's threads).
// Each ratio is taken within a run, against the floor timed just before and just after the run's
// copro commands (their mean), or against the bare Node started just before a one-file run, and
// the median of those paired ratios is shown: the machine this was made on is shared, and its
// speed drifts by a third over minutes, which moves unpaired figures far more than any change.
// Then the ratios against their targets, files per second, peak memory (the highest run) and the
// report's size per project. It checks that (b) scored every file. With --before <checkout> it
// times that checkout's built copro the same way in the same runs (b, e, d), for a before-and-after
// table from one run. Options: --files N, --runs R, --jobs N (passed to copro for (b)), --keep,
// --seed S, --before DIR, --no-hub (skip the hub). Then scripts/bench-hub.mjs measures the
// resource hub on up to 5,000 such files.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeProjects } from './synthetic-projects.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** How many threads copro's default gives a batch here and now (the built copro's own rule). */
const { defaultJobs } = await import(pathToFileURL(join(ROOT, 'dist', 'batch', 'score-parallel.js')).href);
const FLOOR = join(ROOT, 'scripts', 'bench-floor.mjs');
const PEAK = new URL('./bench-peak.mjs', import.meta.url).href;

/** Issue 24's targets (issue 12's, tightened): ratios to the floor (a) or to bare Node (c), in the same run. */
const TARGETS = { cpu: 1.3, oneThread: 1.3, threads: 1.0, start: 1.4, memoryMB: 160 };

function options(argv) {
  /** @type {{ files: number, runs: number, seed: number, jobs?: number, keep: boolean, before?: string, hub: boolean }} */
  const found = { files: 10_000, runs: 5, seed: 1, jobs: undefined, keep: false, before: undefined, hub: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') found.keep = true;
    else if (arg === '--no-hub') found.hub = false;
    else if (arg === '--before') {
      found.before = resolve(argv[++i] ?? '');
      if (!existsSync(join(found.before, 'dist', 'bundle', 'copro.cjs')))
        fail(`--before takes a built copro checkout (npm ci there): ${found.before} has no dist/bundle/copro.cjs`);
    } else if (['--files', '--runs', '--seed', '--jobs'].includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${arg} takes a whole number of 1 or more`);
      found[arg.slice(2)] = value;
    } else
      fail(`unknown option "${arg}": use --files N, --runs R, --jobs N, --seed S, --before DIR, --no-hub or --keep`);
  }
  return found;
}

class BenchFailure extends Error {}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  throw new BenchFailure(message);
}

/** Runs a command once: its wall time in ms and, preloaded with bench-peak, its CPU time (ms) and peak memory (MB). */
function timed(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', PEAK, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) fail(`${args.join(' ')} ended with exit code ${run.status}:\n${run.stderr}`);
  const used = /bench-peak-rss-kb=(\d+) bench-cpu-us=(\d+)/.exec(run.stderr ?? '');
  if (!used) fail(`${args.join(' ')} did not report what it used`);
  return { ms, peakMB: Number(used[1]) / 1024, cpuMs: Number(used[2]) / 1000 };
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
  if (!match?.[1]) fail(`no summary at the head of ${file}`);
  return JSON.parse(match[1]);
}

function machine() {
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`;
}

/** The commands of one copro checkout: its batch with the default threads and with one, and a one-file run. */
function coproCommands(root, projects, one, report, jobs, text) {
  const bin = join(root, 'bin', 'copro.js');
  const batch = [bin, 'assess', projects, '--format', 'json', '-o', report];
  return {
    batch: [...batch, ...(jobs ? ['--jobs', String(jobs)] : [])],
    oneThread: [...batch, '--jobs', '1'],
    single: [bin, 'assess', one, '--format', 'json'],
    // Issue 24: a draft from one plain-text description (to standard output), against `single`.
    draft: [bin, 'draft', text, '-q'],
  };
}

/** A plain-text description of a project, as a person would write one, for the draft timings. */
const DRAFT_TEXT = `Our community garden in Leith was planned with the people who live around it.
Residents chose the site and designed the beds with council officers at three open workshops, and a
residents' panel decided how the budget was spent. Volunteers from the estate now run it, with
support from the housing association, and we review it together every spring.
`;

/**
 * Times every command of `versions` (and the floor and bare Node) `runs` times, interleaved: the
 * median of each measure, and of each ratio paired within a run (`ratio.<name>.<kind>.<measure>`).
 */
function measure(versions, projects, runs) {
  const samples = {};
  const add = (key, value) => (samples[key] ??= []).push(value);
  for (let r = 0; r < runs; r++) {
    process.stdout.write(`bench: run ${r + 1} of ${runs}\n`);
    const floorBefore = timed([FLOOR, projects]);
    const timedHere = {};
    for (const [name, commands] of Object.entries(versions)) {
      for (const kind of ['batch', 'oneThread']) timedHere[`${name}.${kind}`] = timed(commands[kind]);
    }
    const floorAfter = timed([FLOOR, projects]);
    const floor = { ms: (floorBefore.ms + floorAfter.ms) / 2, cpuMs: (floorBefore.cpuMs + floorAfter.cpuMs) / 2 };
    add('floor.ms', floor.ms);
    add('floor.cpu', floor.cpuMs);
    add('floor.mb', Math.max(floorBefore.peakMB, floorAfter.peakMB));
    for (const [key, run] of Object.entries(timedHere)) {
      add(`${key}.ms`, run.ms);
      add(`${key}.cpu`, run.cpuMs);
      add(`${key}.mb`, run.peakMB);
      add(`ratio.${key}.ms`, run.ms / floor.ms);
      add(`ratio.${key}.cpu`, run.cpuMs / floor.cpuMs);
    }
    // Start-up is short and noisy: several pairs per run, each against the bare Node just before it;
    // a draft of one .txt against the one-file assess just before it (CPU time, all threads).
    for (let k = 0; k < 4; k++) {
      for (const [name, commands] of Object.entries(versions)) {
        const node = timed(['-e', '0']).ms;
        const single = timed(commands.single);
        const draft = timed(commands.draft);
        add('node.ms', node);
        add(`${name}.single.ms`, single.ms);
        add(`ratio.${name}.single.ms`, single.ms / node);
        add(`${name}.draft.cpu`, draft.cpuMs);
        add(`${name}.single.cpu`, single.cpuMs);
        add(`ratio.${name}.draft.cpu`, draft.cpuMs / single.cpuMs);
      }
    }
  }
  const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
  for (const [key, values] of Object.entries(samples)) if (key.endsWith('.mb')) m[`${key}.max`] = Math.max(...values);
  return m;
}

/** The figures of one version as table rows: [label, value, target check]. */
function rows(m, name, files, reportBytes) {
  const v = (key) => m[`${name}.${key}`];
  const ratio = (key) => m[`ratio.${name}.${key}`];
  const within = (ratio, target) => `${ratio.toFixed(2)} (≤ ${target}: ${ratio <= target ? 'met' : 'NOT met'})`;
  return [
    [
      '(b) batch, default threads: wall',
      `${v('batch.ms').toFixed(0)} ms, ${((files / v('batch.ms')) * 1000).toFixed(0)} files/s`,
    ],
    ['(b) its CPU time, all threads', `${v('batch.cpu').toFixed(0)} ms`],
    ['(e) batch, --jobs 1: wall', `${v('oneThread.ms').toFixed(0)} ms, CPU ${v('oneThread.cpu').toFixed(0)} ms`],
    ['(d) one file', `${v('single.ms').toFixed(1)} ms`],
    ['CPU of (b) / CPU of (a)', within(ratio('batch.cpu'), TARGETS.cpu)],
    ['CPU of (e) / CPU of (a)', ratio('oneThread.cpu').toFixed(2)],
    ['wall (e) / (a), one thread', within(ratio('oneThread.ms'), TARGETS.oneThread)],
    ['wall (b) / (a), default threads', within(ratio('batch.ms'), TARGETS.threads)],
    ['(d) / (c), one file', within(ratio('single.ms'), TARGETS.start)],
    [
      'draft of one .txt / (d), CPU',
      `${ratio('draft.cpu').toFixed(2)} (${v('draft.cpu').toFixed(0)} ms against ${v('single.cpu').toFixed(0)} ms)`,
    ],
    [
      'peak memory of (b), highest run',
      `${v('batch.mb.max').toFixed(0)} MB (≤ ${TARGETS.memoryMB}: ${v('batch.mb.max') <= TARGETS.memoryMB ? 'met' : 'NOT met'}); --jobs 1: ${v('oneThread.mb.max').toFixed(0)} MB`,
    ],
    ...(reportBytes ? [['JSON report per project', `${(reportBytes / files / 1024).toFixed(1)} kB`]] : []),
  ];
}

function main() {
  const { files, runs, seed, jobs, keep, before } = options(process.argv.slice(2));
  // The default threads of (b) depend on the load when copro starts: said with the figures.
  const start = { load: loadavg()[0] ?? 0, threads: defaultJobs(files) };
  const folder = mkdtempSync(join(tmpdir(), 'copro-bench-'));
  const projects = join(folder, 'projects');
  try {
    process.stdout.write(`bench: writing ${files} synthetic project files to ${projects} …\n`);
    const paths = writeProjects(projects, files, seed);
    const one = paths[Math.floor(paths.length / 2)];
    const text = join(folder, 'description.txt');
    writeFileSync(text, DRAFT_TEXT);
    const versions = { now: coproCommands(ROOT, projects, one, join(folder, 'now.json'), jobs, text) };
    if (before) versions.before = coproCommands(before, projects, one, join(folder, 'before.json'), jobs, text);

    // Warm the file cache and check the answers before timing anything.
    timed([FLOOR, projects]);
    const sizes = {};
    for (const [name, commands] of Object.entries(versions)) {
      timed(commands.batch);
      const report = join(folder, `${name}.json`);
      const summary = reportSummary(report);
      if (summary.scored !== files || summary.invalid !== 0)
        fail(`${name}: copro scored ${summary.scored} of ${files} files (${summary.invalid} invalid)`);
      sizes[name] = statSync(report).size;
    }

    const m = measure(versions, projects, runs);
    const now = rows(m, 'now', files, sizes.now);
    const old = before ? rows(m, 'before', files, sizes.before) : undefined;
    const width = Math.max(...now.map(([label]) => label.length));
    const lines = [
      '',
      `machine: ${machine()}`,
      `files: ${files}, runs: ${runs}, seed: ${seed}${jobs ? `, --jobs ${jobs}` : ''}${before ? `, before: ${before}` : ''}`,
      `load average: ${start.load.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end; ${
        jobs
          ? `(b) runs with --jobs ${jobs}`
          : `(b)'s default threads at the start: ${start.threads} (it counts idle cores)`
      }`,
      '',
      `(a) floor, read + YAML-parse: ${m['floor.ms'].toFixed(0)} ms wall, ${m['floor.cpu'].toFixed(0)} ms CPU, peak ${m['floor.mb'].toFixed(0)} MB`,
      `(c) node -e 0: ${m['node.ms'].toFixed(1)} ms`,
      '',
      ...(old ? [`${''.padEnd(width)}   now  |  before`] : []),
      ...now.map(([label, value], i) => `${label.padEnd(width)}   ${value}${old ? `  |  ${old[i]?.[1]}` : ''}`),
      '',
      `checked: each copro scored all ${files} files`,
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

/**
 * Then the resource hub at scale (scripts/bench-hub.mjs): 5,000 files, or fewer if asked for fewer.
 * @param {{ files: number, runs: number, seed: number, hub: boolean, before?: string }} options
 */
function hubBench({ files, runs, seed, hub, before }) {
  if (!hub) return;
  const args = ['--files', String(Math.min(files, 5_000)), '--runs', String(Math.min(runs, 3)), '--seed', String(seed)];
  if (before) args.push('--before', before);
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-hub.mjs'), ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 2;
}

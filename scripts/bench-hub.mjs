// @ts-check
// `npm run bench` (after bench.mjs): the resource hub at scale. Writes N synthetic project files
// (5,000 by default, seeded; scripts/synthetic-projects.mjs) and measures, interleaved and
// repeated (medians):
//   (e) copro assess <folder> --format json -o <file>      the baseline, in the same run
//   (f) copro hub <folder> -o <new folder>                 a hub built from nothing
//   (g) copro hub <folder> -o <the same folder>            a rebuild with nothing changed
// then opens the hub's index.html in headless Chromium (Debian's, driven by playwright-core):
//   first load (navigation start to the load event), bytes transferred (every request the page
//   makes; it must make no request off the site), and how long filtering all N rows takes to
//   show (the change event to the next frame), by class and by a search word.
// and the site's size on disk per project (all its files; projects.json.gz apart).
// Each ratio is paired within a run (against the assess timed just before), then the median taken.
// With --before <checkout> the same hub commands of that built copro are timed in the same runs.
// Targets (issue 24): f/e ≤ 1.5, g/e ≤ 0.5, ≤ 15 kB per project on disk, first load under 1 s and
// under 2 MB, filtering under 100 ms.
// Options: --files N, --runs R, --seed S, --before DIR, --keep.
// The function given to page.evaluate runs in the page, where these are the browser's own.
/* global document, Event, requestAnimationFrame */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeProjects } from './synthetic-projects.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'copro.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { build: 1.5, rebuild: 0.5, perProjectKB: 15, loadMs: 1000, loadMB: 2, filterMs: 100 };

class BenchFailure extends Error {}
/** @type {(message: string) => never} */
const fail = (message) => {
  throw new BenchFailure(message);
};

function options(argv) {
  /** @type {{ files: number, runs: number, seed: number, keep: boolean, before?: string }} */
  const found = { files: 5_000, runs: 3, seed: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') found.keep = true;
    else if (arg === '--before') found.before = resolve(argv[++i] ?? '');
    else if (['--files', '--runs', '--seed'].includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${arg} takes a whole number of 1 or more`);
      found[/** @type {'files' | 'runs' | 'seed'} */ (arg.slice(2))] = value;
    } else fail(`unknown option "${arg}": use --files N, --runs R, --seed S, --before DIR or --keep`);
  }
  return found;
}

function timed(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) fail(`${args.join(' ')} ended with exit code ${run.status}:\n${run.stderr}`);
  return { ms, stderr: run.stderr };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Bytes of every file under `folder`, and of the JSON download (projects.json.gz; projects.json from a copro before it). */
function siteBytes(folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  const json = ['projects.json.gz', 'projects.json'].find((name) => existsSync(join(folder, name)));
  return { total, json: json ? statSync(join(folder, json)).size : 0 };
}

/** Time from a filter's change to the next frame, in the page, several times; the median. */
async function filterTimes(page, action) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    times.push(
      await page.evaluate(async ([kind, value]) => {
        const reset = () => document.getElementById('hub-reset')?.click();
        reset();
        await new Promise((resolve) => setTimeout(resolve, 20));
        const start = performance.now();
        const field = /** @type {HTMLInputElement} */ (document.getElementById(kind));
        field.value = value;
        field.dispatchEvent(new Event(kind === 'hub-search' ? 'input' : 'change', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }, action),
    );
  }
  return median(times);
}

async function measurePage(index, files) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const loads = [];
    let requests = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(index).href, { waitUntil: 'load' });
      loads.push(
        await page.evaluate(
          () => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]).loadEventEnd,
        ),
      );
      if (i < 4) await context.close();
      else {
        const rows = await page.locator('#hub-projects tbody tr').count();
        const status = await page.textContent('#hub-status');
        if (!status?.includes(String(files))) fail(`the index says "${status}", not all ${files} projects`);
        const byClass = await filterTimes(page, ['hub-class', 'consultation']);
        const bySearch = await filterTimes(page, ['hub-search', 'leith']);
        await context.close();
        const offSite = requests.filter((url) => !url.startsWith('file:'));
        if (offSite.length) fail(`the index requested ${offSite.join(', ')}`);
        const bytes = requests.reduce((sum, url) => sum + statSync(fileURLToPath(url)).size, 0);
        return { loadMs: median(loads), bytes, requests: requests.length, rows, byClass, bySearch };
      }
    }
    return fail('the index page was never measured');
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!existsSync(CHROMIUM))
    fail(`the hub benchmark needs Chromium at ${CHROMIUM} (apt-get install chromium), or CHROMIUM_PATH`);
  const { files, runs, seed, keep, before } = options(process.argv.slice(2));
  if (before && !existsSync(join(before, 'dist', 'bundle', 'copro.cjs')))
    fail(`--before takes a built copro checkout: ${before} has no dist/bundle/copro.cjs`);
  const folder = mkdtempSync(join(tmpdir(), 'copro-bench-hub-'));
  const projects = join(folder, 'projects');
  const report = join(folder, 'report.json');
  try {
    process.stdout.write(`bench-hub: writing ${files} synthetic project files to ${projects} …\n`);
    writeProjects(projects, files, seed);
    const assess = [BIN, 'assess', projects, '--format', 'json', '-o', report];
    /** @type {Record<string, string>} */
    const versions = { now: join(ROOT, 'bin', 'copro.js') };
    if (before) versions.before = join(before, 'bin', 'copro.js');
    const siteOf = (name) => join(folder, `site-${name}`);
    const hubOf = (name) => [versions[name], 'hub', projects, '-o', siteOf(name)];
    // Warm the file cache.
    timed(assess);
    for (const name of Object.keys(versions)) timed(hubOf(name));
    /** @type {Record<string, number[]>} */
    const samples = {};
    /** @type {(key: string, value: number) => void} */
    const add = (key, value) => void (samples[key] ??= []).push(value);
    for (let r = 0; r < runs; r++) {
      process.stdout.write(`bench-hub: run ${r + 1} of ${runs}\n`);
      for (const name of Object.keys(versions)) {
        const base = timed(assess).ms;
        rmSync(siteOf(name), { recursive: true, force: true });
        const built = timed(hubOf(name)).ms;
        const again = timed(hubOf(name));
        if (!/: 0 files written/.test(again.stderr))
          fail(`${name}: a rebuild with nothing changed wrote files: ${again.stderr.trim()}`);
        add('assess', base);
        add(`${name}.hub`, built);
        add(`${name}.rebuild`, again.ms);
        add(`${name}.hubRatio`, built / base);
        add(`${name}.rebuildRatio`, again.ms / base);
      }
    }
    const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
    /** @type {Record<string, { total: number, json: number }>} */
    const sizes = Object.fromEntries(Object.keys(versions).map((name) => [name, siteBytes(siteOf(name))]));
    const page = await measurePage(join(siteOf('now'), 'index.html'), files);
    const mb = page.bytes / 1024 / 1024;
    const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');
    const kb = (bytes) => (bytes / files / 1024).toFixed(1);
    const column = (name) => {
      const { total, json } = sizes[name] ?? { total: 0, json: 0 };
      return [
        `(f) copro hub, built from nothing        ${m[`${name}.hub`].toFixed(0).padStart(7)} ms`,
        `(g) copro hub, rebuilt, nothing changed  ${m[`${name}.rebuild`].toFixed(0).padStart(7)} ms`,
        `hub build   f/e = ${m[`${name}.hubRatio`].toFixed(2)}  (target ≤ ${TARGETS.build})   ${verdict(m[`${name}.hubRatio`] <= TARGETS.build)}`,
        `rebuild     g/e = ${m[`${name}.rebuildRatio`].toFixed(2)}  (target ≤ ${TARGETS.rebuild})   ${verdict(m[`${name}.rebuildRatio`] <= TARGETS.rebuild)}`,
        `on disk     ${kb(total)} kB per project (${(total / 1024 / 1024).toFixed(1)} MB), of which the JSON download ${kb(json)} kB, the rest ${kb(total - json)} kB  (target ≤ ${TARGETS.perProjectKB} kB)   ${verdict(total / files / 1024 <= TARGETS.perProjectKB)}`,
      ];
    };
    const lines = [
      '',
      `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`,
      `files: ${files}, runs: ${runs}, seed: ${seed}${before ? `, before: ${before}` : ''}`,
      '',
      `(e) copro assess <folder> --format json  ${m.assess.toFixed(0).padStart(7)} ms (the baseline, timed before each hub build)`,
      ...Object.keys(versions).flatMap((name) => ['', `${name}:`, ...column(name)]),
      '',
      `index.html first load                    ${page.loadMs.toFixed(0).padStart(7)} ms, ${mb.toFixed(2)} MB in ${page.requests} request(s), ${page.rows} rows drawn`,
      `filter ${files} rows by class              ${page.byClass.toFixed(1).padStart(7)} ms`,
      `filter ${files} rows by a search word      ${page.bySearch.toFixed(1).padStart(7)} ms`,
      `first load  ${page.loadMs.toFixed(0)} ms, ${mb.toFixed(2)} MB  (target < ${TARGETS.loadMs} ms, < ${TARGETS.loadMB} MB)   ${verdict(page.loadMs < TARGETS.loadMs && mb < TARGETS.loadMB)}`,
      `filtering   ${Math.max(page.byClass, page.bySearch).toFixed(1)} ms  (target < ${TARGETS.filterMs} ms)   ${verdict(Math.max(page.byClass, page.bySearch) < TARGETS.filterMs)}`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    if (keep) process.stdout.write(`bench-hub: files kept in ${folder}\n`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BenchFailure)) throw error;
  process.stderr.write(`bench-hub: ${error.message}\n`);
  process.exitCode = 2;
}

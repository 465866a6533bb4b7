// `copro hub`, through the built CLI: the site's files, its downloads (the report formats, byte
// for byte), rebuilds that write only what changed, bad files and bad folders. The site in a
// browser is tested in hub-browser.test.ts.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../src/core/model/report.js';
import type { LoadedFramework } from '../../src/core/model/types.js';
import { escapeHtml as esc } from '../../src/render/text/escape-html.js';
import {
  defaultFramework,
  EXAMPLES,
  idsAssessedTogether,
  latestPerProjectOf,
  ROOT,
  runCli,
  STACK_TRACE,
  tempDir,
} from '../helpers.js';
import { runMain } from '../in-process.js';
import { readComparison, readReport } from '../read-json.js';

const dir = tempDir();
const examples = join(dir.path, 'examples');
const site = join(dir.path, 'site');
const at = (path: string) => join(site, path);
const read = (path: string) => readFileSync(at(path), 'utf8');
/** The JSON download, unpacked as `gunzip` unpacks it. */
const readJson = () => gunzipSync(readFileSync(at('projects.json.gz'))).toString('utf8');
const inodes = () => new Map(filesIn(site).map((path) => [path, statSync(at(path)).ino]));

function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)));
}

function hub(...args: string[]) {
  return runMain(['hub', examples, '-o', site, ...args]);
}

/** The files a rebuild wrote, from its "N files written" line and the inodes that changed. */
async function rebuild(): Promise<{ changed: string[]; stderr: string; code: number | null }> {
  const before = inodes();
  const run = await hub();
  const after = inodes();
  const changed = [...after]
    .filter(([path, ino]) => before.get(path) !== ino)
    .map(([path]) => path)
    .sort();
  return { changed, stderr: run.stderr, code: run.code };
}

let framework: LoadedFramework;
beforeAll(async () => {
  cpSync(EXAMPLES, examples, { recursive: true });
  framework = await defaultFramework();
});
afterAll(() => dir.remove());

describe('copro hub', () => {
  it('writes an index, a page per project, class and term, the words page and the downloads', async () => {
    const run = await hub();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    // The examples record no consent to publishing: the editor is told which were published so, then the count.
    expect(run.stderr).toMatch(
      /^\d+ files \(.*\) published without a record that the people involved agreed: .*\nhub written to .*site: \d+ files written, 0 unchanged\n$/,
    );
    const names = readdirSync(examples)
      .map((f) => f.replace(/\.yaml$/, '.html'))
      .sort();
    expect(readdirSync(at('projects')).sort()).toEqual(names);
    expect(readdirSync(at('classes')).sort()).toEqual(framework.classes.map((c) => `${c.id}.html`).sort());
    expect(readdirSync(at('terms')).sort()).toEqual(framework.terms.map((t) => `${t.id}.html`).sort());
    // A page comparing the assessments of each project assessed more than once (the examples have two).
    expect(readdirSync(at('compare')).sort()).toEqual(['leith-decides.html', 'sw-london-recovery-college.html']);
    for (const file of ['index.html', 'words.html', 'projects.json.gz', 'projects.csv', 'hub-manifest.json'])
      expect(existsSync(at(file))).toBe(true);
    // The plain JSON only when asked for (--plain-json).
    expect(existsSync(at('projects.json'))).toBe(false);
  });

  it('offers the JSON report (gzipped) and the CSV, exactly as copro assess writes them, each file named by its name alone', () => {
    // Run in the folder (a separate process: in-process runs share the test's working folder), copro assess names each file as the hub does: no folder of the editor's computer.
    const assessed = runCli(['assess', '.', '--format', 'json'], { cwd: examples }).stdout;
    expect(readJson()).toBe(assessed);
    expect(readReport(readJson()).results.length).toBeGreaterThan(0);
    expect(read('projects.csv')).toBe(runCli(['assess', '.', '--format', 'csv'], { cwd: examples }).stdout);
    expect(readJson()).not.toContain(dir.path);
    // Far smaller than the report it holds: the framework's questions repeat in every result.
    expect(statSync(at('projects.json.gz')).size).toBeLessThan(Buffer.byteLength(assessed) / 4);
    // The index says what the file is and how to open it.
    const index = read('index.html');
    expect(index).toContain('<a href="projects.json.gz" download>projects.json.gz</a>');
    expect(index).toContain('gunzip -k projects.json.gz');
    expect(index).not.toContain('href="projects.json"');
  });

  it('writes the plain projects.json too, byte for byte the same report, when asked for with --plain-json', async () => {
    const plain = join(dir.path, 'plain-site');
    const run = await runMain(['hub', examples, '-o', plain, '--plain-json']);
    expect(run.code, run.stderr).toBe(0);
    const json = readFileSync(join(plain, 'projects.json'), 'utf8');
    expect(gunzipSync(readFileSync(join(plain, 'projects.json.gz'))).toString('utf8')).toBe(json);
    expect(json).toBe(readJson());
    expect(readFileSync(join(plain, 'index.html'), 'utf8')).toContain(
      '<a href="projects.json" download>projects.json</a>',
    );
    // It is in the fingerprint: the same build again is left as it is; without the option it is built.
    expect((await runMain(['hub', examples, '-o', plain, '--plain-json'])).stderr).toMatch(/: 0 files written/);
    const without = await runMain(['hub', examples, '-o', plain]);
    expect(without.stderr).toMatch(/, 1 removed\n$/);
    expect(existsSync(join(plain, 'projects.json'))).toBe(false);
  });

  it('lists every project in the index once, linked to its page, with its class and terms', async () => {
    const report = readReport(readJson());
    const index = read('index.html');
    const together = idsAssessedTogether(report.results);
    const assessedTogether = (result: ReportResult) =>
      result.project.id !== undefined && together.includes(result.project.id);
    const pageOf = (result: { file: string }) =>
      `projects/${result.file.replace(/^.*\//, '').replace(/\.yaml$/, '.html')}`;
    for (const result of latestPerProjectOf(report.results)) {
      // A project assessed more than once leads to its comparison; the others to their scorecard.
      const page = assessedTogether(result) ? `compare/${result.project.id}.html` : pageOf(result);
      expect(index).toContain(`<a href="${page}">`);
      expect(read(`classes/${result.classification.id}.html`)).toContain(`<a href="../${page}">`);
      if (result.terms.supported)
        expect(read(`terms/${result.terms.supported.id}.html`)).toContain(`<a href="../${page}">`);
    }
    for (const result of report.results) {
      expect(read(pageOf(result))).toContain(`<a href="../classes/${result.classification.id}.html">`);
      if (assessedTogether(result)) expect(index).not.toContain(`<a href="${pageOf(result)}">`);
    }
    // The filter's data holds a row per project.
    const data = JSON.parse(index.match(/<script type="application\/json" id="hub-data">(.*?)<\/script>/)![1]!);
    expect(data.rows).toHaveLength(latestPerProjectOf(report.results).length);
    expect(index).toContain(
      `${data.rows.length} projects (${report.results.length} assessments: a project assessed more than once is shown by its latest)`,
    );
  });

  it("lists on a project's page the questions its description answers, and counts the others, listed once for the site on the questions page", () => {
    const report = readReport(readJson());
    const questions = read('questions.html');
    for (const criterion of framework.criteria) {
      expect(questions).toContain(`id="criterion-${criterion.id}"`);
      for (const indicator of criterion.indicators) expect(questions).toContain(esc(indicator.question));
    }
    expect(read('words.html')).toContain('<a href="questions.html">The questions</a>');
    let counted = 0;
    for (const result of report.results) {
      const page = read(`projects/${result.file.replace(/\.yaml$/, '.html')}`);
      const criteria = page.slice(page.indexOf('<h2>Criteria</h2>'), page.indexOf('<h2>Stages</h2>'));
      for (const criterion of result.criteria) {
        // Each criterion once, in its place in the list: its name, then its score and points.
        const named = criteria.slice(criteria.indexOf(`<h3>${esc(criterion.title)}</h3>`));
        const next = result.criteria[result.criteria.indexOf(criterion) + 1];
        const own = next ? named.slice(0, named.indexOf(`<h3>${esc(next.title)}</h3>`)) : named;
        const score = criterion.score === null ? '' : ` w-${Math.round(criterion.score)}`;
        const points = criterion.possible ? ` ${criterion.earned}/${criterion.possible} points` : '';
        expect(own).toMatch(
          new RegExp(
            `^<h3>[^<]+</h3><p class="score${score}"><b>${criterion.score ?? '(not described|n/a)'}</b>${points}</p>`,
          ),
        );
        const answered = criterion.indicators.filter((i) => i.answer !== 'unknown');
        const unknown = criterion.indicators.length - answered.length;
        for (const indicator of answered) {
          expect(own).toContain(
            `<p>${esc(indicator.question)}</p><b>${indicator.answer === 'unknown' ? '' : indicator.answer}</b>`,
          );
          if (indicator.evidence) expect(own).toContain(`<p>${esc(indicator.evidence)}</p>`);
        }
        for (const indicator of criterion.indicators.filter((i) => i.answer === 'unknown'))
          expect(own).not.toContain(`<p>${esc(indicator.question)}</p>`);
        if (unknown === 0) continue;
        counted++;
        const words = `${unknown} ${unknown === 1 ? 'question' : 'questions'}`;
        expect(own).toContain(`Not described: <a href="../questions.html#criterion-${criterion.id}">${words}</a>.`);
      }
      // Each figure once: no table of the same scores, no score written on the radar, no second view of the stages.
      expect(page).not.toContain('<table class="stack');
      expect(page).not.toMatch(/radar-(score|label|missing)|<text\b|class="profile/);
      for (const stage of result.stages) {
        const level = `<b>${esc(stage.label)}</b> ${esc(stage.levelLabel)}`;
        expect(page.split(level)).toHaveLength(2);
        if (stage.evidence) expect(page.split(`<p>${esc(stage.evidence)}</p>`)).toHaveLength(2);
      }
    }
    expect(counted).toBeGreaterThan(0);
  });

  it('shows each project assessed more than once together: its assessments, side by side and over time, each linked to its scorecard and back', async () => {
    const page = read('compare/leith-decides.html');
    const compare = await runMain([
      'compare',
      ...['leith-decides', 'leith-decides-residents-2020', 'leith-decides-residents-2021'].map((f) =>
        join(examples, `${f}.yaml`),
      ),
      '--format',
      'json',
    ]);
    const leith = readComparison(compare.stdout).projects[0]!;
    expect(page).toContain('<h1>£eith Decides (later Leith Chooses)</h1>');
    expect(page).toContain('3 assessments of this project, compared');
    for (const side of leith.sideBySide)
      expect(page).toContain(`Side by side: ${side.period.from} to ${side.period.to}`);
    expect(leith.overTime.length).toBeGreaterThan(0);
    for (const step of leith.overTime) expect(page).toContain(`${step.from.date} to ${step.to.date}`);
    expect(page).toMatch(/<svg[^>]*class="[^"]*radar/);
    expect(page).toContain('Questions to talk about together');
    for (const file of ['leith-decides', 'leith-decides-residents-2020', 'leith-decides-residents-2021']) {
      expect(page).toContain(`<a class="file" href="../projects/${file}.html">`);
      const scorecard = read(`projects/${file}.html`);
      expect(scorecard).toMatch(
        /This is one of 3 assessments of this project \((independent|community), 20\d\d-\d\d-\d\d, by [^)]+\)\. /,
      );
      expect(scorecard).toContain('<a href="../compare/leith-decides.html">See them together');
    }
    // The index row: the latest assessment, with its trend.
    expect(read('index.html')).toMatch(
      /<a href="compare\/leith-decides\.html">£eith Decides \(later Leith Chooses\)<\/a>.*?<span class="history">3 assessments; latest 2021-03-20 \(community\), up since 2020-03-15<\/span>/,
    );
    // A project assessed once has no comparison and no note.
    expect(read('projects/dundee-decides.html')).not.toContain('assessments of this project');
  });

  it('allows only the site stylesheet and script: nothing from elsewhere, nothing inline', () => {
    const style = read('copro.css');
    expect(style).toContain('.site-nav');
    // The radar's shared images: the full chart names every criterion; the phone's names none.
    expect(style).toContain('url(radar.svg)');
    expect(style).toContain('url(radar-phone.svg)');
    const radar = read('radar.svg');
    expect(radar).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[-\d. ]+">/);
    const names = [...radar.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(names).toEqual(framework.criteria.map((c) => esc(c.title)));
    expect(read('radar-phone.svg')).not.toContain('<text');
    expect(read('hub.js')).toContain('hub-data');
    for (const page of filesIn(site).filter((f) => f.endsWith('.html'))) {
      const html = read(page);
      const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;
      if (page === 'assess.html') {
        // The self-assessment page stands alone, as `copro form` writes it: its own style and script, by their hashes.
        expect(policy).toMatch(
          /^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; base-uri 'none'; form-action 'none'$/,
        );
        continue;
      }
      const up = '../'.repeat(page.split('/').length - 1);
      const script = page === 'index.html';
      // A project page's radar draws over the site's image of its rings and names: images from the site, there only.
      const images = page.startsWith('projects/') ? " img-src 'self';" : '';
      expect(policy).toBe(
        `default-src 'none'; style-src 'self';${images} script-src ${script ? "'self'" : "'none'"}; base-uri 'none'; form-action 'none'`,
      );
      // The one stylesheet, the index's one script, and nothing else loads or runs inline.
      expect(html.match(/<link\b[^>]*>/g)).toEqual([`<link rel="stylesheet" href="${up}copro.css">`]);
      expect(html.match(/<script\b[^>]*>/g) ?? []).toEqual(
        script ? ['<script type="application/json" id="hub-data">', '<script src="hub.js">'] : [],
      );
      expect(html).not.toMatch(/<(style|img|iframe)\b|\sstyle=/);
    }
  });

  it('rebuilds nothing when nothing changed', async () => {
    const { changed, stderr, code } = await rebuild();
    expect(code).toBe(0);
    expect(changed).toEqual([]);
    expect(stderr).toMatch(/: 0 files written, \d+ unchanged\n$/);
  });

  it('rewrites only the edited project, the index data and the pages that list it', async () => {
    const file = join(examples, 'dundee-decides.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: Dundee Decides (renamed)'));
    const { changed, code } = await rebuild();
    expect(code).toBe(0);
    expect(changed).toContain('projects/dundee-decides.html');
    expect(changed).toContain('index.html');
    const listing = changed.filter((p) => /^(classes|terms)\//.test(p));
    for (const page of listing) expect(read(page)).toContain('Dundee Decides (renamed)');
    expect(changed.filter((p) => p.startsWith('projects/'))).toEqual(['projects/dundee-decides.html']);
    expect(
      changed.every((p) =>
        /^(projects\/dundee-decides\.html|index\.html|words\.html|projects\.json\.gz|projects\.csv|hub-manifest\.json|hub-fingerprint\.txt|classes\/.*|terms\/.*)$/.test(
          p,
        ),
      ),
    ).toBe(true);
  });

  it("rewrites, for an edited assessment, its page and its project's comparison, not the other assessments' pages", async () => {
    const file = join(examples, 'leith-decides-residents-2021.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace(`by: "residents' panel"`, `by: "residents' panel and the steering group"`));
    const { changed, code } = await rebuild();
    expect(code).toBe(0);
    expect(changed).toContain('projects/leith-decides-residents-2021.html');
    expect(changed).toContain('compare/leith-decides.html');
    expect(read('compare/leith-decides.html')).toContain('panel and the steering group');
    expect(changed).not.toContain('projects/leith-decides.html');
    expect(changed).not.toContain('projects/leith-decides-residents-2020.html');
    expect(changed.filter((p) => p.startsWith('compare/'))).toEqual(['compare/leith-decides.html']);
  });

  it('adds the page of an added project and removes the page of a removed one', async () => {
    cpSync(join(examples, 'leith-decides.yaml'), join(examples, 'leith-copy.yaml'));
    rmSync(join(examples, 'rushey-green-time-bank.yaml'));
    const { changed, stderr, code } = await rebuild();
    expect(code).toBe(0);
    expect(changed).toContain('projects/leith-copy.html');
    expect(existsSync(at('projects/rushey-green-time-bank.html'))).toBe(false);
    expect(read('index.html')).not.toContain('rushey-green-time-bank');
    expect(stderr).toMatch(/, 1 removed\n$/);
  });

  it('leaves a bad file out, names it, and builds the hub from the others (exit 2)', async () => {
    writeFileSync(join(examples, 'broken.yaml'), 'name: [unclosed\n');
    const run = await hub();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.yaml:1:7: this \[ is never closed: add the missing \]/);
    const files = readdirSync(examples).filter((f) => f.endsWith('.yaml')).length;
    expect(run.stderr).toContain(
      `1 of ${files} files could not be scored and is left out of the hub; the others are in it.`,
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(at('projects/leith-copy.html'))).toBe(true);
    // Built with a bad file, the site keeps no fingerprint: the next build reads and tells it again.
    expect(existsSync(at('hub-fingerprint.txt'))).toBe(false);
    const again = await hub();
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/broken\.yaml:1:7: /);
    rmSync(join(examples, 'broken.yaml'));
  });

  it('leaves an unchanged site as it is without building it, unless a file of it was changed by hand', async () => {
    await hub();
    expect(read('hub-fingerprint.txt')).toMatch(/^[0-9a-f]{64}\n$/);
    const untouched = await rebuild();
    expect(untouched.changed).toEqual([]);
    expect(untouched.stderr).toMatch(/: 0 files written, \d+ unchanged\n$/);
    // A page edited in the site is put right: the quick test checks every file's content.
    const page = 'projects/dundee-decides.html';
    const original = read(page);
    writeFileSync(at(page), original.replace('</main>', '<p>edited by hand</p></main>'));
    const repaired = await rebuild();
    expect(repaired.stderr).toMatch(/: 1 file written, \d+ unchanged\n$/);
    expect(read(page)).toBe(original);
    // Another title changes every page, and is built.
    const retitled = await runMain(['hub', examples, '-o', site, '--title', 'Another hub']);
    expect(retitled.stderr).not.toMatch(/: 0 files written/);
    expect(read('index.html')).toContain('Another hub');
    // So do another settings file and listing drafts: each is in the fingerprint.
    const settings = dir.write('settings/hub.yaml', 'title: Our network\nstrapline: Work near you\n');
    expect((await hub('--settings', settings)).stderr).not.toMatch(/: 0 files written/);
    expect(read('index.html')).toContain('Work near you');
    expect((await hub('--settings', settings)).stderr).toMatch(/: 0 files written/);
    expect((await hub('--settings', settings, '--include-drafts')).stderr).not.toMatch(/: 0 files written/);
    await hub();
  });

  it('leaves the previous site as it was when nothing can be scored', async () => {
    const bad = dir.write('bad/only.yaml', 'stages: {}\n');
    const before = inodes();
    const run = await runMain(['hub', bad, '-o', site]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no project could be scored and published, so .*site was not written/);
    expect(inodes()).toEqual(before);
    expect(readdirSync(dir.path).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('shows a project whose name and summary hold markup as text', async () => {
    const folder = join(dir.path, 'hostile');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'x.yaml'),
      'name: "<script>alert(1)</script>"\norganisation: "\\"><img src=x onerror=alert(2)>"\nsummary: "</script><script>alert(3)</script>"\ntags: ["<b>tag</b>"]\n',
    );
    const out = join(dir.path, 'hostile-site');
    expect((await runMain(['hub', folder, '-o', out])).code).toBe(0);
    for (const page of ['index.html', 'projects/x.html', 'classes/consultation.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html).not.toMatch(/<script>alert|<img |<b>tag/);
      expect(html).not.toContain('<script>');
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('\\u003cscript>alert(1)\\u003c/script>');
  });

  it('will not replace a folder of files that copro did not write', async () => {
    const mine = dir.write('mine/notes.txt', 'keep me');
    const run = await runMain(['hub', examples, '-o', join(dir.path, 'mine')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mine already holds files that copro did not write/);
    expect(readFileSync(mine, 'utf8')).toBe('keep me');
  });

  it('will not build the site over a folder it reads, nor over a folder that holds one', async () => {
    const project = readFileSync(
      join(
        examples,
        readdirSync(examples).find((f) => f.endsWith('.yaml'))!,
      ),
      'utf8',
    );
    const same = await runMain(['hub', examples, '-o', examples]);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe(
      `copro: the site folder ${examples} is ${examples}, an input of this run: the site is replaced whole on every build, so it would be lost. Nothing was read or written: give the site a folder of its own\n`,
    );
    const inside = dir.write('held/projects/a.yaml', project);
    const holds = await runMain(['hub', join(dir.path, 'held/projects'), '-o', join(dir.path, 'held')]);
    expect(holds.code).toBe(2);
    expect(holds.stderr).toMatch(/the site folder .*held holds .*held\/projects, an input of this run/);
    expect(readFileSync(inside, 'utf8')).toBe(project);
    expect(existsSync(join(dir.path, 'held/index.html'))).toBe(false);
  });

  it('builds, and builds again, a site inside a folder it searches (the site holds no project files)', async () => {
    const folder = join(dir.path, 'nested');
    cpSync(EXAMPLES, folder, { recursive: true });
    const out = join(folder, 'site');
    const first = await runMain(['hub', folder, '-o', out]);
    expect(first.stderr).toMatch(/hub written to/);
    expect(first.code).toBe(0);
    const again = await runMain(['hub', folder, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 files written/);
  });

  it('needs -o', async () => {
    const run = await runMain(['hub', examples]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/required option "-o, --output <folder>" not specified/);
  });
});

describe("copro hub --framework: another network's framework", () => {
  const custom = join(ROOT, 'test', 'corpus', 'frameworks', 'harbour-network.yaml');
  // Term labels are left out: the bundled ones are everyday words ("consultation" is also a class id, in addresses).
  const bundledWords = (framework: LoadedFramework) => [
    framework.name,
    ...framework.criteria.map((c) => c.title),
    ...framework.criteria.flatMap((c) => c.indicators.map((i) => i.question)),
    ...framework.classes.map((c) => c.label),
    ...framework.stages.flatMap((s) => Object.values(s.tests ?? {})),
    ...framework.terms.map((t) => t.definition.replace(/\s+/g, ' ').trim()),
  ];

  it('builds the whole site in its words: its criteria, questions, classes and terms, and none of the bundled ones', async () => {
    const projects = dir.write(
      'harbour/quayside.yaml',
      [
        'name: Quayside Repairs',
        'describedAs: crewing together',
        'stages:',
        '  chart: { level: together, evidence: "The harbour users\' group drew up the repair plan with staff" }',
        '  sail: told',
        'answers:',
        '  moorings.open-quay: { answer: yes, evidence: "Posters on every pontoon" }',
        '  shared-nets.catch: partly',
        '',
      ].join('\n'),
    );
    const out = join(dir.path, 'harbour-site');
    const run = await runMain(['hub', projects, '-f', custom, '-o', out, '--title', 'Harbour examples']);
    expect(run.code, run.stderr).toBe(0);
    const page = (path: string) => readFileSync(join(out, path), 'utf8');
    expect(readdirSync(join(out, 'terms'))).toEqual(['crewing.html']);
    const project = page('projects/quayside.html');
    for (const words of [
      'Harbour Network checklist',
      'Safe moorings for everyone',
      'Nets mended in common',
      'Could anyone from the harbour join the quayside meetings?',
      'Half a crew',
      'Charting the course',
      'All hands on deck',
    ])
      expect(project).toContain(words);
    expect(page('index.html')).toContain('Half a crew');
    expect(page('words.html')).toContain('Full crew aboard');
    expect(page('words.html')).toContain('Passengers only');
    expect(page('terms/crewing.html')).toContain('Fishers and harbour staff doing the work as one crew.');
    expect(page('assess.html')).toContain('Could anyone from the harbour join the quayside meetings?');
    // The self-assessment page carries copro's scoring code, whose own strings are not the page's words: form-browser.test.ts reads that page as shown.
    const site = filesIn(out)
      .filter((f) => f.endsWith('.html') && f !== 'assess.html')
      .map(page)
      .join('\n');
    const bundled = bundledWords(framework).filter((words) => site.includes(words) || site.includes(esc(words)));
    expect(bundled).toEqual([]);
  });
});

// `copro hub` as a public site (issue 21): each project placed in its nation and council area, in
// the index, the JSON and the CSV; no folder of the editor's computer on any page or download;
// the summary meant for publishing; drafts left out (or, when asked, listed without a score); no
// instruction meant for the editor on a public page; the title and strapline from settings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaValidator, STACK_TRACE, tempDir, type CliRun } from '../helpers.js';
import { runMain } from '../in-process.js';

const validateReport = await schemaValidator('report');
const dir = tempDir();
const projects = join(dir.path, 'deep', 'folders', 'on', 'my', 'computer');
const site = join(dir.path, 'site');
/** A file of a site as text; the gzipped JSON download unpacked, as `gunzip` unpacks it. */
const readIn = (folder: string, path: string) =>
  path.endsWith('.gz')
    ? gunzipSync(readFileSync(join(folder, path))).toString('utf8')
    : readFileSync(join(folder, path), 'utf8');
const read = (path: string) => readIn(site, path);

/** Every file of the site, as paths relative to it. */
function siteFiles(folder = site): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? siteFiles(path) : [relative(site, path)];
  });
}

const SHARED = [
  'stages:',
  '  define: { level: collaborate, evidence: "Residents and staff set the priorities together" }',
  '  design: { level: collaborate, evidence: "A joint group designed it" }',
  '  decide: { level: delegate, evidence: "Residents voted; the vote was binding" }',
  '  deliver: { level: collaborate, evidence: "Residents and staff ran it together" }',
  '  evaluate: { level: collaborate, evidence: "Residents co-wrote the evaluation" }',
  'partners: [community-members, public-body]',
].join('\n');

const write = (name: string, text: string) => dir.write(join('deep', 'folders', 'on', 'my', 'computer', name), text);

beforeAll(() => {
  write('kirkcaldy.yaml', `name: Kirkcaldy Food Pantry\nlocation: Kirkcaldy\nyear: 2016 onwards\n${SHARED}\n`);
  write('cardiff.yaml', `name: Cardiff Youth Voice\nlocation: Cardiff\nyear: Spring 2022\n${SHARED}\n`);
  write(
    'email.yaml',
    [
      'name: Harbour Talks',
      'location: Leith, Edinburgh',
      'summary: "to be fair they listened, Jim"',
      'publish: { consent: true, by: "residents\' panel", summary: "Residents and the harbour trust planned the waterfront together." }',
      'answers:',
      '  assets.equal-partners: yes',
      SHARED,
      '',
    ].join('\n'),
  );
  // Two assessments of one project: the hub's page that compares them names their files too.
  for (const [year, perspective] of [
    ['2020', 'staff'],
    ['2021', 'staff'],
  ] as const)
    write(
      `harbour-${year}.yaml`,
      `name: Harbour Walks\nlocation: Leith\nid: harbour-walks\nassessment: { date: ${year}-03-01, perspective: ${perspective} }\n${SHARED}\n`,
    );
  write('private.yaml', `name: Not For Publishing\nlocation: Glasgow\npublish: { consent: false }\n${SHARED}\n`);
  write(
    'draft.yaml',
    [
      'name: Unchecked Draft',
      'location: Dundee',
      'stages:',
      '  define: { level: collaborate, evidence: "We planned it with residents", suggested: true }',
      '  deliver: { level: collaborate, evidence: "Residents ran it", suggested: true }',
      '',
    ].join('\n'),
  );
});

afterAll(() => dir.remove());

describe('copro hub: a site fit to publish', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runMain(['hub', projects, '-o', site]);
  });

  it('builds the site from the others, and tells the editor what it left out and why', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(/1 file \(\S*private\.yaml\) left out of the hub: "publish: \{ consent: false \}"/);
    expect(run.stderr).toMatch(
      /1 file \(\S*draft\.yaml\) left out of the hub as a draft: it still has suggestions .* `copro review <file>`/,
    );
    expect(run.stderr).toContain('--include-drafts');
    // Published by default, but named: nothing in these files records that their people agreed.
    expect(run.stderr).toMatch(
      /4 files \(.*kirkcaldy\.yaml.*\) published without a record that the people involved agreed: each does not say "publish: \{ consent: true \}"\. Ask them .* --consented-only/,
    );
    expect(run.stderr).not.toMatch(/published without a record.*email\.yaml/);
  });

  it('places Kirkcaldy in Scotland (Fife) and Cardiff in Wales, in the JSON and the CSV', () => {
    const report = JSON.parse(read('projects.json.gz'));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const byName = new Map(report.results.map((r: { project: { name: string } }) => [r.project.name, r.project]));
    expect(byName.get('Kirkcaldy Food Pantry')).toMatchObject({
      nation: 'Scotland',
      councilArea: 'Fife',
      year: '2016 onwards',
      years: { from: 2016, to: null },
    });
    expect(byName.get('Cardiff Youth Voice')).toMatchObject({ nation: 'Wales', years: { from: 2022, to: 2022 } });
    expect(byName.get('Cardiff Youth Voice')).not.toHaveProperty('councilArea');
    const csv = read('projects.csv').split('\r\n');
    expect(csv[0]).toMatch(/,nation,councilArea$/);
    expect(csv.find((l) => l.includes('Kirkcaldy'))).toMatch(/,Scotland,Fife$/);
    expect(csv.find((l) => l.includes('Cardiff'))).toMatch(/,Wales,$/);
  });

  it('offers Scotland, Wales and Fife as filters in the index, and shows the place under each row', () => {
    const index = read('index.html');
    expect(index).toContain('<select id="hub-nation">');
    expect(index).toMatch(
      /<select id="hub-nation"><option value="">Any nation<\/option><option value="Scotland">Scotland<\/option><option value="Wales">Wales<\/option><\/select>/,
    );
    expect(index).toMatch(/<select id="hub-council">.*<option value="Fife">Fife<\/option>/);
    expect(index).toContain('Kirkcaldy<span class="org">Fife, Scotland</span>');
  });

  it('holds no folder of the editor’s computer on any page or download: the file’s name at most', () => {
    for (const file of siteFiles()) {
      const text = read(file);
      expect(text, file).not.toContain(dir.path);
      expect(text, file).not.toContain('deep/folders');
    }
    expect(read('projects/kirkcaldy.html')).toContain('File: kirkcaldy.yaml');
    expect(read('compare/harbour-walks.html')).toContain('harbour-2020.yaml');
  });

  it('shows the summary meant for publishing, never the email it came from', () => {
    for (const file of siteFiles()) expect(read(file), file).not.toContain('to be fair they listened');
    expect(read('projects/email.html')).toContain('Residents and the harbour trust planned the waterfront together.');
  });

  it('leaves out a file whose people did not agree to publish it, and drafts, everywhere', () => {
    for (const file of siteFiles()) {
      expect(read(file), file).not.toContain('Not For Publishing');
      expect(read(file), file).not.toContain('Unchecked Draft');
    }
    expect(JSON.parse(read('projects.json.gz')).summary.total).toBe(5);
  });

  it('keeps instructions meant for the editor off its pages', async () => {
    for (const file of siteFiles().filter((f) => f.endsWith('.html'))) {
      // What a reader sees: the self-assessment page's script holds the words it writes into a file.
      const text = read(file).replace(/<script>[\s\S]*?<\/script>/g, '');
      expect(text, file).not.toContain('suggested: true');
      expect(text, file).not.toContain('copro validate --fix');
    }
    // The editor's own report still says it.
    const own = await runMain(['assess', join(projects, 'email.yaml'), '--format', 'html']);
    expect(own.stdout).toContain('copro validate --fix');
  });

  it('takes its title and strapline from the shipped settings', () => {
    expect(read('index.html')).toContain('<h1>Co-production in practice</h1><p class="strapline">');
  });
});

describe('copro hub --include-drafts', () => {
  const drafts = join(dir.path, 'site-drafts');
  let run: CliRun;
  beforeAll(async () => {
    run = await runMain(['hub', projects, '-o', drafts, '--include-drafts']);
  });
  const readDraft = (path: string) => readIn(drafts, path);

  it('lists a draft marked as a draft, with no class and no score, and says so to the editor', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 file \(\S*draft\.yaml\) listed as a draft, without a score/);
    const index = readDraft('index.html');
    const row = index.match(/<tr><th scope="row"><a href="projects\/draft.html">Unchecked Draft<\/a>.*?<\/tr>/)?.[0];
    expect(row).toContain('<span class="badge draft">Draft</span>');
    expect(row).toContain('<td class="num" data-label="Score">—</td>');
    expect(index).toContain('1 more is a draft, not scored until checked.');
  });

  it("gives the draft a page with no score, and none of the editor's instructions", () => {
    const page = readDraft('projects/draft.html');
    expect(page).toContain('Not scored yet');
    expect(page).not.toMatch(/Practice score|suggested: true|copro init/);
  });

  it('keeps drafts out of the downloads and the class pages', () => {
    expect(readDraft('projects.json.gz')).not.toContain('Unchecked Draft');
    expect(readDraft('projects.csv')).not.toContain('Unchecked Draft');
    for (const file of readdirSync(join(drafts, 'classes')))
      expect(readDraft(join('classes', file)), file).not.toContain('Unchecked Draft');
  });
});

describe('copro hub --consented-only', () => {
  const consented = join(dir.path, 'site-consented');
  let run: CliRun;
  beforeAll(async () => {
    run = await runMain(['hub', projects, '-o', consented, '--consented-only']);
  });
  const readConsented = (path: string) => readIn(consented, path);

  it('publishes only the files that say the people involved agreed, and names the others for the editor', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 file \(\S*private\.yaml\) left out of the hub: "publish: \{ consent: false \}"/);
    expect(run.stderr).toMatch(
      /5 files \(.*\) left out of the hub: --consented-only publishes only files that say "publish: \{ consent: true \}"/,
    );
    const report = JSON.parse(readConsented('projects.json.gz'));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.results.map((r: { project: { name: string } }) => r.project.name)).toEqual(['Harbour Talks']);
    expect(run.stderr).not.toMatch(/published without a record/);
    for (const name of ['Kirkcaldy Food Pantry', 'Cardiff Youth Voice', 'Harbour Walks', 'Unchecked Draft'])
      for (const file of ['index.html', 'projects.csv']) expect(readConsented(file), file).not.toContain(name);
  });

  it('is part of what a rebuild compares: the same files without it build a different site', async () => {
    const again = await runMain(['hub', projects, '-o', consented]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/0 files written/);
    expect(readConsented('index.html')).toContain('Kirkcaldy Food Pantry');
  });
});

describe('copro hub --settings', () => {
  it("uses the settings file's title and strapline", async () => {
    const settings = dir.write('hub.yaml', 'title: Fife Stories\nstrapline: What co-production looks like in Fife.\n');
    const out = join(dir.path, 'site-settings');
    const run = await runMain(['hub', projects, '-o', out, '--settings', settings, '-q']);
    expect(run.code, run.stderr).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h1>Fife Stories</h1><p class="strapline">What co-production looks like in Fife.</p>');
  });

  it('refuses a settings file it cannot use, saying where and why (exit 2)', async () => {
    const settings = dir.write('bad-hub.yaml', 'title: [a list]\ncolour: red\n');
    const run = await runMain(['hub', projects, '-o', join(dir.path, 'site-bad'), '--settings', settings]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad-hub\.yaml:1:8: "title" should be text, not a list/);
    expect(run.stderr).toMatch(/bad-hub\.yaml:2:1: unknown setting "colour": use title or strapline/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

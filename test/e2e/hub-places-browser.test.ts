// The hub's place filters in a real browser (issue 21): nation and council area filters, and an
// empty result that says why and offers the nearest filter with results ("projects in Scotland
// that are really co-production" once found nothing, with no hint). Screenshots go to test/.tmp
// (or $COPRO_SCREENSHOT_DIR).
import { gunzipSync } from 'node:zlib';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage } from '../browser.js';
import type { Report } from '../../src/core/model/report.js';
import { EXAMPLES, latestPerProjectOf, ROOT, runCli, tempDir } from '../helpers.js';

const SHOTS = process.env.COPRO_SCREENSHOT_DIR ?? join(ROOT, 'test', '.tmp');
const dir = tempDir();
const site = join(dir.path, 'site');
const url = (path: string) => pathToFileURL(join(site, path)).href;
let browser: Browser;
let projects: Report['results'];
const pageErrors: string[] = [];

const SHARED = `stages:
  define: { level: collaborate, evidence: "Residents and staff set the priorities together" }
  decide: { level: delegate, evidence: "Residents voted; the vote was binding" }
  deliver: { level: collaborate, evidence: "Residents and staff ran it together" }
partners: [community-members, public-body]
`;

beforeAll(async () => {
  const folder = join(dir.path, 'projects');
  cpSync(EXAMPLES, folder, { recursive: true });
  dir.write('projects/kirkcaldy.yaml', `name: Kirkcaldy Food Pantry\nlocation: Kirkcaldy\n${SHARED}`);
  dir.write('projects/cardiff.yaml', `name: Cardiff Youth Voice\nlocation: Cardiff\n${SHARED}`);
  const run = runCli(['hub', folder, '-o', site]);
  expect(run.code, run.stderr).toBe(0);
  projects = latestPerProjectOf(
    JSON.parse(gunzipSync(readFileSync(join(site, 'projects.json.gz'))).toString('utf8')).results,
  );
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  dir.remove();
});

const open = (path: string, options: BrowserContextOptions = {}) => openPage(browser, url(path), pageErrors, options);

const rowNames = async (page: Page) => (await page.locator('#hub-projects tbody th a').allTextContents()).sort();
const namesWhere = (keep: (p: Report['results'][number]['project']) => boolean) =>
  projects
    .filter((r) => keep(r.project))
    .map((r) => r.project.name)
    .sort();

describe('the hub: places', () => {
  it('filters by nation and by council area', async () => {
    const page = await open('index.html');
    await page.selectOption('#hub-nation', 'Wales');
    expect(await rowNames(page)).toEqual(['Cardiff Youth Voice']);
    await page.selectOption('#hub-nation', 'Scotland');
    const scottish = namesWhere((p) => p.nation === 'Scotland');
    expect(scottish).toContain('Kirkcaldy Food Pantry');
    expect(await rowNames(page)).toEqual(scottish);
    await page.screenshot({ path: join(SHOTS, 'hub-index-nation-scotland.png'), fullPage: false });
    await page.selectOption('#hub-council', 'Fife');
    expect(await rowNames(page)).toEqual(['Kirkcaldy Food Pantry']);
    // The place as written, and under it where that is.
    await expect(page.locator('#hub-projects tbody td[data-label="Place"]').textContent()).resolves.toBe(
      'KirkcaldyFife, Scotland',
    );
    await page.context().close();
  });

  it('says why nothing matches, and offers the nearest filter that finds something', async () => {
    const page = await open('index.html');
    // As a visitor tried it: the place written "Scotland", and co-production.
    await page.selectOption('#hub-place', 'Scotland');
    await page.selectOption('#hub-class', 'co-production');
    expect(await rowNames(page)).toEqual([]);
    const status = await page.textContent('#hub-status');
    expect(status).toMatch(/^0 of \d+ projects match\.|^No project matches all of these together/);
    expect(status).toContain('On its own, Class “Co-production”');
    expect(status).toContain('Place “Scotland”');
    const offer = page.locator('#hub-status button.nearest');
    const scottishCoProduction = namesWhere((p) => p.nation === 'Scotland').filter((name) =>
      projects.some((r) => r.project.name === name && r.classification.id === 'co-production'),
    );
    expect(scottishCoProduction.length).toBeGreaterThan(1);
    await expect(offer.textContent()).resolves.toBe(
      `Show Nation “Scotland” in place of Place “Scotland” (${scottishCoProduction.length} projects)`,
    );
    await page.screenshot({ path: join(SHOTS, 'hub-index-nothing-matches.png') });
    expect(await axeViolations(page)).toEqual([]);
    await offer.click();
    expect(await rowNames(page)).toEqual(scottishCoProduction);
    expect(await page.inputValue('#hub-nation')).toBe('Scotland');
    expect(await page.inputValue('#hub-place')).toBe('');
    await page.context().close();
  });

  it('offers one filter fewer when no nation fits, and a search that finds nothing says so', async () => {
    const page = await open('index.html');
    await page.selectOption('#hub-nation', 'Wales');
    await page.selectOption('#hub-class', 'consultation');
    await expect(page.locator('#hub-status button.nearest').textContent()).resolves.toMatch(
      /^Show them without (Nation “Wales”|Class “Consultation or engagement”) \(\d+ projects?\)$/,
    );
    await page.click('#hub-reset');
    await page.fill('#hub-search', 'zzzqqq');
    await expect(page.textContent('#hub-status')).resolves.toBe(
      'No project’s name, organisation or summary holds “zzzqqq”.',
    );
    await expect(page.locator('#hub-status button.nearest').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('shows the filters on a 390 px phone without sideways scrolling', async () => {
    const page = await open('index.html', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.click('#hub-more-filters summary');
    await page.selectOption('#hub-nation', 'Scotland');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('#hub-nation').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'hub-index-nation-phone.png') });
    await page.context().close();
  });

  it('had no error on any page', () => expect(pageErrors).toEqual([]));
});

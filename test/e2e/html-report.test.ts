// The HTML report in a real browser (headless Chromium, Debian's package, driven by
// playwright-core): the charts and every project show, the page loads nothing, its script runs
// under its own Content-Security-Policy, sorting and filtering work, it reads without the
// script, and a project named <script>alert(1)</script> shows as text and runs nothing.
// Screenshots go to test/.tmp (or to $COPRO_SCREENSHOT_DIR: `COPRO_SCREENSHOT_DIR=docs` renews
// the ones in the guide).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli, tempDir } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = process.env.COPRO_SCREENSHOT_DIR ?? join(ROOT, 'test', '.tmp');
const HOSTILE = '<script>alert(1)</script>';

const dir = tempDir();
let browser: Browser;
let gallery: { url: string; names: string[] };
let hostile: { url: string; names: string[] };

function project(name: string, evidence: string): string {
  return `name: ${JSON.stringify(name)}\norganisation: ${JSON.stringify(evidence)}\nstages:\n  define: { level: consult, evidence: ${JSON.stringify(evidence)} }\n`;
}

/** Runs copro on the paths into an HTML file; returns its address and the names, in order. */
function report(name: string, paths: string[]): { url: string; names: string[] } {
  const out = join(dir.path, name);
  const html = runCli(['assess', ...paths, '--format', 'html', '-o', out]);
  expect(html.code, html.stderr).toBeLessThanOrEqual(2);
  const json = JSON.parse(runCli(['assess', ...paths, '--format', 'json']).stdout);
  return {
    url: pathToFileURL(out).href,
    names: json.results.map((r: { project: { name: string } }) => r.project.name),
  };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The HTML report tests need Chromium at ${CHROMIUM}, and it is not there. Install it with "apt-get install -y chromium" (.ci/run does), or set CHROMIUM_PATH.`,
    );
  }
  const bad = join(dir.path, 'hostile');
  mkdirSync(bad);
  writeFileSync(join(bad, '1.yaml'), project(HOSTILE, '</textarea><script>alert(2)</script>'));
  writeFileSync(join(bad, '2.yaml'), project('"><svg onload=alert(3)>', "' onmouseover='alert(4)"));
  writeFileSync(join(bad, '3.yaml'), 'name: [unclosed\n');
  // Relative to the project folder, as a person would type it (the file names show in the screenshots).
  gallery = report('gallery.html', [relative(ROOT, EXAMPLES)]);
  hostile = report('hostile.html', [EXAMPLES, bad]);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  dir.remove();
});

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
  requests: string[];
}

/** A page that records every dialog (and dismisses it), console error and request off the file. */
async function open(url: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const watched: Watched = { page, dialogs: [], errors: [], requests: [] };
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) watched.requests.push(request.url());
  });
  await page.goto(url);
  return watched;
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** The index and gallery show each project once: assessments of one project (same id, same name here) share a row. */
const once = (names: string[]) => [...new Set(names)];

describe('the HTML report in a browser', () => {
  it('shows every project in the index, the gallery and the scorecards, with their charts', async () => {
    const { page, errors, requests } = await open(gallery.url);
    expect(await texts(page, '#projects tbody th a')).toEqual(once(gallery.names));
    expect(await texts(page, '#cards .card h3')).toEqual(once(gallery.names));
    expect(await texts(page, 'article.scorecard header h3')).toEqual(gallery.names);
    const radar = page.locator('article.scorecard svg.radar-full').first();
    await expect(radar.isVisible()).resolves.toBe(true);
    expect((await radar.boundingBox())!.width).toBeGreaterThan(400);
    expect(await radar.locator('title').textContent()).toBe(`Criterion scores of ${gallery.names[0]}`);
    expect(await page.locator('#cards svg.radar-thumbnail').count()).toBe(once(gallery.names).length);
    expect(await page.locator('article.scorecard ol.profile li').count()).toBe(gallery.names.length * 5);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#gallery').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join(SHOTS, 'html-report.png'),
      fullPage: true,
      clip: await clipOf(page, 'body', 1600),
    });
    await page.screenshot({
      path: join(SHOTS, 'html-scorecard.png'),
      fullPage: true,
      clip: await clipOf(page, 'article.scorecard.rank-0', 1500),
    });
    await page.context().close();
  });

  it('filters and sorts the index with its script, allowed by the page policy', async () => {
    const { page, errors } = await open(gallery.url);
    await expect(page.locator('#controls').isVisible()).resolves.toBe(true);
    await page.fill('#search', 'leith');
    expect(await texts(page, '#projects tbody tr:not([hidden]) th a')).toEqual(
      once(gallery.names).filter((n) => /leith/i.test(n)),
    );
    expect(await page.locator('#cards .card:not([hidden])').count()).toBe(1);
    expect(await page.textContent('#shown')).toBe(`Showing 1 of ${once(gallery.names).length} projects`);
    await page.fill('#search', '');
    await page.selectOption('#class-filter', 'consultation');
    const classes = await page
      .locator('#projects tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-class')));
    expect(classes.length).toBeGreaterThan(0);
    expect(new Set(classes)).toEqual(new Set(['consultation']));
    await page.selectOption('#class-filter', '');
    const scores = async () => (await texts(page, '#projects tbody td[data-label="Score"]')).map(Number);
    await page.click('#projects thead th:nth-child(4) button');
    expect(await scores()).toEqual([...(await scores())].sort((a, b) => a - b));
    expect(await page.getAttribute('#projects thead th:nth-child(4)', 'aria-sort')).toBe('ascending');
    await page.click('#projects thead th:nth-child(4) button');
    const descending = await scores();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    // The gallery follows the order of the table.
    const first = await page.locator('#projects tbody tr').first().getAttribute('data-project');
    expect(await page.locator('#cards .card').first().getAttribute('id')).toBe(`card-${first}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a project named <script>alert(1)</script> as text, and runs nothing from any project', async () => {
    const { page, dialogs, errors } = await open(hostile.url);
    expect(await texts(page, '#projects tbody th a')).toEqual(once(hostile.names));
    expect(hostile.names).toContain(HOSTILE);
    const heading = page.locator('article.scorecard header h3', { hasText: HOSTILE });
    expect(await heading.textContent()).toBe(HOSTILE);
    await heading.scrollIntoViewIfNeeded();
    await page.mouse.move(300, 300);
    await page.hover("text=' onmouseover='alert(4)");
    expect(
      await page.locator('article.scorecard').filter({ hasText: HOSTILE }).locator('.meta').first().textContent(),
    ).toContain('</textarea><script>alert(2)</script>');
    expect(await page.locator('body script').count()).toBe(1);
    expect(await page.locator('svg[onload]').count()).toBe(0);
    expect(await page.textContent('#not-scored-title')).toBe('Files that could not be scored');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads without its script: every project listed, the controls hidden', async () => {
    const { page } = await open(gallery.url, { javaScriptEnabled: false });
    await expect(page.locator('#controls').isVisible()).resolves.toBe(false);
    expect(await page.locator('#projects tbody tr:visible').count()).toBe(once(gallery.names).length);
    expect(await page.locator('#projects thead button').count()).toBe(0);
    await page.context().close();
  });

  it('fits a phone: no sideways scrolling, the charts still there', async () => {
    const { page } = await open(gallery.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.locator('article.scorecard svg.radar-phone').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'html-report-phone.png') });
    await page.context().close();
  });

  it('prints without the controls or the gallery, each scorecard on its own page', async () => {
    const { page } = await open(gallery.url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('#gallery').isVisible()).resolves.toBe(false);
    // On paper the radar is left out (three pages at most; html-print.test.ts); its table stays.
    await expect(page.locator('article.scorecard svg.radar-full').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('article.scorecard table.stack').first().isVisible()).resolves.toBe(true);
    const breaks = await page
      .locator('article.scorecard')
      .evaluateAll((cards) => cards.map((c) => getComputedStyle(c).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['page']));
    await page.context().close();
  });
});

/** A clip of the page from the top of `selector`, `height` pixels tall. */
async function clipOf(page: Page, selector: string, height: number) {
  const box = (await page.locator(selector).first().boundingBox())!;
  const top = await page.evaluate(() => window.scrollY);
  return { x: 0, y: Math.max(0, box.y + top - 8), width: 1280, height };
}

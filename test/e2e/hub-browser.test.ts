// The hub in a real browser (Debian's Chromium, driven by playwright-core): `copro hub examples/`
// opened from disk shows every example, filters by class and term, searches, and links to every
// project page; nothing is requested from anywhere; without JavaScript it still lists and links
// everything; axe-core finds no accessibility violation; it fits a 390 px phone; print hides the
// controls; markup in a project's name shows as text. Screenshots go to test/.tmp (or to
// $COPRO_SCREENSHOT_DIR: `COPRO_SCREENSHOT_DIR=docs` renews the ones in the README and the guide).
import { gunzipSync } from 'node:zlib';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../browser.js';
import type { Report } from '../../src/core/model/report.js';
import { idsAssessedTogether, latestPerProjectOf, ROOT, runCli, tempDir } from '../helpers.js';

const SHOTS = process.env.COPRO_SCREENSHOT_DIR ?? join(ROOT, 'test', '.tmp');

const dir = tempDir();
const site = join(dir.path, 'site');
const url = (path: string) => pathToFileURL(join(site, path)).href;
let browser: Browser;
let report: Report;
/** What the index lists: one result per project, the latest of a project assessed more than once. */
let projects: Report['results'];
/** Every request that did not go to a file of the site, across every page opened. */
const offSite: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const run = runCli(['hub', 'examples', '-o', site]);
  expect(run.code, run.stderr).toBe(0);
  report = JSON.parse(gunzipSync(readFileSync(join(site, 'projects.json.gz'))).toString('utf8'));
  projects = latestPerProjectOf(report.results);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  dir.remove();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(pathToFileURL(site).href)) offSite.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(url(path));
  return page;
}

const rowNames = (page: Page) => page.locator('#hub-projects tbody th a').allTextContents();
const names = (results: Report['results']) => results.map((r) => r.project.name).sort();
const sorted = (list: string[]) => [...list].sort();

describe('the hub in a browser', () => {
  it('shows every example in the index', async () => {
    const page = await open('index.html');
    await expect(page.locator('#hub-filters').isVisible()).resolves.toBe(true);
    expect(sorted(await rowNames(page))).toEqual(names(projects));
    expect(await page.textContent('#hub-status')).toBe(`Showing all ${projects.length} projects.`);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({
      path: join(SHOTS, 'hub-index.png'),
      clip: { x: 0, y: 0, width: 1280, height: 1100 },
      fullPage: true,
    });
    await page.context().close();
  });

  it('filters by class and by term, and searches names, organisations and summaries', async () => {
    const page = await open('index.html');
    await page.selectOption('#hub-class', 'consultation');
    expect(sorted(await rowNames(page))).toEqual(names(projects.filter((r) => r.classification.id === 'consultation')));
    await page.selectOption('#hub-class', '');
    await page.selectOption('#hub-supported', 'co-design');
    const coDesign = projects.filter((r) => r.terms.supported?.id === 'co-design');
    expect(coDesign.length).toBeGreaterThan(0);
    expect(sorted(await rowNames(page))).toEqual(names(coDesign));
    await page.selectOption('#hub-supported', '');
    await page.selectOption('#hub-claimed', 'co-production');
    expect(sorted(await rowNames(page))).toEqual(
      names(projects.filter((r) => r.terms.claimed?.id === 'co-production')),
    );
    await page.click('#hub-reset');
    await page.fill('#hub-search', 'glasgow');
    const inText = projects.filter((r) =>
      `${r.project.name} ${r.project.organisation ?? ''} ${r.project.summary ?? ''}`.toLowerCase().includes('glasgow'),
    );
    expect(sorted(await rowNames(page))).toEqual(names(inText));
    expect(await page.textContent('#hub-status')).toBe(`${inText.length} of ${projects.length} projects match.`);
    // A result clicked straight after typing opens (the search box's change event, as it loses
    // focus, once rebuilt the rows under the pointer and the click was lost).
    await Promise.all([
      page.waitForURL(/\/(projects|compare)\/[a-z0-9-]+\.html$/),
      page.click('#hub-projects tbody th a >> nth=0'),
    ]);
    await page.goBack();
    await page.fill('#hub-search', '');
    await page.selectOption('#hub-sort', 'score-down');
    const scores = (await page.locator('#hub-projects tbody td[data-label="Score"]').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.context().close();
  });

  it('links to every project page, each showing its scorecard or its assessments together, and back', async () => {
    const page = await open('index.html');
    const count = await page.locator('#hub-projects tbody th a').count();
    expect(count).toBe(projects.length);
    let compared = 0;
    for (let i = 0; i < count; i++) {
      const link = page.locator('#hub-projects tbody th a').nth(i);
      const name = await link.textContent();
      await Promise.all([page.waitForURL(/\/(projects|compare)\/[a-z0-9-]+\.html$/), link.click()]);
      expect(await page.locator('h1').textContent()).toBe(name);
      if (page.url().includes('/compare/')) {
        compared++;
        await expect(page.locator('article.comparison svg').first().isVisible()).resolves.toBe(true);
      } else await expect(page.locator('article.scorecard svg.radar-full').isVisible()).resolves.toBe(true);
      await Promise.all([page.waitForURL(url('index.html')), page.click('text=← All projects')]);
    }
    expect(compared).toBe(idsAssessedTogether(report.results).length);
    await page.context().close();
  });

  it("goes from a project assessed more than once to each assessment's scorecard, and back, without JavaScript", async () => {
    const page = await open('compare/leith-decides.html', { javaScriptEnabled: false });
    const links = page.locator('article.comparison a.file');
    expect(await links.count()).toBe(3);
    await Promise.all([
      page.waitForURL(/\/projects\/leith-decides-residents-2020\.html$/),
      page.click('a.file >> text=leith-decides-residents-2020.yaml'),
    ]);
    await expect(page.locator('article.scorecard').isVisible()).resolves.toBe(true);
    await Promise.all([page.waitForURL(/\/compare\/leith-decides\.html$/), page.click('text=See them together')]);
    await page.context().close();
  });

  it("goes from a project's count of questions not described to those questions, without JavaScript", async () => {
    const page = await open('projects/dundee-decides.html', { javaScriptEnabled: false });
    const count = page.locator('a[href^="../questions.html#criterion-"]').first();
    const target = (await count.getAttribute('href'))!.replace('../questions.html#', '');
    await Promise.all([page.waitForURL(/\/questions\.html#criterion-/), count.click()]);
    const section = page.locator(`section#${target}`);
    await expect(section.isVisible()).resolves.toBe(true);
    expect(await section.locator('li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('reads and navigates without JavaScript: every project listed and linked, the controls hidden', async () => {
    const page = await open('index.html', { javaScriptEnabled: false });
    await expect(page.locator('#hub-filters').isVisible()).resolves.toBe(false);
    expect(sorted(await rowNames(page))).toEqual(names(projects));
    await Promise.all([
      page.waitForURL(/\/(projects|compare)\/[a-z0-9-]+\.html$/),
      page.click('#hub-projects tbody th a >> nth=0'),
    ]);
    await Promise.all([page.waitForURL(/\/words\.html$/), page.click('text=What the words mean')]);
    await Promise.all([
      page.waitForURL(/\/classes\/[a-z0-9-]+\.html$/),
      page.click('.word-list a[href$="classes/co-production.html"]'),
    ]);
    expect(await page.locator('.project-list a').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('passes axe-core with no violations: the index, a project page, an assessment and its comparison, a class page, a term page and the words page', async () => {
    const first = report.results[0]!.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    for (const path of [
      'index.html',
      `projects/${first}.html`,
      'projects/leith-decides-residents-2021.html',
      'compare/leith-decides.html',
      'compare/sw-london-recovery-college.html',
      'classes/partial-co-production.html',
      'terms/co-production.html',
      'words.html',
      'questions.html',
    ]) {
      const page = await open(path);
      const violations = await axeViolations(page);
      expect(violations, path).toEqual([]);
      await page.context().close();
    }
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    for (const path of [
      'index.html',
      'projects/leith-decides.html',
      'compare/leith-decides.html',
      'compare/sw-london-recovery-college.html',
      'classes/co-production.html',
      'terms/participatory-budgeting.html',
      'words.html',
      'questions.html',
    ]) {
      const page = await open(path, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      if (path === 'index.html') {
        // The filters fold away on a phone, so the list is near the top.
        await expect(page.locator('#hub-class').isVisible()).resolves.toBe(false);
        await page.screenshot({ path: join(SHOTS, 'hub-index-phone.png') });
      }
      await page.context().close();
    }
  });

  it('prints without the navigation or the controls', async () => {
    const page = await open('index.html');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#hub-filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('#hub-projects').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('shows markup in a project name as text and runs nothing from a project', async () => {
    const hostile = dir.write(
      'hostile/x.yaml',
      'name: "<img src=x onerror=alert(1)><script>alert(2)</script>"\nsummary: "</script><script>alert(3)</script>"\n',
    );
    const out = join(dir.path, 'hostile-site');
    expect(runCli(['hub', hostile, '-o', out]).code).toBe(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    expect(await rowNames(page)).toEqual(['<img src=x onerror=alert(1)><script>alert(2)</script>']);
    await page.fill('#hub-search', 'alert(3)');
    expect(await page.locator('#hub-projects tbody tr').count()).toBe(1);
    await Promise.all([page.waitForURL(/\/projects\/x\.html$/), page.click('#hub-projects tbody th a')]);
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it("loads its one stylesheet and script, and a project page the radar's images, and runs nothing inline, both from disk and served over HTTP", async () => {
    const server = await serve(site);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      for (const root of [pathToFileURL(site).href + '/', base]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const requests: string[] = [];
        const problems: string[] = [];
        const failed: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('requestfailed', (request) => failed.push(request.url()));
        page.on('response', (response) => {
          if (response.status() >= 400) failed.push(response.url());
        });
        page.on('console', (message) => {
          // Chromium asks a web host for /favicon.ico of its own accord; the site has none, and names none.
          if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
            problems.push(message.text());
        });
        await page.goto(`${root}index.html`);
        // The script ran (it shows the filters) and the stylesheet applies (the page's background).
        await expect(page.locator('#hub-filters').isVisible()).resolves.toBe(true);
        const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await expect(background()).resolves.toBe('rgb(243, 245, 248)');
        // An inline script put into the page is refused by its policy.
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'document.title = "ran inline"';
          document.body.append(script);
        });
        await expect(page.title()).resolves.not.toBe('ran inline');
        await page.goto(`${root}words.html`);
        await expect(background()).resolves.toBe('rgb(243, 245, 248)');
        // A project page's radar: the page draws the shape, the site's image (the stylesheet's) the rings and names.
        await page.goto(`${root}projects/dundee-decides.html`);
        const image = await page.evaluate(
          () => getComputedStyle(document.querySelector('svg.radar-full')!).backgroundImage,
        );
        expect(image).toBe(`url("${root}radar.svg")`);
        await Promise.all([
          page.waitForEvent('requestfinished', (request) => request.url().endsWith('/radar-phone.svg')),
          page.setViewportSize({ width: 390, height: 844 }),
        ]);
        await expect(page.locator('svg.radar-phone').isVisible()).resolves.toBe(true);
        expect(requests.every((address) => address.startsWith(root))).toBe(true);
        expect(requests.map((address) => address.slice(root.length))).toEqual([
          'index.html',
          'copro.css',
          'hub.js',
          'words.html',
          'copro.css',
          'projects/dundee-decides.html',
          'copro.css',
          'radar.svg',
          'radar-phone.svg',
        ]);
        // Each loaded: none refused by the policy, none missing.
        expect(failed).toEqual([]);
        expect(problems).toEqual([expect.stringMatching(/Content Security Policy/)]);
        await context.close();
      }
    } finally {
      server.close();
    }
  });

  it('requested nothing from outside the site, and no page had an error', () => {
    expect(offSite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** The site served as a static web host would serve it, on 127.0.0.1 at a free port. */
async function serve(folder: string): Promise<Server> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    try {
      const body = readFileSync(join(folder, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

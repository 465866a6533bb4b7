// The comparison's HTML in a real browser (headless Chromium, as for the HTML report): overlaid
// radars, a stage strip per assessment, the slope chart and the disagreement table show; the page
// loads nothing and runs nothing; it reads on a phone; hostile names stay text. Screenshots go to
// test/.tmp (or $COPRO_SCREENSHOT_DIR).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leithVariant, RESIDENTS_DOUBT } from '../compare-fixtures.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = process.env.COPRO_SCREENSHOT_DIR ?? join(ROOT, 'test', '.tmp');
const HOSTILE = '<script>alert(1)</script>';

const dir = tempDir();
let browser: Browser;
let url: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The comparison HTML tests need Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium", or set CHROMIUM_PATH.`,
    );
  dir.write(
    'in/staff-2025.yaml',
    leithVariant({
      id: 'leith',
      assessment: { date: '2025-04-20', by: 'council staff', perspective: 'staff' },
      stages: { deliver: 'consult' },
      answers: { 'shared-roles.co-delivery': 'partly' },
    }),
  );
  dir.write(
    'in/staff-2026.yaml',
    leithVariant({ id: 'leith', assessment: { date: '2026-05-01', by: 'council staff', perspective: 'staff' } }),
  );
  dir.write(
    'in/residents-2026.yaml',
    leithVariant({
      id: 'leith',
      assessment: { date: '2026-06-10', by: HOSTILE, perspective: 'community' },
      ...RESIDENTS_DOUBT,
    }),
  );
  const out = join(dir.path, 'comparison.html');
  const run = runCli(['compare', join(dir.path, 'in'), '--format', 'html', '-o', out]);
  expect(run.code, run.stderr).toBe(0);
  url = pathToFileURL(out).href;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
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

async function open(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const seen = { dialogs: [] as string[], errors: [] as string[], requests: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => !r.url().startsWith('file:') && seen.requests.push(r.url()));
  await page.goto(url);
  return { page, ...seen };
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('the comparison HTML in a browser', () => {
  it('shows overlaid radars, a stage strip per assessment, the slope chart and the questions to talk about', async () => {
    const { page, dialogs, errors, requests } = await open({ javaScriptEnabled: false });
    expect(await page.locator('script').count()).toBe(0);
    expect(await texts(page, 'article.comparison h2')).toEqual(['£eith Decides (later Leith Chooses)']);
    expect(await page.locator('.assessment-strips > li ol.profile').count()).toBe(3);
    const sideRadar = page.locator('svg.radar-overlay').first();
    await expect(sideRadar.isVisible()).resolves.toBe(true);
    expect(await sideRadar.locator('polygon.overlay-shape').count()).toBe(2);
    expect(await sideRadar.locator('title').textContent()).toBe(
      'Criterion scores by perspective, 2026-05-01 to 2026-06-10',
    );
    expect(await page.locator('svg.radar-overlay').count()).toBe(2);
    expect(await page.locator('ul.legend').first().textContent()).toBe('staffcommunity');
    const slope = page.locator('svg.slope-chart');
    await expect(slope.isVisible()).resolves.toBe(true);
    expect(await slope.locator('line.slope-up').count()).toBe(1);
    expect(await slope.locator('text.slope-label').allTextContents()).toContain('85 Shared roles');
    const combined = page.locator('.combined');
    expect(await combined.textContent()).toContain(
      'The people most affected (community) see partial co-production, less than staff (Co-production)',
    );
    const talk = page.locator('table', { hasText: 'Question' }).first();
    expect((await talk.locator('tbody th').allTextContents()).slice(0, 2)).toEqual([
      'Decide: who held power at this stage',
      'Deliver: who held power at this stage',
    ]);
    expect(await page.locator('text=' + HOSTILE).count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'compare-html.png'), fullPage: true });
    await page.context().close();
  });

  it('fits a phone without sideways scrolling of the page', async () => {
    const { page } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.locator('svg.radar-overlay').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

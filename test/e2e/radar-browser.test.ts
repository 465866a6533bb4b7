// The radar's labels fit inside the chart (issue 21: "ear decisions", clipped on the 1,280 px
// project page): in a real browser, every label of every example's radar lies within the SVG's
// viewBox, and the page is photographed at 1,280 px and 390 px (test/.tmp, or $COPRO_SCREENSHOT_DIR).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from '../browser.js';
import { EXAMPLES, ROOT, runCli, tempDir } from '../helpers.js';

const SHOTS = process.env.COPRO_SCREENSHOT_DIR ?? join(ROOT, 'test', '.tmp');
const dir = tempDir();
let browser: Browser;
let page: string;
const errors: string[] = [];

beforeAll(async () => {
  const run = runCli(['assess', EXAMPLES, '--format', 'html']);
  expect(run.code, run.stderr).toBe(0);
  page = join(dir.path, 'report.html');
  writeFileSync(page, run.stdout);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  dir.remove();
});

describe('the radar on a wide page', () => {
  it('keeps every label inside the chart, for every example', async () => {
    const tab = await openPage(browser, pathToFileURL(page).href, errors);
    const outside = await tab.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.radar-full')].flatMap((svg) => {
        const view = svg.viewBox.baseVal;
        return [...svg.querySelectorAll<SVGTextElement>('text.radar-label')].flatMap((label) => {
          const box = label.getBBox();
          const inside =
            box.x >= view.x &&
            box.y >= view.y &&
            box.x + box.width <= view.x + view.width &&
            box.y + box.height <= view.y + view.height;
          return inside
            ? []
            : [
                `${label.textContent}: ${box.x},${box.y} ${box.width}x${box.height} in ${view.x},${view.y} ${view.width}x${view.height}`,
              ];
        });
      }),
    );
    expect(outside).toEqual([]);
    expect(await tab.locator('svg.radar-full').count()).toBeGreaterThan(10);
    await tab.locator('svg.radar-full').first().scrollIntoViewIfNeeded();
    await tab
      .locator('svg.radar-full')
      .first()
      .screenshot({ path: join(SHOTS, 'radar-1280.png') });
    await tab.context().close();
  });

  it('fits a 390 px phone', async () => {
    const tab = await openPage(browser, pathToFileURL(page).href, errors, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tab.locator('svg.radar-phone').first().scrollIntoViewIfNeeded();
    await tab.screenshot({ path: join(SHOTS, 'radar-390.png') });
    await tab.context().close();
  });

  it('had no script error', () => expect(errors).toEqual([]));
});

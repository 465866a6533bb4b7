// The HTML report on paper (A4, as a browser prints it): a scorecard on three pages at most with
// the verdict on the first; a batch prints its summary, then each scorecard from a new page.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dir = tempDir();
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The HTML print tests need Chromium at ${CHROMIUM} (npm test installs it as root; or set CHROMIUM_PATH).`,
    );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  dir.remove();
});

/** The report for `paths` printed to A4 as a browser would: its pages, and the text of page 1. */
async function printed(name: string, paths: string[]): Promise<{ pages: number; firstPage: string }> {
  const out = join(dir.path, `${name}.html`);
  expect(runCli(['assess', ...paths, '-o', out]).code).toBeLessThanOrEqual(1);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(out).href);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    // Page 1's text: what lies above the first page's bottom edge in the print layout.
    const firstPage = await page.evaluate(() => {
      const pageHeight = (297 - 10 - 12) * (96 / 25.4); // A4 less the @page margins, in CSS pixels
      const seen: string[] = [];
      for (const element of document.querySelectorAll('h1, h2, h3, .verdict, .reasons li')) {
        if (element.getBoundingClientRect().top + window.scrollY < pageHeight) seen.push(element.textContent ?? '');
      }
      return seen.join('\n');
    });
    return { pages, firstPage };
  } finally {
    await page.close();
  }
}

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

describe('printing the HTML report', () => {
  it.each(examples)(
    'prints the scorecard of %s on at most 3 A4 pages, the verdict and its reasons on page 1',
    async (file) => {
      const { pages, firstPage } = await printed(file, [join(EXAMPLES, file)]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      expect(firstPage).toMatch(/Why: /);
    },
  );

  it('prints a batch as its summary, then one scorecard from each new page', async () => {
    const { pages } = await printed('batch', [EXAMPLES]);
    // At least a page each (each starts a page) after the summary, and at most three each.
    expect(pages).toBeGreaterThanOrEqual(examples.length + 1);
    expect(pages).toBeLessThanOrEqual(3 * examples.length + 2);
  });
});

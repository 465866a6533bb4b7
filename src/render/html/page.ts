// The page around the HTML report: a strict Content-Security-Policy (nothing may load; only the
// page's own style and script may run, allowed by their hashes), the stylesheet, the footer
// naming the tool and framework, and the script when the page has an index to sort.
import { escapeHtml as esc } from '../text/escape-html.js';
import { sitePolicy, strictPolicy, type SiteFilesUsed } from './csp.js';
import { CHART_STYLE } from './charts.js';
// The page's script and stylesheet, as text (scripts/build-browser.mjs): report-app.ts bundled for
// the browser, and style.css. They are the page's own, not code of this module.
import HTML_SCRIPT from '../../browser/report-app.ts?script';
import BASE_STYLE from './style.css?style';
import { provenance } from '../scorecard-parts.js';
import type { ReportHeader } from '../sink.js';

/** The stylesheet of every page copro writes, which the hub and the form add to. */
export const HTML_STYLE = `${BASE_STYLE}${CHART_STYLE}`;

/**
 * The head of every page copro writes (the HTML report, the hub's pages, the self-assessment
 * page), up to and including <body>: the strict policy allows exactly `style` and `script`.
 */
export function pageHead(title: string, style: string, script: string | undefined): string {
  return headWith(title, strictPolicy(style, script), `<style>${style}</style>`);
}

/**
 * The head of a page of a site whose pages share one stylesheet, at `stylesheet` (a link relative
 * to the page): the policy allows the site's own files and nothing inline.
 */
export function sitePageHead(title: string, stylesheet: string, uses: SiteFilesUsed): string {
  return headWith(title, sitePolicy(uses), `<link rel="stylesheet" href="${esc(stylesheet)}">`);
}

function headWith(title: string, policy: string, style: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="copro">',
    `<title>${esc(title)}</title>`,
    style,
    '</head>',
    '<body>',
  ].join('\n');
}

/** `moreStyle`: rules a page adds to the shared stylesheet (the comparison's charts). */
export function pageOpen(title: string, withScript: boolean, moreStyle = ''): string {
  return `${pageHead(title, HTML_STYLE + moreStyle, withScript ? HTML_SCRIPT : undefined)}\n`;
}

export function pageClose(header: ReportHeader, withScript: boolean): string {
  return `\n<footer class="page-foot"><div class="wrap"><p>${esc(provenance(header))}.</p><p>This page is self-contained: it loads nothing from anywhere.</p></div></footer>\n${withScript ? `<script>${HTML_SCRIPT}</script>\n` : ''}</body>\n</html>\n`;
}

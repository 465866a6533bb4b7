// The page around the HTML report: a strict Content-Security-Policy (nothing may load; only the
// page's own style and script may run, allowed by their hashes), the stylesheet, the footer
// naming the tool and framework, and the script when the page has an index to sort.
import { createHash } from 'node:crypto';
import { escapeHtml as esc } from '../text/escape-html.js';
import { HTML_SCRIPT } from './script.js';
import { HTML_STYLE } from './style.js';
import { provenance } from '../scorecard-parts.js';
import type { ReportHeader } from '../sink.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const STYLE_HASH = sha256(HTML_STYLE);
const SCRIPT_HASH = sha256(HTML_SCRIPT);

/** Nothing may load; only this page's own style and script may run. */
export function contentSecurityPolicy(withScript: boolean, style = HTML_STYLE): string {
  const styleHash = style === HTML_STYLE ? STYLE_HASH : sha256(style);
  return `default-src 'none'; style-src ${styleHash}; script-src ${withScript ? SCRIPT_HASH : "'none'"}; base-uri 'none'; form-action 'none'`;
}

/** `moreStyle`: rules a page adds to the shared stylesheet (the comparison's charts). */
export function pageOpen(title: string, withScript: boolean, moreStyle = ''): string {
  const style = HTML_STYLE + moreStyle;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(withScript, style)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="copro">',
    `<title>${esc(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

export function pageClose(header: ReportHeader, withScript: boolean): string {
  return `\n<footer class="page-foot"><div class="wrap"><p>${esc(provenance(header))}.</p><p>This page is self-contained: it loads nothing from anywhere.</p></div></footer>\n${withScript ? `<script>${HTML_SCRIPT}</script>\n` : ''}</body>\n</html>\n`;
}

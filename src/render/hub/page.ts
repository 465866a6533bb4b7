// The page around every page of the hub: the HTML report's strict Content-Security-Policy (nothing
// may load; only the page's own style, and on the index its own script, may run, allowed by their
// hashes), the site navigation with links relative to the page, so the site works from a folder
// on disk (file://) as well as on any static web host, and the footer.
import { pageHead } from '../html/page.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { HTML_STYLE } from '../html/style.js';
import { provenance } from '../scorecard-parts.js';
import type { ReportHeader } from '../sink.js';
import { HUB_STYLE } from './style.js';

const STYLE = `${HTML_STYLE}${HUB_STYLE}`;

export interface HubPage {
  /** Site-relative path of this page, e.g. projects/leith-decides.html. */
  path: string;
  title: string;
  /** Which of the navigation's pages this is, for aria-current. */
  current?: 'index' | 'words' | 'assess';
  /** The page's own script (the index's), allowed by its hash. */
  script?: string;
  /** Rules this page adds to the hub's stylesheet (a comparison's charts). */
  style?: string;
}

export interface HubSite {
  header: ReportHeader;
  /** The hub's name, shown on every page. */
  title: string;
  /** A line under the name on the index: what the hub is for. */
  strapline?: string;
  /** The self-assessment page, when the hub has one. */
  assessPage?: string;
}

/** A link from one site page to another: relative, so the site can live in any folder. */
export function linkTo(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}`;
}

/** The site's navigation bar, as it appears on `page`. */
export function navigation(site: HubSite, page: HubPage): string {
  const item = (to: string, text: string, key: HubPage['current']) =>
    `<li><a href="${esc(linkTo(page.path, to))}"${page.current === key ? ' aria-current="page"' : ''}>${text}</a></li>`;
  const items = [item('index.html', 'All projects', 'index'), item('words.html', 'What the words mean', 'words')];
  if (site.assessPage) items.push(item(site.assessPage, 'Assess your own project', 'assess'));
  return `<nav class="site-nav" aria-label="Site"><div class="wrap"><ul>${items.join('')}</ul></div></nav>`;
}

/** A whole page: `heading` is the page head's content, `main` the page's own content. */
export function hubPage(site: HubSite, page: HubPage, heading: string, main: string): string {
  return [
    pageHead(`${page.title} · ${site.title}`, STYLE + (page.style ?? ''), page.script),
    `<a class="skip" href="#main">Skip to the content</a>`,
    `<header class="page-head"><div class="wrap"><p class="kicker">${esc(site.title)}</p>${heading}</div></header>`,
    navigation(site, page),
    `<main id="main" class="wrap">${main}</main>`,
    `<footer class="page-foot"><div class="wrap"><p>${esc(provenance(site.header))}.</p><p>This site is plain files: it loads nothing from anywhere.</p></div></footer>`,
    page.script ? `<script>${page.script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

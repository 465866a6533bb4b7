// The page around every page of the hub: one stylesheet for the whole site (copro.css) and, on the
// index, one script (hub.js), each a file of the site rather than a copy in every page (and, for
// the project pages' radar, two images the stylesheet draws behind it: radar.ts); a strict
// Content-Security-Policy (the site's own files may load, nothing from elsewhere, and nothing
// inline may run); the site navigation with links relative to the page, so the site works from a
// folder on disk (file://) as well as on any static web host; and the footer.
import { HTML_STYLE, sitePageHead } from '../html/page.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { COMPARE_STYLE } from '../compare/charts.js';
import { provenance } from '../scorecard-parts.js';
import type { FrameworkOutline, ReportHeader } from '../sink.js';
import { radarImages } from './radar.js';
// The site's script and the hub's own styles, as text (scripts/build-browser.mjs): hub-app.ts
// bundled for the browser, and style.css.
import HUB_SCRIPT from '../../browser/hub-app.ts?script';
import HUB_STYLE from './style.css?style';

/** The site's stylesheet and script, each one file at the top of the site. */
const SITE_STYLESHEET = 'copro.css';
const SITE_SCRIPT = 'hub.js';

/** The page that lists every question of the framework, once for the whole site. */
export const QUESTIONS_PAGE = 'questions.html';

/** The site's files that every page shares: [path, content]; the radar's images are drawn for the framework. */
export function sharedFiles(outline: FrameworkOutline): [string, string][] {
  return [
    [SITE_STYLESHEET, `${HTML_STYLE}${HUB_STYLE}${COMPARE_STYLE}`],
    [SITE_SCRIPT, HUB_SCRIPT],
    ...radarImages(outline.criteria.map((c) => c.label)),
  ];
}

export interface HubPage {
  /** Site-relative path of this page, e.g. projects/leith-decides.html. */
  path: string;
  title: string;
  /** Which of the navigation's pages this is, for aria-current. */
  current?: 'index' | 'words' | 'assess';
  /** Whether the page runs the site's script (the index's first page). */
  script?: boolean;
  /** Whether the page shows the site's images (a project page's radar draws over them). */
  images?: boolean;
}

export interface HubSite {
  header: ReportHeader;
  /** The hub's name, shown on every page. */
  title: string;
  /** A line under the name on the index: what the hub is for. */
  strapline?: string;
  /** The self-assessment page, when the hub has one. */
  assessPage?: string;
  /** The hub writes projects.json uncompressed beside projects.json.gz, so the index links to both. */
  plainJson?: boolean;
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
    sitePageHead(`${page.title} · ${site.title}`, linkTo(page.path, SITE_STYLESHEET), {
      script: page.script === true,
      images: page.images === true,
    }),
    `<a class="skip" href="#main">Skip to the content</a>`,
    `<header class="page-head"><div class="wrap"><p class="kicker">${esc(site.title)}</p>${heading}</div></header>`,
    navigation(site, page),
    `<main id="main" class="wrap">${main}</main>`,
    `<footer class="page-foot"><div class="wrap"><p>${esc(provenance(site.header))}.</p><p>This site is plain files: it loads nothing from outside the site.</p></div></footer>`,
    page.script ? `<script src="${esc(linkTo(page.path, SITE_SCRIPT))}"></script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

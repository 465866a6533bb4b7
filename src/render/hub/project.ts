// A project's page in the hub: its scorecard (scorecard.ts: the HTML report's, each figure shown
// once, and only the questions its description answers listed, the others counted and listed
// once for the site on the questions page), with links to the pages that explain its class
// and terms; for one of several assessments of a project, a link to the page that shows them together.
import type { ReportResult } from '../../core/model/report.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { hubPage, linkTo, QUESTIONS_PAGE, type HubSite } from './page.js';
import type { HubWords } from './words.js';
import { dateText, perspectiveName } from '../compare/parts.js';
import { aboutParts } from '../scorecard-parts.js';
import { hubScorecard } from './scorecard.js';

/** A project assessed more than once: the page that compares its assessments, and how many there are. */
export interface AssessedTogether {
  page: string;
  assessments: number;
}

function togetherNote(result: ReportResult, path: string, together: AssessedTogether): string {
  const a = result.project.assessment;
  const which = [perspectiveName(a?.perspective ?? null), dateText(a?.date ?? null), a?.by && `by ${a.by}`];
  return `<p class="together">This is one of ${together.assessments} assessments of this project (${esc(which.filter(Boolean).join(', '))}). <a href="${esc(linkTo(path, together.page))}">See them together: perspectives side by side, and change over time</a>.</p>`;
}

export function projectPage(
  site: HubSite,
  words: HubWords,
  result: ReportResult,
  path: string,
  together?: AssessedTogether,
): string {
  const klass = words.classOf(result.classification.id);
  const terms = [
    words.termOf(result.terms.supported?.id ?? null),
    words.termOf(result.terms.claimed?.id ?? null),
  ].filter((t, i, all) => t && all.indexOf(t) === i);
  const links = [klass, ...terms]
    .filter((w) => w !== undefined)
    .map(
      (w) =>
        `<li><a href="${esc(linkTo(path, w.page))}">What “${esc(w.label)}” means, and other projects like it</a></li>`,
    );
  const more = links.length
    ? `<section aria-labelledby="more-title"><h2 id="more-title">Read more</h2><ul class="project-list">${links.join('')}</ul></section>`
    : '';
  const heading = `<p>A co-production scorecard, against “${esc(site.header.framework.name)}”.</p>${together ? togetherNote(result, path, together) : ''}<p><a href="${esc(linkTo(path, 'index.html'))}">← All projects</a></p>`;
  return hubPage(
    site,
    { path, title: result.project.name, images: true },
    heading,
    `${hubScorecard(result, site.header.outline, linkTo(path, QUESTIONS_PAGE))}${more}`,
  );
}

/**
 * A draft's page, listed only when the editor asks for drafts: what the project is, and that it is
 * a draft, with no class and no score (a verdict resting on suggestions no one has checked is not
 * for publishing). What the editor should do about it is in their own outputs, not here.
 */
export function draftPage(site: HubSite, result: ReportResult, path: string): string {
  const { project } = result;
  const about = aboutParts(project).join(' · ');
  const summary = (project.summary ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p class="summary-text">${esc(p)}</p>`)
    .join('');
  const heading = `<p><span class="badge draft">Draft</span> Not scored yet: parts of this description were suggested from a text and have still to be checked by the people who know the project.</p><p><a href="${esc(linkTo(path, 'index.html'))}">← All projects</a></p>`;
  const body = `<article class="scorecard single"><header><h1>${esc(project.name)}</h1>${about ? `<p class="meta">${esc(about)}</p>` : ''}<p class="file">File: ${esc(result.file)}</p></header>${summary}</article>`;
  return hubPage(site, { path, title: `${project.name} (draft)` }, heading, body);
}

// The page of a project assessed more than once (files that share a project id): the comparison
// `copro compare --format html` shows, in the hub's frame: its assessments, each linked to its own
// scorecard, their perspectives side by side and their change over time. No script, as every
// project page; the comparison's chart styles are in the site's one stylesheet.
import type { ProjectComparison } from '../../core/model/comparison.js';
import { comparisonArticle } from '../compare/html.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { hubPage, linkTo, type HubSite } from './page.js';

/** `scorecards`: each assessment's file and the address of its scorecard page in the site. */
export function comparisonPage(
  site: HubSite,
  comparison: ProjectComparison,
  path: string,
  scorecards: ReadonlyMap<string, string>,
): string {
  const n = comparison.assessments.length;
  const heading = [
    `<h1>${esc(comparison.name)}</h1>`,
    `<p>${n} assessments of this project, compared against “${esc(site.header.framework.name)}”: what each perspective sees, side by side, and what changed over time. Each has its full scorecard a link away.</p>`,
    `<p><a href="${esc(linkTo(path, 'index.html'))}">← All projects</a></p>`,
  ].join('');
  const article = comparisonArticle(comparison, 1, site.header.outline, {
    title: 'The assessments together',
    scorecardOf: (file) => {
      const page = scorecards.get(file);
      return page === undefined ? undefined : linkTo(path, page);
    },
  });
  return hubPage(site, { path, title: comparison.name }, heading, article);
}

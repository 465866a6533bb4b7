// A project's scorecard on a hub's page: the report's scorecard (render/html/scorecard.ts) with
// each figure shown once. The criteria are one list: each criterion's name, score (with its bar)
// and points, then the questions the description answers, each with its answer, points and
// evidence, and the ones it leaves unanswered counted, each count a link to the site's questions
// page, which lists every question once. The radar above the list draws the same scores as a
// shape, over the site's shared rings and names (radar.ts). The stages are one list: each stage's
// level, with its bar, and the evidence for it. What a list's items have in common (that a
// paragraph is the evidence, that a score is out of 100) is said once, before the list.
import type { ReportResult } from '../../core/model/report.js';
import type { CriterionResult, IndicatorResult, StageResult } from '../../core/model/result.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { STYLED_LEVELS, stageBar } from '../html/charts.js';
import { h, heading } from '../html/parts.js';
import {
  excludedNote,
  nextStepsSection,
  questions,
  reasonsSection,
  scorecardArticle,
  scorecardHead,
  sourcesSection,
  warningsSection,
} from '../html/scorecard.js';
import { answerText, criterionScoreText, pointsText, stageLevelText } from '../scorecard-parts.js';
import type { FrameworkOutline } from '../sink.js';
import { radarOverImages } from './radar.js';

/** A section with a class for the site's stylesheet (hub style.css). */
const classedSection = (depth: number, className: string, title: string, body: string) =>
  `<section class="${className}">${heading(depth, esc(title))}${body}</section>`;

const answerClass = (i: IndicatorResult) => `a-${i.answer === 'n/a' ? 'na' : i.answer}`;

/** An answered question: the question, its answer (a badge coloured by the item's class) and points, its evidence. */
function answeredItem(i: IndicatorResult): string {
  const points = i.possible ? ` ${pointsText(i)} points` : '';
  const evidence = i.evidence ? `<p>${esc(i.evidence)}</p>` : '';
  return `<li class="${answerClass(i)}"><p>${esc(i.question)}</p><b>${esc(answerText(i.answer))}</b>${points}${evidence}</li>`;
}

/** A criterion's score, drawn as a bar after it (the score line's class sets the bar's width), its weight and points. */
function scoreLine(c: CriterionResult, weighted: boolean): string {
  const bar = c.score === null ? '' : ` w-${Math.round(Math.max(0, Math.min(100, c.score)))}`;
  const more = [weighted ? `weight ${c.weight}` : '', c.possible ? `${pointsText(c)} points` : ''].filter(Boolean);
  return `<p class="score${bar}"><b>${esc(criterionScoreText(c))}</b>${more.length ? ` ${more.join(' · ')}` : ''}</p>`;
}

function criteriaSection(result: ReportResult, depth: number, questionsPage: string): string {
  const radar = radarOverImages(
    result.criteria.map((c) => ({ label: c.title, score: c.score })),
    {
      id: 'radar',
      title: `The criterion scores of ${result.project.name} as a shape; each score is in the list below.`,
    },
  );
  const figure = radar
    ? `<figure>${radar}<figcaption>The scores below as a shape: 0 at the centre, 100 at the edge. A criterion not described is left out of the shape (dashed spoke), not drawn as 0.</figcaption></figure>`
    : '';
  const weighted = new Set(result.criteria.map((c) => c.weight)).size > 1;
  const link = (c: CriterionResult, text: string) =>
    `<a href="${esc(questionsPage)}#criterion-${esc(c.id)}">${text}</a>`;
  let unknownCount = 0;
  const items = result.criteria.map((c) => {
    const answered = c.indicators.filter((i) => i.answer !== 'unknown');
    const unknown = c.indicators.length - answered.length;
    unknownCount += unknown;
    const list = answered.length ? `<ul>${answered.map(answeredItem).join('')}</ul>` : '';
    const note = unknown ? `<p>Not described: ${link(c, questions(unknown))}.</p>` : '';
    return `<${h(depth + 1)}>${esc(c.title)}</${h(depth + 1)}>${scoreLine(c, weighted)}${list}${note}`;
  });
  const weights = weighted ? ', its weight in the overall score' : ' (all weigh the same in the overall score)';
  const unanswered = unknownCount
    ? ` The ${questions(unknownCount)} it does not answer are counted; <a href="${esc(questionsPage)}">the questions page</a> lists every question.`
    : '';
  const intro = `<p>Each criterion's score out of 100${weights} and the points its questions earned; then each question the description answers, with its answer, points and, below it, the evidence given.${unanswered}</p>`;
  return classedSection(depth, 'criteria', 'Criteria', `${figure}${intro}${items.join('')}`);
}

/**
 * A stage's level as a bar, in the fewest bytes: an empty box (nothing for a screen reader to read)
 * whose inner box the site's stylesheet sizes and shades by its lv-<rank>-<count> class, or a
 * dashed outline (no-level) where no level is known; the report's SVG beyond the styled levels.
 */
function levelBar(s: StageResult, levels: FrameworkOutline['levels']): string {
  if (levels.length > STYLED_LEVELS) return stageBar(s, levels);
  const rank = levels.findIndex((l) => l.id === s.level);
  return `<span class="stage-bar"><span class="${rank < 0 ? 'no-level' : `lv-${rank}-${levels.length}`}"></span></span>`;
}

/** A stage: its bar, name and level (and "shared" where power was), then the evidence. */
function stageItem(s: StageResult, outline: FrameworkOutline): string {
  const shared = s.shared ? ' <span class="stage-shared">shared</span>' : '';
  const described = outline.levels.some((l) => l.id === s.level);
  const evidence = s.evidence ? `<p>${esc(s.evidence)}</p>` : described ? '<p class="meta">No evidence given.</p>' : '';
  return `<li>${levelBar(s, outline.levels)}<p><b>${esc(s.label)}</b> ${esc(stageLevelText(s))}${shared}</p>${evidence}</li>`;
}

function stagesSection(result: ReportResult, depth: number, outline: FrameworkOutline): string {
  const key = `<p class="meta">The level of involvement at each stage, and the evidence for it. The taller and darker the bar, the more power the people affected held there; a dashed outline means the stage was not described, or does not apply; “shared” marks a stage where power was shared.</p>`;
  return classedSection(
    depth,
    'stages',
    'Stages',
    `${key}<ol>${result.stages.map((s) => stageItem(s, outline)).join('')}</ol>`,
  );
}

/** A hub project's scorecard as an <article>, its name the page's <h1>; `questionsPage` links to the site's questions. */
export function hubScorecard(result: ReportResult, outline: FrameworkOutline, questionsPage: string): string {
  return scorecardArticle(result, 1, outline, true, [
    scorecardHead(result, 1, 1, outline),
    reasonsSection(result, 2, outline),
    criteriaSection(result, 2, questionsPage),
    stagesSection(result, 2, outline),
    sourcesSection(result, 2),
    nextStepsSection(result, 2, outline),
    warningsSection(result, 2),
    excludedNote(result),
  ]);
}

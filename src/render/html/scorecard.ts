// One project's scorecard in HTML: who it is, the class and why, the criteria (a radar and a
// table of the same figures), the stage profile, the sources, next steps, warnings, and every
// indicator with its evidence. Every piece of project text goes through escapeHtml. A hub's
// project page (render/hub/scorecard.ts) shares its parts but the criteria and the stages.
import type { ReportResult } from '../../core/model/report.js';
import { shortLabel } from '../../core/shared/text.js';
import type { CriterionResult, IndicatorResult } from '../../core/model/result.js';
import { escapeHtml as esc, webAddress } from '../text/escape-html.js';
import { radarChart, radarView, scoreBar, stageProfile } from './charts.js';
import { breakablePath, h, heading, rankClass, section } from './parts.js';
import { reasonBody } from '../../core/assess/classify.js';
import { commandHintOf } from '../../core/assess/next-steps.js';
import {
  aboutParts,
  answerText,
  criterionScoreText,
  gainText,
  labelOf,
  listedWarnings,
  notApplicableText,
  pointsText,
  practiceScoreText,
  stageLevelText,
  isNumberShown,
  REASON_WORDS,
  reasonState,
  scoreText,
  sharedText,
} from '../scorecard-parts.js';
import type { FrameworkOutline } from '../sink.js';

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p class="summary-text">${esc(p)}</p>`)
    .join('');
}

export function scorecardHead(result: ReportResult, number: number, depth: number, outline: FrameworkOutline): string {
  const { project, classification } = result;
  const about = aboutParts(project).map(esc).join(' · ');
  const described = project.describedAs ? `Describes itself as “${esc(project.describedAs)}”` : '';
  const meta = [about, described].filter(Boolean).join(' · ');
  const tags = project.tags?.length
    ? `<ul class="tags" aria-label="Tags">${project.tags.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`
    : '';
  return [
    `<header>`,
    heading(depth, esc(project.name), `project-${number}-title`),
    meta ? `<p class="meta">${meta}</p>` : '',
    `<p class="file">File: ${breakablePath(result.file)}</p>`,
    `<div class="verdict"><span class="badge ${rankClass(outline, classification.id)}">${esc(classification.label)}</span>`,
    classification.provisional ? '<span class="provisional-mark">Provisional</span>' : '',
    `<dl class="figures"><div><dt>Practice score</dt><dd>${scoreFigure(result)}</dd></div>`,
    `<div><dt>Described</dt><dd>${result.completeness}%</dd></div></dl></div>`,
    findingBanner(result),
    `</header>`,
    tags,
    project.summary ? paragraphs(project.summary) : '',
    references(project.references ?? []),
  ].join('');
}

/**
 * The key finding, at the top where it cannot be missed: what the project calls itself against
 * what the evidence shows, and why the verdict is provisional if it is.
 */
function findingBanner({ terms, classification }: ReportResult): string {
  const provisional = classification.provisionalReasons
    .map((r) => `<p><strong>Provisional:</strong> ${esc(r)}.</p>`)
    .join('');
  const kind = terms.overclaim ? 'finding finding-warn' : 'finding';
  const course = classification.onCourseText ? `<p><strong>${esc(classification.onCourseText)}.</strong></p>` : '';
  return `<div class="${kind}" role="note" aria-label="Key finding"><p>${terms.overclaim ? '<strong>More is claimed than the evidence shows so far.</strong> ' : ''}${esc(terms.message)}.</p>${course}${provisional}</div>`;
}

/** The score out of 100, or the words that stand in for one not shown. */
function scoreFigure(result: ReportResult): string {
  const score = practiceScoreText(result);
  return isNumberShown(score)
    ? `${esc(score)}<span class="out-of"> / 100</span>`
    : `<span class="not-shown">${esc(score)}</span>`;
}

/** Where the description comes from; a link only for a plain web address. */
function references(list: readonly { title: string; url?: string }[]): string {
  if (list.length === 0) return '';
  const items = list.map((r) => {
    const href = webAddress(r.url);
    return `<li>${href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(r.title)}</a>` : esc(r.title)}</li>`;
  });
  return `<div class="references"><p class="meta">${list.length === 1 ? 'Reference' : 'References'}:</p><ul>${items.join('')}</ul></div>`;
}

/**
 * The reasons, under the class each one tests ("The test for “Co-production”"), so that a tick
 * reads as one condition of that class met, not as the class itself.
 */
export function reasonsSection(result: ReportResult, depth: number, outline: FrameworkOutline): string {
  const groups = new Map<string, string[]>();
  for (const r of result.classification.reasons) {
    const state = reasonState(r);
    // The mark (✓, ✗ or ?) is the stylesheet's, before the words that say it.
    const item = `<li class="${state}"><span class="sr-only">${REASON_WORDS[state]}: </span>${esc(reasonBody(r))}</li>`;
    groups.set(r.class, [...(groups.get(r.class) ?? []), item]);
  }
  const lists = [...groups].map(([id, items]) => {
    const name = shortLabel(labelOf(outline.classes, id));
    return `<p class="reason-class">The test for “${esc(name)}”</p><ul class="reasons">${items.join('')}</ul>`;
  });
  return section(depth, `Why: ${result.classification.label}`, lists.join(''));
}

function criteriaSection(result: ReportResult, number: number, depth: number): string {
  const axes = result.criteria.map((c) => ({ label: c.title, score: c.score, missing: criterionScoreText(c) }));
  const title = `Criterion scores of ${result.project.name}`;
  // Axis names cannot be read at a phone's width: there the bare shape shows, the table names it.
  // The phone's view reuses the full chart's drawing rather than drawing it again.
  const plotId = `radar-${number}-plot`;
  const radar =
    radarChart(axes, { id: `radar-${number}`, title, labelled: true, className: 'radar-full', plotId }) +
    radarView(axes, plotId, { className: 'radar-phone', describedBy: `radar-${number}` });
  // A weight column only where criteria weigh differently: where all weigh the same, the caption says so.
  const weighted = new Set(result.criteria.map((c) => c.weight)).size > 1;
  const weight = (c: CriterionResult) => (weighted ? `<td class="num" data-label="Weight">${c.weight}</td>` : '');
  const rows = result.criteria.map(
    (c) =>
      `<tr><th scope="row">${esc(c.title)}</th>${weight(c)}<td class="score-cell num" data-label="Score">${criterionScoreText(c)}${scoreBar(c.score)}</td><td class="num" data-label="Points">${pointsText(c)}</td></tr>`,
  );
  const caption = weighted
    ? "Each criterion's score out of 100, its weight in the overall score, and the points its indicators earned."
    : "Each criterion's score out of 100 (all weigh the same in the overall score), and the points its indicators earned.";
  const weightHead = weighted ? '<th scope="col" class="num">Weight</th>' : '';
  const table = `<div class="table-wrap"><table class="stack"><caption>${caption}</caption><thead><tr><th scope="col">Criterion</th>${weightHead}<th scope="col" class="num">Score</th><th scope="col" class="num">Points</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  const figure = radar
    ? `<figure>${radar}<figcaption>Criterion scores, 0 at the centre to 100 at the edge; a criterion that is not described is left out of the shape (dashed spoke), not drawn as 0. The same figures are in the table.</figcaption></figure>`
    : '';
  return section(depth, 'Criteria', `${figure}${table}`);
}

function stagesSection(result: ReportResult, depth: number, outline: FrameworkOutline): string {
  const rows = result.stages.map(
    (s) =>
      `<tr><th scope="row">${esc(s.label)}</th><td data-label="Level">${esc(stageLevelText(s))}</td><td data-label="Shared">${sharedText(s)}</td><td class="wide" data-label="Evidence">${esc(s.evidence ?? 'none given')}</td></tr>`,
  );
  const table = `<div class="table-wrap"><table class="stack stages-table"><caption>The level of involvement at each stage, whether power was shared there, and the evidence given.</caption><thead><tr><th scope="col">Stage</th><th scope="col">Level</th><th scope="col">Shared</th><th scope="col">Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  const key = `<p class="meta">The taller and darker the bar, the more power the people affected held at that stage; a dashed outline means the stage was not described, or does not apply.</p>`;
  return section(depth, 'Stages', `${stageProfile(result.stages, outline.levels, 'full')}${key}${table}`);
}

export function sourcesSection(result: ReportResult, depth: number): string {
  const rows = result.sources.map(
    (s) =>
      `<tr><th scope="row">${esc(s.title)}</th><td class="score-cell num">${scoreText(s.score)}${scoreBar(s.score)}</td></tr>`,
  );
  return section(
    depth,
    'By source',
    `<div class="table-wrap"><table><caption>How the project fares against each source document, out of 100.</caption><thead><tr><th scope="col">Source</th><th scope="col" class="num">Score</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
  );
}

/** What each level means at a stage, folded: in a web page, in place of the command that would print it. */
function stageTests(stageId: string, outline: FrameworkOutline): string {
  const stage = outline.stages.find((s) => s.id === stageId);
  const tests = outline.levels.filter((l) => stage?.tests?.[l.id]);
  if (!stage || tests.length === 0) return '';
  const items = tests.map((l) => `<li><strong>${esc(l.label)}</strong>: ${esc(stage.tests![l.id]!)}</li>`);
  return `<details class="stage-tests"><summary>What each level means at the ${esc(stage.label.toLowerCase())} stage</summary><ul>${items.join('')}</ul></details>`;
}

export function nextStepsSection(result: ReportResult, depth: number, outline: FrameworkOutline): string {
  if (result.nextSteps.length === 0) return '';
  const items = result.nextSteps.map((s) => {
    const hint = commandHintOf(s.text);
    const gain = `<span class="gain">(${esc(gainText(s, outline))})</span>`;
    // Every stage the step asks to describe (the command named only the first), each folded.
    const stages = hint ? result.stages.filter((st) => st.level === 'unknown').map((st) => st.id) : [];
    return `<li>${esc(hint?.text ?? s.text)} ${gain}${stages.map((id) => stageTests(id, outline)).join('')}</li>`;
  });
  return section(depth, 'Next steps', `<ol class="steps">${items.join('')}</ol>`);
}

export function warningsSection(result: ReportResult, depth: number): string {
  const listed = listedWarnings(result);
  if (listed.length === 0) return '';
  return section(
    depth,
    'Warnings',
    `<ul class="warnings">${listed.map((w) => `<li>${esc(w.message)}</li>`).join('')}</ul>`,
  );
}

function indicatorItem(i: IndicatorResult): string {
  const evidence = i.evidence
    ? `<p class="evidence"><span class="sr-only">Evidence: </span>${esc(i.evidence)}</p>`
    : '';
  const undescribed = i.answer === 'unknown' ? ' class="undescribed"' : '';
  return `<li${undescribed}><p class="question">${esc(i.question)}</p><p class="answer-line"><span class="answer answer-${i.answer === 'n/a' ? 'na' : i.answer}">${esc(answerText(i.answer))}</span> ${pointsText(i)} points</p>${evidence}</li>`;
}

function criterionHeading(c: CriterionResult, depth: number): string {
  const score = `<span class="criterion-score">${criterionScoreText(c)}${c.score === null ? '' : '<span class="out-of"> / 100</span>'}</span>`;
  return `<${h(depth + 1)} class="criterion-heading"><span>${esc(c.title)}</span> ${score}</${h(depth + 1)}>`;
}

export const questions = (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`;

function indicatorsSection(result: ReportResult, depth: number): string {
  const groups = result.criteria.map((c) => {
    // On paper the questions not described are counted rather than listed, to keep a scorecard to three pages.
    const unknown = c.indicators.filter((i) => i.answer === 'unknown').length;
    const note = unknown
      ? `<p class="print-only undescribed-note">Not described: ${questions(unknown)} (listed on screen).</p>`
      : '';
    return `<div class="criterion-detail">${criterionHeading(c, depth)}<ul class="indicators">${c.indicators.map(indicatorItem).join('')}</ul>${note}</div>`;
  });
  return section(depth, 'Indicators and evidence', groups.join(''));
}

export function excludedNote(result: ReportResult): string {
  const text = notApplicableText(result);
  return text ? `<p class="meta">${esc(text)}</p>` : '';
}

/** One project's scorecard as an <article>: its name at heading level `depth`, its parts below. */
export function renderHtmlScorecard(
  result: ReportResult,
  number: number,
  depth: number,
  outline: FrameworkOutline,
  single = false,
): string {
  return scorecardArticle(result, number, outline, single, [
    scorecardHead(result, number, depth, outline),
    reasonsSection(result, depth + 1, outline),
    criteriaSection(result, number, depth + 1),
    stagesSection(result, depth + 1, outline),
    sourcesSection(result, depth + 1),
    nextStepsSection(result, depth + 1, outline),
    warningsSection(result, depth + 1),
    indicatorsSection(result, depth + 1),
    excludedNote(result),
    single ? '' : '<p class="back"><a href="#index">Back to all projects</a></p>',
  ]);
}

/** The <article> around a scorecard's parts, coloured by its class, named by its heading. */
export function scorecardArticle(
  result: ReportResult,
  number: number,
  outline: FrameworkOutline,
  single: boolean,
  parts: readonly string[],
): string {
  const classes = ['scorecard', rankClass(outline, result.classification.id), ...(single ? ['single'] : [])].join(' ');
  return `<article class="${classes}" id="project-${number}" aria-labelledby="project-${number}-title">${parts.join('')}</article>\n`;
}

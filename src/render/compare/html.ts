// `copro compare --format html`: one self-contained page (the HTML report's shell, styles and
// Content-Security-Policy, with no script at all). For each project: its assessments with a stage
// strip each; each period's perspectives side by side (the combined verdict, a radar overlay,
// agreement, the questions to talk about together); each change over time (a radar overlay by
// date, a slope chart of criterion scores, what moved). Every chart has a table of its figures.
import type {
  AssessmentSummary,
  Change,
  ComparisonReport,
  ProjectComparison,
  SideBySide,
  TimeStep,
} from '../../core/model/comparison.js';
import type { StageResult } from '../../core/model/result.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { COMPARE_STYLE, legend, radarOverlay, slopeChart } from './charts.js';
import {
  AGREEMENT_DEFINITION,
  assessmentLabel,
  classChangeText,
  dateText,
  percent,
  periodText,
  perspectiveName,
  scoreChangeText,
  signed,
  stageMoveText,
  stillUnknownText,
  summaryScore,
} from './parts.js';
import { stageProfile } from '../html/charts.js';
import { pageClose, pageOpen } from '../html/page.js';
import { breakablePath, rankClass, section } from '../html/parts.js';
import { answerText, labelOf } from '../scorecard-parts.js';
import type { FrameworkOutline, ReportHeader } from '../sink.js';

const badge = (outline: FrameworkOutline, c: { id: string; label: string; provisional?: boolean }) =>
  `<span class="badge ${rankClass(outline, c.id)}">${esc(c.label)}</span>${c.provisional ? ' <span class="provisional-mark">provisional</span>' : ''}`;

const answerCell = (answer: string) =>
  `<span class="answer-${answer.replace('/', '')}">${esc(answerText(answer))}</span>`;

const table = (caption: string, head: string[], rows: string[][]) =>
  `<div class="table-wrap"><table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      ([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;

function stagesOf(a: AssessmentSummary, outline: FrameworkOutline): StageResult[] {
  return a.stages.map((s) => ({
    id: s.id,
    label: labelOf(outline.stages, s.id),
    level: s.level,
    levelLabel:
      s.level === 'unknown' ? 'not described' : s.level === 'n/a' ? 'does not apply' : labelOf(outline.levels, s.level),
    shared: s.shared,
  }));
}

/** How a page shows one project's comparison; the hub gives its own heading and links each assessment to its scorecard. */
export interface ArticleOptions {
  /** The article's heading; the project's name when not given. */
  title?: string;
  /** The address of an assessment's own scorecard page, from its file; each file is shown as a link to it. */
  scorecardOf?: (file: string) => string | undefined;
}

function fileCell(file: string, options: ArticleOptions): string {
  const href = options.scorecardOf?.(file);
  if (href === undefined) return `<span class="file">${breakablePath(file)}</span>`;
  return `<a class="file" href="${esc(href)}">${breakablePath(file.replace(/^.*[\\/]/, ''))}</a>`;
}

function assessmentsSection(p: ProjectComparison, outline: FrameworkOutline, options: ArticleOptions): string {
  const rows = p.assessments.map((a) => [
    esc(dateText(a.date)),
    esc(perspectiveName(a.perspective)),
    esc(a.by ?? ''),
    badge(outline, { ...a.class, provisional: a.class.provisional }),
    summaryScore(a),
    `${a.completeness}%`,
    fileCell(a.file, options),
  ]);
  const strips = p.assessments.map(
    (a) =>
      `<li><h4>${esc(assessmentLabel(a))}</h4>${stageProfile(stagesOf(a, outline), outline.levels, 'compact')}</li>`,
  );
  const notes = p.notes.map((n) => `<p class="meta">${esc(n)}</p>`).join('');
  return section(
    3,
    'Assessments',
    table(
      'Each assessment of the project, by date.',
      ['Date', 'Perspective', 'By', 'Class', 'Score', 'Described', options.scorecardOf ? 'Scorecard' : 'File'],
      rows,
    ) +
      `<p class="meta">Who held power at each stage, in each assessment: the taller and darker the bar, the more was shared; a dashed outline means not described.</p><ul class="assessment-strips">${strips.join('')}</ul>${notes}`,
  );
}

function criteriaRadar(
  id: string,
  title: string,
  outline: FrameworkOutline,
  names: string[],
  assessments: { criteria: { id: string; score: number | null }[] }[],
): string {
  const axes = outline.criteria.map((c) => c.label);
  const series = assessments.map((a, n) => ({
    name: names[n]!,
    scores: outline.criteria.map((c) => a.criteria.find((k) => k.id === c.id)?.score ?? null),
  }));
  const radar = radarOverlay(id, title, axes, series);
  if (!radar) return '';
  return `<figure>${radar}${legend(names)}<figcaption>Criterion scores, 0 at the centre to 100 at the edge, one shape for each; a criterion not described is left out of its shape. The same figures are in the table below.</figcaption></figure>`;
}

function sideSection(side: SideBySide, key: string, outline: FrameworkOutline): string {
  const names = side.verdicts.map((v) => perspectiveName(v.perspective));
  const combined = `<div class="combined ${rankClass(outline, side.combined.class.id)}" role="note" aria-label="Combined verdict"><p><strong>Combined:</strong> ${badge(outline, { ...side.combined.class, provisional: side.combined.provisional })}</p><p>${esc(side.combined.reason)}</p>${side.combined.provisionalReasons.map((r) => `<p><strong>Provisional:</strong> ${esc(r)}.</p>`).join('')}</div>`;
  const verdicts = `<ul>${side.verdicts.map((v) => `<li>${esc(assessmentLabel(v))}: ${badge(outline, v.class)} score ${summaryScore(v)}</li>`).join('')}</ul>`;
  const radar = criteriaRadar(
    `radar-${key}`,
    `Criterion scores by perspective, ${periodText(side)}`,
    outline,
    names,
    side.verdicts,
  );
  const scores = table(
    'Criterion scores out of 100 from each perspective, and how far they agree.',
    ['Criterion', ...names.map(esc), 'Agreement'],
    side.agreement.criteria.map((c) => [
      esc(c.title),
      ...side.verdicts.map((v) => String(v.criteria.find((k) => k.id === c.id)?.score ?? 'not described')),
      `${percent(c.agreement)}${c.compared ? ` of ${c.compared}` : ''}`,
    ]),
  );
  const agreement = `<dl class="figures"><div><dt>Agreement on questions</dt><dd>${percent(side.agreement.overall)}</dd></div><div><dt>Agreement on stages</dt><dd>${percent(side.agreement.stages)}</dd></div></dl><p class="meta">${esc(AGREEMENT_DEFINITION)}</p>`;
  const talk =
    side.disagreements.length === 0
      ? '<p>No disagreements: every question both described has the same answer.</p>'
      : table(
          'Where the perspectives differ, most important first: who held power (stages, and power questions) and yes against no come first.',
          ['Question', ...names.map(esc), 'About power'],
          side.disagreements.map((d) => [
            `${esc(d.text)}${d.kind === 'indicator' ? ` <span class="file">${esc(d.id)}</span>` : ''}`,
            ...d.answers.map((a) => answerCell(a.answer)),
            d.power ? '<span class="power-mark">yes</span>' : '',
          ]),
        );
  return section(
    3,
    `Side by side: ${periodText(side)}`,
    `${combined}${verdicts}${radar}${scores}${agreement}<h4>Questions to talk about together</h4>${talk}`,
  );
}

function changeBody(
  change: Change,
  key: string,
  outline: FrameworkOutline,
  names: [string, string],
  assessments: [AssessmentSummary | undefined, AssessmentSummary | undefined],
): string {
  const direction = change.class.direction === 'same' ? '' : ` change-${change.class.direction}`;
  const head = `<p class="${direction.trim()}">${esc(classChangeText(change, (id) => labelOf(outline.classes, id)))}</p><p>${esc(scoreChangeText(change))}</p>`;
  const radar =
    assessments[0] && assessments[1]
      ? criteriaRadar(
          `radar-${key}`,
          `Criterion scores, ${names[0]} and ${names[1]}`,
          outline,
          [...names],
          [assessments[0], assessments[1]],
        )
      : '';
  const slope = slopeChart(
    `slope-${key}`,
    `Criterion scores from ${names[0]} to ${names[1]}`,
    names,
    change.criteria.map((c) => ({ label: c.title, from: c.from, to: c.to })),
  );
  const slopeFigure = slope
    ? `<figure>${slope}<figcaption>Each criterion's score then (left) and now (right): green went up, red went down, grey dashed stayed the same. Only the criteria that moved are named; the table lists every one.</figcaption></figure>`
    : '';
  const criteria = table(
    'Criterion scores out of 100, then and now.',
    ['Criterion', esc(names[0]), esc(names[1]), 'Change'],
    change.criteria.map((c) => [
      esc(c.title),
      String(c.from ?? 'not described'),
      String(c.to ?? 'not described'),
      c.delta === null ? '' : signed(c.delta),
    ]),
  );
  const stages = change.stages.length
    ? `<h4>Stages that moved</h4><ul>${change.stages.map((s) => `<li>${esc(stageMoveText(s))}</li>`).join('')}</ul>`
    : '<p>No stage moved.</p>';
  const answers = change.answers.length
    ? `<h4>Answers that changed</h4>${table(
        'Each question whose answer changed.',
        ['Question', esc(names[0]), esc(names[1])],
        change.answers.map((a) => [
          `${esc(a.question)} <span class="file">${esc(a.id)}</span>`,
          answerCell(a.from),
          answerCell(a.to),
        ]),
      )}`
    : '';
  const evidence = change.evidenceAdded.length
    ? `<h4>Evidence added</h4><ul>${change.evidenceAdded.map((e) => `<li><strong>${esc(e.id)}</strong>: ${esc(e.evidence)}</li>`).join('')}</ul>`
    : '';
  return `${head}${radar}${slopeFigure}${criteria}${stages}${answers}${evidence}<p>${esc(stillUnknownText(change))}</p>`;
}

function timeSection(step: TimeStep, key: string, p: ProjectComparison, outline: FrameworkOutline): string {
  const find = (file: string) => p.assessments.find((a) => a.file === file);
  const names: [string, string] = [dateText(step.from.date), dateText(step.to.date)];
  return section(
    3,
    `Over time (${perspectiveName(step.perspective)}): ${names[0]} to ${names[1]}`,
    changeBody(step, key, outline, names, [find(step.from.file), find(step.to.file)]),
  );
}

/** Plan against record: per stage, the level offered beside the level that happened. */
function offerSection(p: ProjectComparison): string {
  if (!p.offers) return '';
  const rows = p.offers.map(
    (o) =>
      `<tr><th scope="row">${esc(o.label)}</th><td>${esc(o.offered)}</td><td>${o.happened === null ? '<span class="meta">not happened yet</span>' : esc(o.happened)}</td></tr>`,
  );
  return `<section><h3>Offer and record</h3><p class="meta">What each stage was planned at (the offer), beside what happened.</p><table><thead><tr><th scope="col">Stage</th><th scope="col">Offered</th><th scope="col">Happened</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** One project's comparison: its assessments, each period side by side, each change over time. */
export function comparisonArticle(
  p: ProjectComparison,
  number: number,
  outline: FrameworkOutline,
  options: ArticleOptions = {},
): string {
  const id = p.id ? `<p class="meta">Project id: ${esc(p.id)}</p>` : '';
  const parts = [
    `<header><h2 id="project-${number}-title">${esc(options.title ?? p.name)}</h2>${id}</header>`,
    assessmentsSection(p, outline, options),
    offerSection(p),
    ...p.sideBySide.map((side, i) => sideSection(side, `${number}-side-${i}`, outline)),
    ...p.overTime.map((step, i) => timeSection(step, `${number}-time-${i}`, p, outline)),
  ];
  return `<article class="comparison" id="project-${number}" aria-labelledby="project-${number}-title">${parts.join('')}</article>\n`;
}

function notRead(errors: ComparisonReport['errors']): string {
  if (errors.length === 0) return '';
  const items = errors.map(
    (e) =>
      `<li><strong>${esc(e.file)}</strong>${e.line ? ` (line ${e.line}${e.column ? `, column ${e.column}` : ''})` : ''}: ${esc(e.message)}</li>`,
  );
  return `<section class="panel" aria-labelledby="not-read-title"><h2 id="not-read-title">Files that could not be read</h2><ul class="not-scored">${items.join('')}</ul></section>`;
}

export function renderComparisonHtml(report: ComparisonReport, header: ReportHeader): string {
  const { summary } = report;
  const line = `${summary.scored} of ${summary.total} files scored: ${summary.projects} ${summary.projects === 1 ? 'project' : 'projects'}, ${summary.compared} with assessments to compare`;
  const top = `<header class="page-head"><div class="wrap"><p class="kicker">copro comparison</p><h1>Several voices, over time</h1><p>${esc(line)}, against “${esc(header.framework.name)}”.</p></div></header>`;
  const articles = report.projects.map((p, i) => comparisonArticle(p, i + 1, header.outline)).join('');
  return `${pageOpen(`Co-production compared: ${line}`, false, COMPARE_STYLE)}<a class="skip" href="#main">Skip to the comparison</a>${top}<main id="main" class="wrap">${notRead(report.errors)}${articles}</main>${pageClose(header, false)}`;
}

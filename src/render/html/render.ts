// The HTML format: one self-contained page that a person can open, print, or send. One project
// gets a page with its scorecard; a batch gets an index — a sortable, filterable table and a
// gallery of cards — then every scorecard (scorecard.ts), inside the page of page.ts.
import type { InputError } from '../../core/model/input-error.js';
import type { Report, ReportResult } from '../../core/model/report.js';
import type { StageResult } from '../../core/model/result.js';
import { isNumberShown } from '../scorecard-parts.js';
import { historyNote, type BatchRow } from '../batch-row.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { radarChart, stageProfile, type RadarAxis } from './charts.js';
import { pageClose, pageOpen } from './page.js';
import { breakablePath, rankClass } from './parts.js';
import { renderHtmlScorecard } from './scorecard.js';
import {
  aboutParts,
  classCounts,
  criterionScoreText,
  problemsByFile,
  scoredLine,
  summaryOfRows,
} from '../scorecard-parts.js';
import type { FrameworkOutline, ReportHeader } from '../sink.js';

/** What the index and the gallery show of each project: kept as results stream by. */
export interface HtmlRow extends BatchRow {
  /** 1, 2, 3…: the project's place in the run, and its anchors (#project-1, #card-1). */
  number: number;
  about: string;
  criteria: RadarAxis[];
  stages: Omit<StageResult, 'evidence'>[];
  /** Lower-case words the filter looks through. */
  search: string;
}

export function htmlRowOf(result: ReportResult, row: BatchRow, number: number): HtmlRow {
  const about = aboutParts(result.project).join(' · ');
  return {
    ...row,
    number,
    about,
    criteria: result.criteria.map((c) => ({ label: c.title, score: c.score, missing: criterionScoreText(c) })),
    stages: result.stages.map(({ evidence: _evidence, ...stage }) => stage),
    search: [
      row.name,
      about,
      row.file,
      row.classLabel,
      row.supportedTerm ?? '',
      row.claimedTerm ?? '',
      ...(result.project.tags ?? []),
    ]
      .join(' ')
      .toLowerCase(),
  };
}

function indexTable(rows: readonly HtmlRow[], outline: FrameworkOutline): string {
  const body = rows.map(
    (r) =>
      `<tr data-project="${r.number}" data-class="${esc(r.classId)}" data-search="${esc(r.search)}"><th scope="row"><a href="#project-${r.number}">${esc(r.name)}</a>${historyNote(r) ? `<br><span class="meta">${esc(historyNote(r))}</span>` : ''}</th><td data-value="${outline.classes.findIndex((c) => c.id === r.classId)}"><span class="badge ${rankClass(outline, r.classId)}">${esc(r.classLabel)}</span>${r.provisional ? ' <span class="provisional-mark">provisional</span>' : ''}</td><td data-label="Evidence shows">${esc(r.supportedTerm ?? '—')}</td><td class="num" data-label="Score">${esc(r.scoreText)}</td><td class="num" data-label="Complete">${r.completeness}%</td><td class="num" data-label="Warnings">${r.warnings}</td><td class="col-file file">${breakablePath(r.file)}</td></tr>`,
  );
  const head = [
    ['Project', 'text', ''],
    ['Class', 'number', ''],
    ['Evidence shows', 'text', ''],
    ['Score', 'number', 'num'],
    ['Described', 'number', 'num'],
    ['Warnings', 'number', 'num'],
    ['File', 'text', 'col-file'],
  ]
    .map(([title, type, cls]) => `<th scope="col" data-type="${type}"${cls ? ` class="${cls}"` : ''}>${title}</th>`)
    .join('');
  return `<div class="table-wrap"><table id="projects" class="stack"><caption>Every project scored, in the order they were read. Select a name to go to its scorecard.</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

function controls(outline: FrameworkOutline): string {
  const options = outline.classes.map((c) => `<option value="${esc(c.id)}">${esc(c.label)}</option>`).join('');
  return `<div class="controls" id="controls" role="search" hidden><label>Find a project<input type="search" id="search" autocomplete="off" placeholder="name, place or tag"></label><label>Class<select id="class-filter"><option value="">All classes</option>${options}</select></label><output id="shown" aria-live="polite"></output></div>`;
}

function card(row: HtmlRow, outline: FrameworkOutline): string {
  const thumbnail = radarChart(row.criteria, {
    id: `thumb-${row.number}`,
    title: `Criterion scores of ${row.name}`,
    labelled: false,
    className: 'radar-thumbnail',
  });
  return [
    `<li class="card ${rankClass(outline, row.classId)}" id="card-${row.number}">`,
    `<h3><a href="#project-${row.number}">${esc(row.name)}</a></h3>`,
    row.about ? `<p class="meta">${esc(row.about)}</p>` : '',
    historyNote(row) ? `<p class="meta">${esc(historyNote(row))}</p>` : '',
    `<div class="card-figures">${thumbnail}<div><p><span class="badge ${rankClass(outline, row.classId)}">${esc(row.classLabel)}</span></p>`,
    row.provisional ? '<p><span class="provisional-mark">provisional</span></p>' : '',
    `<p>${isNumberShown(row.scoreText) ? `<span class="big">${row.score}</span><span class="out-of"> / 100</span>` : `<span class="meta">${esc(row.scoreText)}</span>`}</p><p class="meta">${row.completeness}% described</p></div></div>`,
    stageProfile(row.stages, outline.levels, 'compact'),
    `</li>`,
  ].join('');
}

function notScored(errors: readonly InputError[]): string {
  const problems = problemsByFile(errors);
  if (problems.size === 0) return '';
  const items = [...problems].map(
    ([file, messages]) => `<li><strong>${esc(file)}</strong>: ${esc(messages.join('; '))}</li>`,
  );
  return `<section aria-labelledby="not-scored-title" class="panel"><h2 id="not-scored-title">Files that could not be scored</h2><ul class="not-scored">${items.join('')}</ul></section>`;
}

export interface HtmlIndexInput {
  header: ReportHeader;
  summary: Report['summary'];
  errors: InputError[];
  rows: HtmlRow[];
}

/** The page top and the index of a batch; the scorecards follow, then htmlBatchEnd(). */
export function renderHtmlBatchStart({ header, summary: files, errors, rows }: HtmlIndexInput): string {
  const summary = summaryOfRows(files, rows);
  const counts = classCounts(summary, header.outline)
    .map((c) => `<li><span class="badge ${rankClass(header.outline, c.id)}">${c.count}</span> ${esc(c.label)}</li>`)
    .join('');
  const top = `<header class="page-head"><div class="wrap"><p class="kicker">copro report</p><h1>Co-production scorecards</h1><p>${esc(scoredLine(files, rows.length))} against “${esc(header.framework.name)}”.</p><ul class="counts" aria-label="Projects by class">${counts}</ul></div></header>`;
  const index =
    rows.length === 0
      ? `<section id="index" aria-labelledby="index-title"><h2 id="index-title">All projects</h2><p>No project could be scored.</p></section>`
      : `<section id="index" aria-labelledby="index-title"><h2 id="index-title">All projects</h2>${controls(header.outline)}${indexTable(rows, header.outline)}</section>` +
        `<section id="gallery" aria-labelledby="gallery-title"><h2 id="gallery-title">Gallery</h2><ul class="cards" id="cards">${rows.map((r) => card(r, header.outline)).join('')}</ul></section>`;
  const scorecardsOpen =
    rows.length === 0
      ? ''
      : `<section id="scorecards" aria-labelledby="scorecards-title"><h2 id="scorecards-title">Scorecards</h2>\n`;
  return `${pageOpen(`Co-production scorecards: ${scoredLine(files, rows.length)}`, rows.length > 0)}<a class="skip" href="#main">Skip to the report</a>${top}<main id="main" class="wrap">${index}${notScored(errors)}${scorecardsOpen}`;
}

export function renderHtmlBatchEnd(header: ReportHeader, scored: number): string {
  return `${scored === 0 ? '' : '</section>'}</main>${pageClose(header, scored > 0)}`;
}

/** A page holding one project's scorecard. */
export function renderHtmlSingle(header: ReportHeader, result: ReportResult): string {
  const top = `<header class="page-head"><div class="wrap"><p class="kicker">copro report</p><p>A co-production scorecard, against “${esc(header.framework.name)}”.</p></div></header>`;
  return `${pageOpen(`${result.project.name}: ${result.classification.label}`, false)}<a class="skip" href="#main">Skip to the scorecard</a>${top}<main id="main" class="wrap">${renderHtmlScorecard(result, 1, 1, header.outline, true)}</main>${pageClose(header, false)}`;
}

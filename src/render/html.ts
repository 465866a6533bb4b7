// The HTML format: one self-contained page (no network, fonts, scripts or images from anywhere)
// that a person can open, print, or send. One project gets its scorecard; a batch gets an index
// — a sortable, filterable table and a gallery of cards — then every scorecard. Every piece of
// project text goes through escapeHtml.
import { createHash } from 'node:crypto';
import type { Report, ReportError, ReportResult } from '../core/report.js';
import type { StageResult } from '../core/result.js';
import type { BatchRow } from './batch-row.js';
import { radarChart, scoreBar, stageProfile, type RadarAxis } from './html-charts.js';
import { escapeHtml as esc, webAddress } from './escape-html.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { aboutParts, classCounts, gainText, labelOf, pointsText, problemsByFile, provenance, reasonText, scoredLine, scoreText } from './scorecard-parts.js';
import type { FrameworkOutline, ReportHeader } from './sink.js';

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
    criteria: result.criteria.map((c) => ({ label: c.title, score: c.score })),
    stages: result.stages.map(({ evidence: _evidence, ...stage }) => stage),
    search: [row.name, about, row.file, row.classLabel, ...(result.project.tags ?? [])].join(' ').toLowerCase(),
  };
}

/** The class's place in the framework's order (0 is the highest), which sets its colour. */
function rankClass(outline: FrameworkOutline, classId: string): string {
  const rank = outline.classes.findIndex((c) => c.id === classId);
  return `rank-${Math.min(Math.max(rank, 0), 2)}`;
}

const h = (depth: number) => `h${Math.min(depth, 6)}`;

function heading(depth: number, text: string, id?: string): string {
  return `<${h(depth)}${id ? ` id="${id}"` : ''}>${text}</${h(depth)}>`;
}

function section(depth: number, title: string, body: string): string {
  return `<section>${heading(depth, esc(title))}${body}</section>`;
}

/** A path that may wrap after each slash. */
function breakablePath(path: string): string {
  return esc(path).replace(/\//g, '/<wbr>');
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p class="summary-text">${esc(p)}</p>`)
    .join('');
}

// ——— one scorecard ———

function scorecardHead(result: ReportResult, number: number, depth: number, outline: FrameworkOutline): string {
  const { project, classification } = result;
  const about = aboutParts(project).map(esc).join(' · ');
  const described = project.describedAs ? `Described as “${esc(project.describedAs)}”` : '';
  const meta = [about, described].filter(Boolean).join(' · ');
  const tags = project.tags?.length ? `<ul class="tags" aria-label="Tags">${project.tags.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : '';
  return [
    `<header>`,
    heading(depth, esc(project.name), `project-${number}-title`),
    meta ? `<p class="meta">${meta}</p>` : '',
    `<p class="file">File: ${breakablePath(result.file)}</p>`,
    `<div class="verdict"><span class="badge ${rankClass(outline, classification.id)}">${esc(classification.label)}</span>`,
    `<dl class="figures"><div><dt>Score</dt><dd>${result.score}<span class="out-of"> / 100</span></dd></div>`,
    `<div><dt>Completeness</dt><dd>${result.completeness}%</dd></div></dl></div>`,
    `</header>`,
    tags,
    project.summary ? paragraphs(project.summary) : '',
    references(project.references ?? []),
  ].join('');
}

/** Where the description comes from; a link only for a plain web address. */
function references(list: readonly { title: string; url?: string }[]): string {
  if (list.length === 0) return '';
  const items = list.map((r) => {
    const href = webAddress(r.url);
    return `<li>${href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(r.title)}</a>` : esc(r.title)}</li>`;
  });
  return `<details class="references"><summary>References (${list.length})</summary><ul>${items.join('')}</ul></details>`;
}

function reasonsSection(result: ReportResult, depth: number, outline: FrameworkOutline): string {
  const items = result.classification.reasons.map((r) => {
    const mark = r.met ? '✓' : '✗';
    return `<li class="${r.met ? 'met' : 'unmet'}"><span class="mark" aria-hidden="true">${mark}</span><span class="sr-only">${r.met ? 'Met' : 'Not met'}: </span><span class="reason-class">${esc(labelOf(outline.classes, r.class))}</span> — ${esc(reasonText(r))}</li>`;
  });
  return section(depth, `Why: ${result.classification.label}`, `<ul class="reasons">${items.join('')}</ul>`);
}

function criteriaSection(result: ReportResult, number: number, depth: number): string {
  const axes = result.criteria.map((c) => ({ label: c.title, score: c.score }));
  const title = `Criterion scores of ${result.project.name}`;
  // Axis names cannot be read at a phone's width: there the bare shape shows, the table names it.
  const radar =
    radarChart(axes, { id: `radar-${number}`, title, labelled: true, className: 'radar-full' }) +
    radarChart(axes, { id: `radar-phone-${number}`, title, labelled: false, className: 'radar-phone' });
  const rows = result.criteria.map(
    (c) =>
      `<tr><th scope="row">${esc(c.title)}</th><td class="num" data-label="Weight">${c.weight}</td><td class="score-cell num" data-label="Score">${scoreText(c.score)}${scoreBar(c.score)}</td><td class="num" data-label="Points">${pointsText(c)}</td></tr>`,
  );
  const table = `<div class="table-wrap"><table class="stack"><caption>Each criterion's score out of 100, its weight in the overall score, and the points its indicators earned.</caption><thead><tr><th scope="col">Criterion</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Score</th><th scope="col" class="num">Points</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  const figure = radar ? `<figure>${radar}<figcaption>Criterion scores, 0 at the centre to 100 at the edge. The same figures are in the table.</figcaption></figure>` : '';
  return section(depth, 'Criteria', `${figure}${table}`);
}

function stagesSection(result: ReportResult, depth: number, outline: FrameworkOutline): string {
  const rows = result.stages.map(
    (s) =>
      `<tr><th scope="row">${esc(s.label)}</th><td data-label="Level">${esc(s.levelLabel)}</td><td data-label="Shared">${s.shared ? 'yes' : 'no'}</td><td class="wide" data-label="Evidence">${esc(s.evidence ?? 'none given')}</td></tr>`,
  );
  const table = `<div class="table-wrap"><table class="stack stages-table"><caption>The level of involvement at each stage, whether power was shared there, and the evidence given.</caption><thead><tr><th scope="col">Stage</th><th scope="col">Level</th><th scope="col">Shared</th><th scope="col">Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  const key = `<p class="meta">The taller and darker the bar, the more power the people affected held at that stage; a dashed outline means the stage was not described, or does not apply.</p>`;
  return section(depth, 'Stages', `${stageProfile(result.stages, outline.levels, 'full')}${key}${table}`);
}

function sourcesSection(result: ReportResult, depth: number): string {
  const rows = result.sources.map((s) => `<tr><th scope="row">${esc(s.title)}</th><td class="score-cell num">${scoreText(s.score)}${scoreBar(s.score)}</td></tr>`);
  return section(
    depth,
    'By source',
    `<div class="table-wrap"><table><caption>How the project fares against each source document, out of 100.</caption><thead><tr><th scope="col">Source</th><th scope="col" class="num">Score</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
  );
}

function nextStepsSection(result: ReportResult, depth: number, outline: FrameworkOutline): string {
  if (result.nextSteps.length === 0) return '';
  const items = result.nextSteps.map((s) => `<li>${esc(s.text)} <span class="gain">(${esc(gainText(s, outline))})</span></li>`);
  return section(depth, 'Next steps', `<ol class="steps">${items.join('')}</ol>`);
}

function warningsSection(result: ReportResult, depth: number): string {
  if (result.warnings.length === 0) return '';
  return section(depth, 'Warnings', `<ul class="warnings">${result.warnings.map((w) => `<li>${esc(w.message)}</li>`).join('')}</ul>`);
}

function indicatorsSection(result: ReportResult, depth: number): string {
  const groups = result.criteria.map((c) => {
    const items = c.indicators.map((i) => {
      const evidence = i.evidence ? `<p class="evidence"><span class="sr-only">Evidence: </span>${esc(i.evidence)}</p>` : '';
      return `<li><p class="question">${esc(i.question)}</p><p class="answer-line"><span class="answer answer-${i.answer === 'n/a' ? 'na' : i.answer}">${esc(i.answer)}</span> ${pointsText(i)} points</p>${evidence}</li>`;
    });
    const score = `<span class="criterion-score">${scoreText(c.score)}<span class="out-of"> / 100</span></span>`;
    return `<div class="criterion-detail"><${h(depth + 1)} class="criterion-heading"><span>${esc(c.title)}</span> ${score}</${h(depth + 1)}><ul class="indicators">${items.join('')}</ul></div>`;
  });
  return section(depth, 'Indicators and evidence', groups.join(''));
}

function excludedNote(result: ReportResult): string {
  const { stages, indicators } = result.excluded;
  if (stages.length + indicators.length === 0) return '';
  return `<p class="meta">Left out as not applicable (n/a): ${esc([...stages.map((s) => `stage ${s}`), ...indicators].join(', '))}</p>`;
}

/** One project's scorecard as an <article>: its name at heading level `depth`, its parts below. */
export function renderHtmlScorecard(result: ReportResult, number: number, depth: number, outline: FrameworkOutline, single = false): string {
  const parts = [
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
  ];
  const classes = ['scorecard', rankClass(outline, result.classification.id), ...(single ? ['single'] : [])].join(' ');
  return `<article class="${classes}" id="project-${number}" aria-labelledby="project-${number}-title">${parts.join('')}</article>\n`;
}

// ——— the index of a batch ———

function indexTable(rows: readonly HtmlRow[], outline: FrameworkOutline): string {
  const body = rows.map(
    (r) =>
      `<tr data-project="${r.number}" data-class="${esc(r.classId)}" data-search="${esc(r.search)}"><th scope="row"><a href="#project-${r.number}">${esc(r.name)}</a></th><td data-value="${outline.classes.findIndex((c) => c.id === r.classId)}"><span class="badge ${rankClass(outline, r.classId)}">${esc(r.classLabel)}</span></td><td class="num" data-label="Score">${r.score}</td><td class="num" data-label="Complete">${r.completeness}%</td><td class="num" data-label="Warnings">${r.warnings}</td><td class="col-file file">${breakablePath(r.file)}</td></tr>`,
  );
  const head = [
    ['Project', 'text', ''],
    ['Class', 'number', ''],
    ['Score', 'number', 'num'],
    ['Complete', 'number', 'num'],
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
  const thumbnail = radarChart(row.criteria, { id: `thumb-${row.number}`, title: `Criterion scores of ${row.name}`, labelled: false, className: 'radar-thumbnail' });
  return [
    `<li class="card ${rankClass(outline, row.classId)}" id="card-${row.number}">`,
    `<h3><a href="#project-${row.number}">${esc(row.name)}</a></h3>`,
    row.about ? `<p class="meta">${esc(row.about)}</p>` : '',
    `<div class="card-figures">${thumbnail}<div><p><span class="badge ${rankClass(outline, row.classId)}">${esc(row.classLabel)}</span></p>`,
    `<p><span class="big">${row.score}</span><span class="out-of"> / 100</span></p><p class="meta">${row.completeness}% complete</p></div></div>`,
    stageProfile(row.stages, outline.levels, 'compact'),
    `</li>`,
  ].join('');
}

function notScored(errors: readonly ReportError[]): string {
  const problems = problemsByFile(errors);
  if (problems.size === 0) return '';
  const items = [...problems].map(([file, messages]) => `<li><strong>${esc(file)}</strong>: ${esc(messages.join('; '))}</li>`);
  return `<section aria-labelledby="not-scored-title" class="panel"><h2 id="not-scored-title">Files that could not be scored</h2><ul class="not-scored">${items.join('')}</ul></section>`;
}

export interface HtmlIndexInput {
  header: ReportHeader;
  summary: Report['summary'];
  errors: ReportError[];
  rows: HtmlRow[];
}

/** The page top and the index of a batch; the scorecards follow, then htmlBatchEnd(). */
export function renderHtmlBatchStart({ header, summary, errors, rows }: HtmlIndexInput): string {
  const counts = classCounts(summary, header.outline)
    .map((c) => `<li><span class="badge ${rankClass(header.outline, c.id)}">${c.count}</span> ${esc(c.label)}</li>`)
    .join('');
  const top = `<header class="page-head"><div class="wrap"><p class="kicker">copro report</p><h1>Co-production scorecards</h1><p>${esc(scoredLine(summary))} against “${esc(header.framework.name)}”.</p><ul class="counts" aria-label="Projects by class">${counts}</ul></div></header>`;
  const index =
    rows.length === 0
      ? `<section id="index" aria-labelledby="index-title"><h2 id="index-title">All projects</h2><p>No project could be scored.</p></section>`
      : `<section id="index" aria-labelledby="index-title"><h2 id="index-title">All projects</h2>${controls(header.outline)}${indexTable(rows, header.outline)}</section>` +
        `<section id="gallery" aria-labelledby="gallery-title"><h2 id="gallery-title">Gallery</h2><ul class="cards" id="cards">${rows.map((r) => card(r, header.outline)).join('')}</ul></section>`;
  const scorecardsOpen = rows.length === 0 ? '' : `<section id="scorecards" aria-labelledby="scorecards-title"><h2 id="scorecards-title">Scorecards</h2>\n`;
  return `${pageOpen(`Co-production scorecards: ${scoredLine(summary)}`, rows.length > 0)}<a class="skip" href="#main">Skip to the report</a>${top}<main id="main" class="wrap">${index}${notScored(errors)}${scorecardsOpen}`;
}

export function renderHtmlBatchEnd(header: ReportHeader, scored: number): string {
  return `${scored === 0 ? '' : '</section>'}</main>${pageClose(header, scored > 0)}`;
}

/** A page holding one project's scorecard. */
export function renderHtmlSingle(header: ReportHeader, result: ReportResult): string {
  const top = `<header class="page-head"><div class="wrap"><p class="kicker">copro report</p><p>A co-production scorecard, against “${esc(header.framework.name)}”.</p></div></header>`;
  return `${pageOpen(`${result.project.name}: ${result.classification.label}`, false)}<a class="skip" href="#main">Skip to the scorecard</a>${top}<main id="main" class="wrap">${renderHtmlScorecard(result, 1, 1, header.outline, true)}</main>${pageClose(header, false)}`;
}

// ——— the page around it ———

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const STYLE_HASH = sha256(HTML_STYLE);
const SCRIPT_HASH = sha256(HTML_SCRIPT);

/** Nothing may load; only this page's own style and script may run. */
export function contentSecurityPolicy(withScript: boolean): string {
  return `default-src 'none'; style-src ${STYLE_HASH}; script-src ${withScript ? SCRIPT_HASH : "'none'"}; base-uri 'none'; form-action 'none'`;
}

function pageOpen(title: string, withScript: boolean): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(withScript)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="copro">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

function pageClose(header: ReportHeader, withScript: boolean): string {
  return `\n<footer class="page-foot"><div class="wrap"><p>${esc(provenance(header))}.</p><p>This page is self-contained: it loads nothing from anywhere.</p></div></footer>\n${withScript ? `<script>${HTML_SCRIPT}</script>\n` : ''}</body>\n</html>\n`;
}

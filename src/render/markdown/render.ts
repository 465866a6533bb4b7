// The Markdown format: a scorecard a person can paste into a report or a wiki. One project gets
// its scorecard; several get a summary table and then a section per project. Every piece of
// project text goes through markdownText, so it reads as words and never as markup.
import type { InputError } from '../../core/model/input-error.js';
import type { Report, ReportResult } from '../../core/model/report.js';
import { historyNote, type BatchRow } from '../batch-row.js';
import { markdownText as md } from '../text/escape-markdown.js';
import type { FrameworkOutline, ReportHeader } from '../sink.js';
import { reasonBody } from '../../core/assess/classify.js';
import {
  aboutParts,
  answerText,
  classCounts,
  classMark,
  criterionScoreText,
  gainText,
  labelOf,
  listedWarnings,
  notApplicableText,
  pointsText,
  practiceScoreText,
  stageLevelText,
  isNumberShown,
  REASON_MARK,
  REASON_WORDS,
  reasonState,
  problemsByFile,
  scoredLine,
  summaryOfRows,
  scoreText,
  verdictNotes,
  sharedText,
} from '../scorecard-parts.js';

export interface MarkdownOptions {
  /** Add every indicator with its answer and evidence. */
  verbose: boolean;
}

type Align = 'left' | 'right';

/** A GitHub-flavoured table; cells must already be escaped. */
export function markdownTable(head: [string, Align][], rows: string[][]): string[] {
  const rule = head.map(([, align]) => (align === 'right' ? '---:' : '---'));
  return [head.map(([title]) => title), rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

const hashes = (depth: number) => '#'.repeat(Math.min(depth, 6));

function title(result: ReportResult, depth: number): string[] {
  const { project, classification } = result;
  const lines = [
    `${hashes(depth)} ${md(project.name)}`,
    '',
    `**${md(classification.label)}**${classification.provisional ? ' — **provisional**' : ''} · ${scoreWords(result)} · described ${result.completeness}%`,
  ];
  // The key finding first: what the project calls itself against what the evidence shows, and why
  // the verdict is provisional if it is.
  const banner = [
    `${result.terms.overclaim ? '⚠' : '»'} ${md(result.terms.message)}`,
    ...(classification.onCourseText ? [`» ${md(classification.onCourseText)}`] : []),
    ...classification.provisionalReasons.map((r) => `⏳ Provisional: ${md(r)}`),
  ];
  lines.push('', ...banner.map((line) => `> ${line}`).flatMap((line, i) => (i === 0 ? [line] : ['>', line])));
  const about = aboutParts(project).map(md);
  const details = [
    ...(about.length ? [about.join(' · ')] : []),
    ...(project.describedAs ? [`Described as: ${md(project.describedAs)}`] : []),
    `File: ${md(result.file)}`,
  ];
  lines.push('', details.join('  \n'));
  if (project.summary) lines.push('', md(project.summary));
  return lines;
}

/** "practice score 61.7/100" (the number in bold), or the words that stand in for a score not shown. */
function scoreWords(result: ReportResult): string {
  const score = practiceScoreText(result);
  return isNumberShown(score) ? `practice score **${score}**/100` : `practice score: ${score}`;
}

function reasons(result: ReportResult, depth: number, outline: FrameworkOutline): string[] {
  return [
    `${hashes(depth)} Why`,
    '',
    ...result.classification.reasons.map(
      (r) =>
        `- ${REASON_MARK[reasonState(r)]} ${REASON_WORDS[reasonState(r)]} (${md(labelOf(outline.classes, r.class))}): ${md(reasonBody(r))}`,
    ),
  ];
}

function criteria(result: ReportResult, depth: number): string[] {
  const rows = result.criteria.map((c) => [md(c.title), String(c.weight), criterionScoreText(c), pointsText(c)]);
  return [
    `${hashes(depth)} Criteria`,
    '',
    ...markdownTable(
      [
        ['Criterion', 'left'],
        ['Weight', 'right'],
        ['Score', 'right'],
        ['Points', 'right'],
      ],
      rows,
    ),
  ];
}

function indicators(result: ReportResult, depth: number): string[] {
  const rows = result.criteria.flatMap((c) =>
    c.indicators.map((i) => [md(i.question), answerText(i.answer), pointsText(i), md(i.evidence ?? '')]),
  );
  return [
    `${hashes(depth)} Indicators`,
    '',
    ...markdownTable(
      [
        ['Indicator', 'left'],
        ['Answer', 'left'],
        ['Points', 'right'],
        ['Evidence', 'left'],
      ],
      rows,
    ),
  ];
}

function stages(result: ReportResult, depth: number): string[] {
  const rows = result.stages.map((s) => [md(s.label), md(stageLevelText(s)), sharedText(s), md(s.evidence ?? '')]);
  return [
    `${hashes(depth)} Stages`,
    '',
    ...markdownTable(
      [
        ['Stage', 'left'],
        ['Level', 'left'],
        ['Shared', 'left'],
        ['Evidence', 'left'],
      ],
      rows,
    ),
  ];
}

function sources(result: ReportResult, depth: number): string[] {
  const rows = result.sources.map((s) => [md(s.title), scoreText(s.score)]);
  return [
    `${hashes(depth)} By source`,
    '',
    ...markdownTable(
      [
        ['Source', 'left'],
        ['Score', 'right'],
      ],
      rows,
    ),
  ];
}

function nextSteps(result: ReportResult, depth: number, outline: FrameworkOutline): string[] {
  if (result.nextSteps.length === 0) return [];
  return [
    `${hashes(depth)} Next steps`,
    '',
    ...result.nextSteps.map(
      (s, i) => `${i + 1}. ${md(s.text)} (${s.gain === null ? md(gainText(s, outline)) : gainText(s, outline)})`,
    ),
  ];
}

function warnings(result: ReportResult, depth: number): string[] {
  const listed = listedWarnings(result);
  if (listed.length === 0) return [];
  return [`${hashes(depth)} Warnings`, '', ...listed.map((w) => `- ⚠ ${md(w.message)}`)];
}

function excluded(result: ReportResult): string[] {
  const text = notApplicableText(result);
  return text ? [`_${md(text)}_`] : [];
}

/** One project's scorecard, its title at heading level `depth` and its sections one below. */
export function renderMarkdownProject(
  result: ReportResult,
  depth: number,
  outline: FrameworkOutline,
  { verbose }: MarkdownOptions,
): string {
  const sections = [
    title(result, depth),
    reasons(result, depth + 1, outline),
    criteria(result, depth + 1),
    verbose ? indicators(result, depth + 1) : [],
    stages(result, depth + 1),
    sources(result, depth + 1),
    nextSteps(result, depth + 1, outline),
    warnings(result, depth + 1),
    excluded(result),
  ].filter((lines) => lines.length > 0);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

export interface MarkdownSummaryInput {
  header: ReportHeader;
  summary: Report['summary'];
  errors: InputError[];
  rows: BatchRow[];
}

/** The top of a batch: what was scored, the class counts, and a row per project. */
export function renderMarkdownSummary({ header, summary: files, errors, rows }: MarkdownSummaryInput): string {
  const summary = summaryOfRows(files, rows);
  const counts = classCounts(summary, header.outline).map((c) => `${md(c.label)}: ${c.count}`);
  const notes = verdictNotes(summary).map((n) => `${md(n)}.`);
  const lines = [
    '# Co-production scorecards',
    '',
    [`${scoredLine(files, rows.length)}. ${counts.join(' · ')}`, ...notes].join('  \n'),
  ];
  if (rows.length > 0) {
    const table = rows.map((r) => [
      md(historyNote(r) ? `${r.name} (${historyNote(r)})` : r.name),
      md(classMark({ label: r.classLabel, provisional: r.provisional })),
      md(r.supportedTerm ?? '—'),
      isNumberShown(r.scoreText) ? r.scoreText : md(r.scoreText),
      `${r.completeness}%`,
      String(r.warnings),
      md(r.file),
    ]);
    const head: [string, Align][] = [
      ['Project', 'left'],
      ['Class', 'left'],
      ['Evidence shows', 'left'],
      ['Score', 'right'],
      ['Described', 'right'],
      ['Warnings', 'right'],
      ['File', 'left'],
    ];
    lines.push('', ...markdownTable(head, table));
  }
  const problems = problemsByFile(errors);
  if (problems.size > 0) {
    lines.push('', '## Not scored', '');
    for (const [file, messages] of problems) lines.push(`- ${md(file)}: ${md(messages.join('; '))}`);
  }
  return `${lines.join('\n')}\n`;
}

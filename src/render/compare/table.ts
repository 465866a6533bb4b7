// `copro compare` as text for a terminal: for each project its assessments, then each period's
// perspectives side by side (the combined verdict, agreement, questions to talk about together),
// then the change over time from each perspective.
import type {
  Change,
  ComparisonReport,
  ProjectComparison,
  SideBySide,
  StageOffer,
  TimeStep,
} from '../../core/model/comparison.js';
import { oneLine, safeStrings } from '../text/safe-text.js';
import { classMark, labelOf } from '../scorecard-parts.js';
import { classStyle, heading, newTable, type TableOptions } from '../table/parts.js';
import { wrapWords } from '../text/wrap.js';
import {
  AGREEMENT_DEFINITION,
  answersText,
  assessmentLabel,
  classChangeText,
  combinedText,
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

export type Classes = { id: string; label: string }[];

const bullet = (text: string, width: number, marker = '•') => wrapWords(oneLine(text), width, `  ${marker} `, '    ');

function assessments(p: ProjectComparison, { style, width }: TableOptions): string[] {
  // Fixed columns take 79 cells and the borders 8; the file gets the rest. Paths and perspective ids break anywhere.
  const table = newTable(
    ['Date', 'Perspective', 'By', 'Class', 'Score', 'Described', 'File'],
    [12, 13, 14, 22, 7, 11, Math.max(12, width - 88)],
  );
  for (const a of p.assessments) {
    const mark = classStyle(a.class.id, style)(classMark({ label: a.class.label, provisional: a.class.provisional }));
    table.push([
      dateText(a.date),
      { content: perspectiveName(a.perspective), wrapOnWordBoundary: false },
      oneLine(a.by ?? ''),
      mark,
      summaryScore(a),
      `${a.completeness}%`,
      { content: oneLine(a.file), wrapOnWordBoundary: false },
    ]);
  }
  return [table.toString()];
}

function sideBySideLines(side: SideBySide, options: TableOptions, verbose: boolean): string[] {
  const { style, width } = options;
  const lines = [heading(`Side by side: ${periodText(side)}`, style)];
  for (const v of side.verdicts)
    lines.push(
      `  ${assessmentLabel(v)}: ${classStyle(v.class.id, style)(classMark({ label: v.class.label, provisional: v.class.provisional }))}, score ${summaryScore(v)}`,
    );
  lines.push(`  Combined: ${classStyle(side.combined.class.id, style)(style.bold(combinedText(side)))}`);
  lines.push(...bullet(side.combined.reason, width, '»'));
  for (const because of side.combined.provisionalReasons)
    lines.push(...bullet(`Provisional: ${because}`, width, '!').map((l) => style.warn(l)));
  lines.push(
    `  Agreement: ${percent(side.agreement.overall)} of questions, ${percent(side.agreement.stages)} of stages.`,
  );
  lines.push(...wrapWords(AGREEMENT_DEFINITION, width, '    ').map(style.dim));
  const below = side.agreement.criteria.filter((c) => c.agreement !== null && c.agreement < 100);
  if (below.length)
    lines.push(
      ...bullet(
        `Agree least on: ${below
          .sort((a, b) => a.agreement! - b.agreement!)
          .map((c) => `${c.title} ${percent(c.agreement)}`)
          .join(', ')}`,
        width,
      ),
    );
  if (side.disagreements.length === 0) {
    lines.push('  No disagreements: every question both described has the same answer.');
    return lines;
  }
  const shown = verbose ? side.disagreements : side.disagreements.slice(0, 10);
  const table = newTable(['Questions to talk about together', 'Answers', 'Power?'], [Math.max(30, width - 52), 40, 8]);
  for (const d of shown)
    table.push([oneLine(d.kind === 'stage' ? d.text : `${d.text} (${d.id})`), answersText(d), d.power ? 'yes' : '']);
  lines.push(table.toString());
  if (shown.length < side.disagreements.length)
    lines.push(style.dim(`  and ${side.disagreements.length - shown.length} more (--verbose lists them all)`));
  return lines;
}

/** What changed between two assessments, under `title`: the class, scores, stages, criteria, answers and evidence. */
export function changeLines(title: string, change: Change, classes: Classes, options: TableOptions): string[] {
  const { style, width, verbose } = options;
  const lines = [heading(title, style)];
  const paint =
    change.class.direction === 'down' ? style.bad : change.class.direction === 'up' ? style.good : (t: string) => t;
  lines.push(`  Class: ${paint(classChangeText(change, (id) => labelOf(classes, id)))}`);
  lines.push(`  ${scoreChangeText(change)}`);
  for (const s of change.stages) lines.push(...bullet(`Stage ${stageMoveText(s)}`, width));
  const moved = change.criteria
    .filter((c) => c.delta !== null && c.delta !== 0)
    .sort((a, b) => Math.abs(b.delta!) - Math.abs(a.delta!));
  if (moved.length)
    lines.push(
      ...bullet(
        `Criteria: ${moved.map((c) => `${c.title} ${c.from} → ${c.to} (${signed(c.delta!)})`).join('; ')}`,
        width,
      ),
    );
  if (change.answers.length) {
    const listed = verbose ? change.answers : change.answers.slice(0, 8);
    lines.push(`  ${change.answers.length} ${change.answers.length === 1 ? 'answer' : 'answers'} changed:`);
    for (const a of listed) lines.push(...bullet(`${a.id}: ${a.from} → ${a.to}`, width, '-'));
    if (listed.length < change.answers.length)
      lines.push(style.dim(`    and ${change.answers.length - listed.length} more (--verbose lists them all)`));
  }
  if (change.evidenceAdded.length) {
    lines.push(`  Evidence added: ${change.evidenceAdded.length}`);
    if (verbose) for (const e of change.evidenceAdded) lines.push(...bullet(`${e.id}: ${e.evidence}`, width, '-'));
  }
  lines.push(`  ${stillUnknownText(change)}`);
  return lines;
}

const timeTitle = (step: TimeStep) =>
  `Over time (${perspectiveName(step.perspective)}): ${dateText(step.from.date)} → ${dateText(step.to.date)}`;

/** Plan against record: per stage, what was offered and what happened. */
function offerLines(offers: StageOffer[], { style, width }: TableOptions): string[] {
  return [
    style.bold('Offer and record: what each stage was planned at, and what happened'),
    ...offers.flatMap((o) => bullet(oneLine(o.text), width, '·')),
  ];
}

function project(p: ProjectComparison, classes: Classes, options: TableOptions): string {
  const { style, width, verbose } = options;
  const title = `${style.bold(oneLine(p.name))}${p.id ? style.dim(`  id: ${oneLine(p.id)}`) : ''}`;
  const sections = [
    [title, ...assessments(p, options), ...p.notes.flatMap((n) => bullet(n, width, '·').map(style.dim))],
  ];
  if (p.offers) sections.push(offerLines(p.offers, options));
  for (const side of p.sideBySide) sections.push(sideBySideLines(side, options, verbose));
  for (const step of p.overTime) sections.push(changeLines(timeTitle(step), step, classes, options));
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

/** Projects assessed once, in one table: there is nothing to compare, and a section each would bury the rest. */
function assessedOnce(projects: ProjectComparison[], { style, width }: TableOptions): string[] {
  if (projects.length === 0) return [];
  const table = newTable(['Assessed once', 'Class', 'Score', 'File'], [Math.max(24, width - 67), 24, 7, 31]);
  for (const p of projects) {
    const a = p.assessments[0]!;
    table.push([
      oneLine(p.name),
      classStyle(a.class.id, style)(classMark({ label: a.class.label, provisional: a.class.provisional })),
      summaryScore(a),
      { content: oneLine(a.file), wrapOnWordBoundary: false },
    ]);
  }
  const note =
    'Assessed once, so there is nothing to compare. To compare assessments of a project, give each file the same `id:` and an `assessment:` with its date and perspective.';
  return [[table.toString(), ...wrapWords(note, width).map(style.dim)].join('\n')];
}

export function renderComparisonTable(unsafe: ComparisonReport, classes: Classes, options: TableOptions): string {
  const report = safeStrings(unsafe);
  const once = (p: ProjectComparison) => p.assessments.length === 1;
  const parts = [
    ...report.projects.filter((p) => !once(p)).map((p) => project(p, classes, options)),
    ...assessedOnce(report.projects.filter(once), options),
  ];
  for (const file of new Set(report.errors.map((e) => e.file)))
    parts.push(
      options.style.bad(
        `${oneLine(file)}: could not be read, so it is not compared (see the messages on standard error)`,
      ),
    );
  const { summary } = report;
  parts.push(
    heading(
      `${summary.scored} of ${summary.total} files scored · ${summary.projects} ${summary.projects === 1 ? 'project' : 'projects'}, ${summary.compared} with assessments to compare`,
      options.style,
    ),
  );
  return `${parts.join('\n\n')}\n`;
}

// `copro compare --format markdown`: the comparison as a document to paste into a report or a
// wiki. Every piece of project text goes through markdownText, so it reads as words, never markup.
import type { Change, ComparisonReport, ProjectComparison, SideBySide, TimeStep } from '../../core/model/comparison.js';
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
import { markdownText as md } from '../text/escape-markdown.js';
import { markdownTable } from '../markdown/render.js';
import { answerText, classMark, labelOf, provenance } from '../scorecard-parts.js';
import type { FrameworkOutline, ReportHeader } from '../sink.js';

function assessments(p: ProjectComparison): string[] {
  const rows = p.assessments.map((a) => [
    md(dateText(a.date)),
    md(perspectiveName(a.perspective)),
    md(a.by ?? ''),
    md(classMark({ label: a.class.label, provisional: a.class.provisional })),
    summaryScore(a),
    `${a.completeness}%`,
    md(a.file),
  ]);
  return markdownTable(
    [
      ['Date', 'left'],
      ['Perspective', 'left'],
      ['By', 'left'],
      ['Class', 'left'],
      ['Score', 'right'],
      ['Described', 'right'],
      ['File', 'left'],
    ],
    rows,
  );
}

function side(s: SideBySide): string[] {
  const names = s.verdicts.map((v) => md(perspectiveName(v.perspective)));
  const lines = [`### Side by side: ${md(periodText(s))}`, ''];
  for (const v of s.verdicts)
    lines.push(
      `- ${md(assessmentLabel(v))}: **${md(classMark({ label: v.class.label, provisional: v.class.provisional }))}**, score ${summaryScore(v)}`,
    );
  lines.push(
    '',
    `**Combined: ${md(classMark({ label: s.combined.class.label, provisional: s.combined.provisional }))}.** ${md(s.combined.reason)}`,
  );
  for (const because of s.combined.provisionalReasons) lines.push('', `Provisional: ${md(because)}.`);
  lines.push(
    '',
    `Agreement: ${percent(s.agreement.overall)} of questions, ${percent(s.agreement.stages)} of stages. ${md(AGREEMENT_DEFINITION)}`,
    '',
  );
  lines.push(
    ...markdownTable(
      [['Criterion', 'left'], ...names.map((n): [string, 'right'] => [n, 'right']), ['Agreement', 'right']],
      s.agreement.criteria.map((c) => [
        md(c.title),
        ...s.verdicts.map((v) => String(v.criteria.find((k) => k.id === c.id)?.score ?? 'not described')),
        percent(c.agreement),
      ]),
    ),
  );
  lines.push('', '#### Questions to talk about together', '');
  if (s.disagreements.length === 0) lines.push('No disagreements: every question both described has the same answer.');
  else {
    lines.push('Most important first: who held power (stages, and power questions), and yes against no.', '');
    lines.push(
      ...markdownTable(
        [['Question', 'left'], ...names.map((n): [string, 'left'] => [n, 'left']), ['About power', 'left']],
        s.disagreements.map((d) => [
          md(d.kind === 'stage' ? d.text : `${d.text} (${d.id})`),
          ...d.answers.map((a) => md(answerText(a.answer))),
          d.power ? 'yes' : '',
        ]),
      ),
    );
  }
  return lines;
}

export function changeMarkdown(title: string, change: Change, outline: FrameworkOutline): string[] {
  const lines = [
    title,
    '',
    `- Class: ${md(classChangeText(change, (id) => labelOf(outline.classes, id)))}`,
    `- ${md(scoreChangeText(change))}`,
  ];
  for (const s of change.stages) lines.push(`- Stage ${md(stageMoveText(s))}`);
  const moved = change.criteria.filter((c) => c.delta !== null && c.delta !== 0);
  if (moved.length)
    lines.push(
      `- Criteria: ${moved.map((c) => `${md(c.title)} ${c.from} → ${c.to} (${signed(c.delta!)})`).join('; ')}`,
    );
  for (const a of change.answers) lines.push(`- ${md(a.id)}: ${md(answerText(a.from))} → ${md(answerText(a.to))}`);
  if (change.evidenceAdded.length)
    lines.push(`- Evidence added: ${change.evidenceAdded.map((e) => md(e.id)).join(', ')}`);
  lines.push(`- ${md(stillUnknownText(change))}`);
  return lines;
}

const timeTitle = (step: TimeStep) =>
  `### Over time (${md(perspectiveName(step.perspective))}): ${md(dateText(step.from.date))} to ${md(dateText(step.to.date))}`;

function project(p: ProjectComparison, outline: FrameworkOutline): string[] {
  const lines = [`## ${md(p.name)}`, ''];
  if (p.id) lines.push(`Project id: ${md(p.id)}`, '');
  lines.push(...assessments(p), '');
  for (const note of p.notes) lines.push(`> ${md(note)}`, '');
  if (p.offers)
    lines.push(
      '### Offer and record',
      '',
      'What each stage was planned at, and what happened:',
      '',
      ...p.offers.map((o) => `- ${md(o.text)}`),
      '',
    );
  for (const s of p.sideBySide) lines.push(...side(s), '');
  for (const step of p.overTime) lines.push(...changeMarkdown(timeTitle(step), step, outline), '');
  return lines;
}

export function renderComparisonMarkdown(report: ComparisonReport, header: ReportHeader): string {
  const { summary } = report;
  const lines = [
    '# Co-production compared: several voices, over time',
    '',
    `${summary.scored} of ${summary.total} files scored: ${summary.projects} ${summary.projects === 1 ? 'project' : 'projects'}, ${summary.compared} with assessments to compare.`,
    '',
  ];
  for (const p of report.projects) lines.push(...project(p, header.outline));
  if (report.errors.length) {
    lines.push('## Files that could not be read', '');
    for (const e of report.errors)
      lines.push(
        `- ${md(e.file)}${e.line ? ` (line ${e.line}${e.column ? `, column ${e.column}` : ''})` : ''}: ${md(e.message)}`,
      );
    lines.push('');
  }
  lines.push(`*${md(provenance(header))}.*`, '');
  return lines.join('\n');
}

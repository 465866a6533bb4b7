// The table format for one project: the class and its reasons first, then criteria, stages,
// sources, next steps and warnings.
import type { ReportResult } from '../../core/model/report.js';
import { shorten, visible, wrapWords } from '../text/wrap.js';
import { oneLine } from '../text/safe-text.js';
import { reasonBody } from '../../core/assess/classify.js';
import {
  aboutParts,
  answerText,
  isNumberShown,
  REASON_MARK,
  reasonState,
  criterionScoreText,
  listedWarnings,
  notApplicableText,
  pointsText,
  practiceScoreText,
  sharedText,
  stageLevelText,
  scoreText,
} from '../scorecard-parts.js';
import { bar, classStyle, heading, newTable, type TableOptions } from './parts.js';

function header(result: ReportResult, { style, width }: TableOptions): string[] {
  const { project, classification } = result;
  const paint = classStyle(classification.id, style);
  const provisional = classification.provisional ? style.warn(' — PROVISIONAL') : '';
  const lines = [
    `${style.bold(oneLine(project.name))}  ${style.dim(oneLine(result.file))}`,
    `${paint(style.bold(classification.label.toUpperCase()))}${provisional}   ${scoreLine(result, style)}`,
  ];
  if (classification.onCourseText)
    lines.push(...wrapWords(`» ${oneLine(classification.onCourseText)}`, width, '', '  ').map((l) => style.accent(l)));
  for (const because of classification.provisionalReasons)
    lines.push(...wrapWords(`Provisional: ${oneLine(because)}`, width, '', '  ').map((l) => style.warn(l)));
  const about = aboutParts(project).map(oneLine);
  if (about.length) lines.push(style.dim(about.join(' · ')));
  if (project.describedAs) lines.push(style.dim(`described as: ${oneLine(project.describedAs)}`));
  const mark = result.terms.overclaim ? style.warn('!') : style.accent('»');
  lines.push(...item(mark, oneLine(result.terms.message), width).map((l) => l.slice(2)));
  return lines;
}

/** "practice score 61.7/100 · described 93.6%", or "nothing described yet" in place of a score. */
function scoreLine(result: ReportResult, style: TableOptions['style']): string {
  const score = practiceScoreText(result);
  const shown =
    score === 'not described'
      ? 'practice not described'
      : isNumberShown(score)
        ? `practice score ${style.bold(score)}/100`
        : `practice score: ${score}`;
  return `${shown} · described ${result.completeness}%`;
}

/** A list item wrapped between words to the width, its later lines indented under its text. */
function item(marker: string, text: string, width: number): string[] {
  return wrapWords(text, width, `  ${marker} `, ' '.repeat(3 + visible(marker)));
}

function reasons(result: ReportResult, { style, width }: TableOptions): string[] {
  const lines = [heading('Why', style)];
  for (const reason of result.classification.reasons) {
    const state = reasonState(reason);
    const paint = state === 'met' ? style.good : state === 'open' ? style.warn : style.bad;
    const mark = paint(REASON_MARK[state]);
    lines.push(...item(mark, oneLine(reasonBody(reason)), width));
  }
  return lines;
}

function criteria(result: ReportResult, { style, width, verbose }: TableOptions): string[] {
  const titleWidth = Math.max(20, Math.min(40, width - 40));
  const table = newTable(['Criterion', 'Weight', 'Score', '', 'Points'], [titleWidth, 8, 7, 12, 9]);
  for (const c of result.criteria) {
    table.push([c.title, String(c.weight), criterionScoreText(c), bar(c.score), pointsText(c)]);
  }
  const lines = [heading('Criteria', style), table.toString()];
  if (verbose) lines.push(...indicatorLines(result, { style, width, verbose }));
  return lines;
}

function indicatorLines(result: ReportResult, { style, width }: TableOptions): string[] {
  const table = newTable(
    ['Indicator', 'Answer', 'Points', 'Evidence'],
    [Math.max(24, Math.floor(width * 0.4)), 9, 8, Math.max(20, Math.floor(width * 0.35))],
  );
  for (const c of result.criteria) {
    for (const i of c.indicators) {
      table.push([
        `${i.id}\n${style.dim(oneLine(i.question))}`,
        answerText(i.answer),
        pointsText(i),
        oneLine(i.evidence ?? ''),
      ]);
    }
  }
  return [heading('Indicators', style), table.toString()];
}

function stages(result: ReportResult, { style, width }: TableOptions): string[] {
  // The level's label, as the Markdown and HTML reports show it ("No involvement", "not described").
  const table = newTable(['Stage', 'Level', 'Shared', 'Evidence'], [22, 18, 11, Math.max(20, width - 59)]);
  for (const s of result.stages) {
    const shared = sharedText(s);
    table.push([s.label, stageLevelText(s), shared === 'yes' ? style.good(shared) : shared, oneLine(s.evidence ?? '')]);
  }
  return [heading('Stages', style), table.toString()];
}

function sources(result: ReportResult, { style, width }: TableOptions): string[] {
  const lines = [heading('By source', style)];
  // The bar and score take 20 cells; a long title is cut to fit beside them.
  for (const s of result.sources)
    lines.push(`  ${bar(s.score)} ${scoreText(s.score).padStart(5)}  ${shorten(oneLine(s.title), width - 20)}`);
  return lines;
}

function nextSteps(result: ReportResult, { style, width }: TableOptions): string[] {
  if (result.nextSteps.length === 0) return [];
  const lines = [heading('Next steps', style)];
  result.nextSteps.forEach((step, index) => {
    const gain =
      step.gain !== null
        ? style.dim(`[+${step.gain}]`)
        : step.towards
          ? style.accent('[class]')
          : style.accent('[to judge]');
    lines.push(...item(`${index + 1}.`, `${oneLine(step.text)} ${gain}`, width));
  });
  return lines;
}

function warnings(result: ReportResult, { style, width }: TableOptions): string[] {
  const listed = listedWarnings(result);
  if (listed.length === 0) return [];
  return [heading('Warnings', style), ...listed.flatMap((w) => item(style.warn('!'), oneLine(w.message), width))];
}

function excluded(result: ReportResult, { style }: TableOptions): string[] {
  const text = notApplicableText(result);
  return text ? [style.dim(oneLine(text))] : [];
}

export function renderProjectTable(result: ReportResult, options: TableOptions): string {
  const sections = [header, reasons, criteria, stages, sources, nextSteps, warnings, excluded]
    .map((section) => section(result, options))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'));
  return `${sections.join('\n\n')}\n`;
}

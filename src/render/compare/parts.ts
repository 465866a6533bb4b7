// Pieces of a comparison that every format words the same way.
import type { AssessmentSummary, Change, Direction, Disagreement, SideBySide } from '../../core/model/comparison.js';
import { perspectiveName } from '../../core/compare/compare-sides.js';
import { answerText, classMark, NOT_ENOUGH_TO_SCORE } from '../scorecard-parts.js';

export { perspectiveName };

export const AGREEMENT_DEFINITION =
  'How agreement is measured: of the questions every perspective described (not "not described"), the share to which all gave the same answer.';

export const DIRECTION_WORDS: Record<Direction, string> = {
  up: 'up',
  down: 'down',
  same: 'no change',
  'changed-kind': 'a change of kind, not up or down',
};

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export const percent = (n: number | null) => (n === null ? 'n/a' : `${n}%`);

/** An assessment's score as a reader sees it: the number, or why it is not shown (too little described). */
export const summaryScore = (a: { score: number; scoreShown?: boolean }) =>
  a.scoreShown === false ? NOT_ENOUGH_TO_SCORE : String(a.score);

/** "2026-05-01" or "undated". */
export const dateText = (date: string | null) => date ?? 'undated';

/** "community, 2026-05-01 (residents' panel)" */
export function assessmentLabel(a: Pick<AssessmentSummary, 'perspective' | 'date' | 'by'>): string {
  return `${perspectiveName(a.perspective)}, ${dateText(a.date)}${a.by ? ` (${a.by})` : ''}`;
}

export function periodText({ period }: SideBySide): string {
  if (period.from === null) return 'undated assessments';
  return period.from === period.to ? period.from : `${period.from} to ${period.to}`;
}

/** The class then and now, in words: "Partial co-production → Co-production (up)". */
export function classChangeText(change: Change, labelOf: (id: string) => string): string {
  const mark = (id: string, provisional: boolean) => classMark({ label: labelOf(id), provisional });
  const { class: c } = change;
  if (c.direction === 'same') return `${mark(c.to, c.provisional.to)} (no change)`;
  return `${mark(c.from, c.provisional.from)} → ${mark(c.to, c.provisional.to)} (${DIRECTION_WORDS[c.direction]})`;
}

export function scoreChangeText(change: Change): string {
  return `practice score ${change.score.from} → ${change.score.to} (${signed(change.score.delta)}); described ${change.completeness.from}% → ${change.completeness.to}% (${signed(change.completeness.delta)})`;
}

export function stageMoveText(stage: Change['stages'][number]): string {
  const shared = stage.shared.from === stage.shared.to ? '' : stage.shared.to ? ' (now shared)' : ' (no longer shared)';
  return `${stage.label}: ${answerText(stage.from)} → ${answerText(stage.to)}${shared}`;
}

export function stillUnknownText(change: Change): string {
  const { stages, indicators } = change.stillUnknown;
  if (stages.length === 0 && indicators.length === 0) return 'Everything is now described.';
  const parts = [];
  if (stages.length) parts.push(`${stages.length} ${stages.length === 1 ? 'stage' : 'stages'} (${stages.join(', ')})`);
  if (indicators.length) parts.push(`${indicators.length} ${indicators.length === 1 ? 'question' : 'questions'}`);
  return `Still not described: ${parts.join(' and ')}.`;
}

/** "decide: staff delegate · community consult" */
export function answersText(d: Pick<Disagreement, 'answers'>): string {
  return d.answers.map((a) => `${perspectiveName(a.perspective)} ${answerText(a.answer)}`).join(' · ');
}

export function combinedText(side: SideBySide): string {
  const { combined } = side;
  return classMark({ label: combined.class.label, provisional: combined.provisional });
}

// Small pieces of a scorecard that every format words the same way.
import type { InputError } from '../core/model/input-error.js';
import type { Report, ReportResult } from '../core/model/report.js';
import type { CriterionResult, NextStep } from '../core/model/result.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN, type ProjectInfo } from '../core/model/types.js';
import type { FrameworkOutline, ReportHeader } from './sink.js';

export function scoreText(score: number | null): string {
  return score === null ? 'n/a' : String(score);
}

/** An answer as a reader sees it: "unknown" is "not described", never a blank or a zero. */
export function answerText(answer: string): string {
  return answer === 'unknown' ? 'not described' : answer;
}

/** A criterion's score, or why it has none: nothing described is not the same as nothing applying. */
export function criterionScoreText(criterion: CriterionResult): string {
  if (criterion.score !== null) return String(criterion.score);
  return criterion.indicators.some((i) => i.answer === 'unknown') ? 'not described' : 'n/a';
}

/** A stage's level in words, with the level planned for a stage not started yet (its offer). */
export function stageLevelText(stage: { levelLabel: string; plan?: string }): string {
  return stage.plan ? `${stage.levelLabel} (planned: ${stage.plan})` : stage.levelLabel;
}

/** What the human formats say in place of a practice score on too little of the framework. */
export const NOT_ENOUGH_TO_SCORE = 'not enough described to score';

/**
 * The practice score, "not described" when no practice question is answered, or "not enough
 * described to score" when too little of the framework is described for the number to mean much
 * (the framework's scoring.showScoreFrom; a report from before it has no scoreShown: shown).
 */
export function practiceScoreText(result: Pick<ReportResult, 'criteria' | 'score' | 'scoreShown'>): string {
  if (!result.criteria.some((c) => c.score !== null)) return 'not described';
  return result.scoreShown === false ? NOT_ENOUGH_TO_SCORE : String(result.score);
}

/** A score a reader can take at face value: a number, not "not described" or "not enough described". */
export function isNumberShown(text: string): boolean {
  return /^\d/.test(text);
}

/** How a reason is marked: met (✓), not met (✗), or an open question (?) when it is not described. */
export function reasonState(reason: { met: boolean; open?: boolean }): 'met' | 'unmet' | 'open' {
  return reason.open ? 'open' : reason.met ? 'met' : 'unmet';
}

export const REASON_MARK = { met: '✓', unmet: '✗', open: '?' } as const;
export const REASON_WORDS = { met: 'Met', unmet: 'Not met', open: 'Not described' } as const;

/** The class label with a short provisional mark, for tables and cards. */
export function classMark({ label, provisional }: { label: string; provisional: boolean }): string {
  return provisional ? `${label} (provisional)` : label;
}

/**
 * The warnings listed under the scorecard. The self-description finding is not among them where a
 * format shows the term finding at the top (it would say the same thing twice).
 */
export function listedWarnings(result: ReportResult): ReportResult['warnings'] {
  return result.warnings.filter((w) => w.code !== 'self-description-unsupported');
}

/** Points earned of those possible; a dash where nothing counts (not described, or not applicable). */
export function pointsText({ earned, possible }: { earned: number; possible: number }): string {
  return possible ? `${earned}/${possible}` : '—';
}

/**
 * Whether power was shared at a stage: yes or no only where a level is known. "Not described" is
 * not "not done", so an unknown stage is "not known", one still to come "not yet".
 */
export function sharedText(stage: { level: string; shared: boolean }): string {
  if (stage.level === UNKNOWN) return 'not known';
  if (stage.level === NOT_YET) return 'not yet';
  if (stage.level === NOT_APPLICABLE) return 'n/a';
  return stage.shared ? 'yes' : 'no';
}

/** What was left out of the score as not applicable, in words; '' when nothing was. */
export function notApplicableText({ excluded }: ReportResult): string {
  const left = [...excluded.stages.map((s) => `stage ${s}`), ...excluded.indicators];
  return left.length ? `Left out as not applicable (n/a): ${left.join(', ')}` : '';
}

/** Organisation, location and year, those that are given. */
export function aboutParts(project: ProjectInfo): string[] {
  return [project.organisation, project.location, project.year].filter((v) => v !== undefined && v !== '').map(String);
}

export function labelOf(list: FrameworkOutline['classes'], id: string): string {
  return list.find((entry) => entry.id === id)?.label ?? id;
}

/** What a next step would bring: points, a class within reach, or a verdict that can be judged at all. */
export function gainText(step: NextStep, outline: FrameworkOutline): string {
  if (step.gain !== null) return `+${step.gain} points`;
  return step.towards ? `towards ${labelOf(outline.classes, step.towards)}` : 'needed to judge';
}

/** Which tool and framework produced the report, so a shared scorecard can be traced. */
export function provenance({ tool, framework }: ReportHeader): string {
  return `Scored by ${tool.name} ${tool.version} against "${framework.name}" (${framework.id} ${framework.version}, hash ${framework.hash.slice(0, 12)})`;
}

export function classCounts(
  summary: Report['summary'],
  outline: FrameworkOutline,
): { id: string; label: string; count: number }[] {
  // The scale's classes always (a zero says something); an outcome off it only when a project has it.
  return outline.classes
    .map((c) => ({ id: c.id, label: c.label, count: summary.classes[c.id] ?? 0, offScale: c.offScale }))
    .filter((c) => !c.offScale || c.count > 0)
    .map(({ id, label, count }) => ({ id, label, count }));
}

/** Lines about verdicts to treat with care: provisional ones, and ones that differ from what a file expected. */
export function verdictNotes(summary: Report['summary']): string[] {
  const notes: string[] = [];
  if (summary.provisional)
    notes.push(
      `${summary.provisional} provisional (too little described, partners not named, a stage still to come, or power-sharing not yet shown): each verdict says why`,
    );
  if (summary.unexpected) notes.push(`${summary.unexpected} differ from their expectedClass`);
  return notes;
}

/**
 * What was scored, in words. `projects`: how many rows a batch summary shows, one per project;
 * when it is fewer than the files scored, some files are assessments of the same project, and the
 * line says so rather than call every file a project.
 */
export function scoredLine(summary: Report['summary'], projects = summary.scored): string {
  const invalid = summary.invalid ? `; ${summary.invalid} could not be read` : '';
  if (projects >= summary.scored)
    return `${summary.scored} of ${summary.total} ${summary.total === 1 ? 'project' : 'projects'} scored${invalid}`;
  return `${summary.scored} assessments of ${projects} ${projects === 1 ? 'project' : 'projects'} scored${invalid}; a project assessed more than once is shown and counted (and held to any threshold) at its latest assessment`;
}

/**
 * The summary a person reads above one row per project: where some files are assessments of the
 * same project, the classes and provisional verdicts are counted over the rows (each project's
 * latest assessment), so the counts add up to the rows shown. The JSON report's summary, a
 * contract, counts files as it always has.
 */
export function summaryOfRows(
  summary: Report['summary'],
  rows: readonly { classId: string; provisional: boolean }[],
): Report['summary'] {
  if (rows.length >= summary.scored) return summary;
  const classes = Object.fromEntries(Object.keys(summary.classes).map((id) => [id, 0]));
  for (const row of rows) classes[row.classId] = (classes[row.classId] ?? 0) + 1;
  return { ...summary, classes, provisional: rows.filter((row) => row.provisional).length };
}

/** Each file that could not be scored, with its problems located as "line 3, column 11: …". */
export function problemsByFile(errors: readonly InputError[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const error of errors) {
    const where =
      error.line === undefined
        ? ''
        : `line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`}: `;
    byFile.set(error.file, [...(byFile.get(error.file) ?? []), `${where}${error.message}`]);
  }
  return byFile;
}

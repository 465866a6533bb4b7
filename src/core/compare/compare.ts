// `copro compare`, the pure part: scorecards in, grouped by project id, compared over time (one
// perspective, different dates) and side by side (different perspectives, the same period).
// A file without an id is a group of its own, with nothing to compare it with.
import { changeBetween, overallDirection } from './compare-change.js';
import { stageOffers } from './compare-offers.js';
import { MOST_AFFECTED, sideBySide } from './compare-sides.js';
import {
  COMPARISON_SCHEMA_VERSION,
  type AssessmentSummary,
  type ComparisonReport,
  type Direction,
  type ProjectComparison,
  type SideBySide,
  type TimeStep,
} from '../model/comparison.js';
import type { InputError } from '../model/input-error.js';
import { frameworkStamp, type ReportResult } from '../model/report.js';
import type { Framework, LoadedFramework } from '../model/types.js';

/** Assessments no more than this many days after the first of a period belong to that period. */
export const SAME_PERIOD_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

const dateOf = (card: ReportResult) => card.project.assessment?.date ?? null;
const perspectiveOf = (card: ReportResult) => card.project.assessment?.perspective ?? null;

function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS);
}

/** By date, undated last; then by file, so the order never depends on how the files were named on the command line. */
function byDate(a: ReportResult, b: ReportResult): number {
  const da = dateOf(a);
  const db = dateOf(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export function summarise(card: ReportResult): AssessmentSummary {
  const { classification: c, project } = card;
  return {
    file: card.file,
    name: project.name,
    date: dateOf(card),
    by: project.assessment?.by ?? null,
    perspective: perspectiveOf(card),
    class: { id: c.id, label: c.label, provisional: c.provisional, provisionalReasons: c.provisionalReasons },
    score: card.score,
    scoreShown: card.scoreShown,
    completeness: card.completeness,
    stages: card.stages.map((s) => ({
      id: s.id,
      label: s.label,
      level: s.level,
      shared: s.shared,
      ...(s.plan !== undefined ? { plan: s.plan } : {}),
    })),
    criteria: card.criteria.map((k) => ({ id: k.id, title: k.title, score: k.score })),
  };
}

/** Groups scorecards by project id, in the order each id first appears; files without an id stand alone. */
function groupByProject(cards: ReportResult[]): ReportResult[][] {
  const groups = new Map<string, ReportResult[]>();
  const order: ReportResult[][] = [];
  for (const card of cards) {
    const id = card.project.id;
    if (id === undefined) {
      order.push([card]);
      continue;
    }
    let group = groups.get(id);
    if (!group) {
      group = [];
      groups.set(id, group);
      order.push(group);
    }
    group.push(card);
  }
  return order;
}

/** Dated assessments in periods of SAME_PERIOD_DAYS from the first of each; the undated make one period of their own. */
export function periods(sorted: ReportResult[]): ReportResult[][] {
  const found: ReportResult[][] = [];
  let current: ReportResult[] = [];
  for (const card of sorted.filter((c) => dateOf(c) !== null)) {
    if (current.length > 0 && daysBetween(dateOf(current[0]!)!, dateOf(card)!) > SAME_PERIOD_DAYS) {
      found.push(current);
      current = [];
    }
    current.push(card);
  }
  if (current.length > 0) found.push(current);
  const undated = sorted.filter((c) => dateOf(c) === null);
  if (undated.length > 0) found.push(undated);
  return found;
}

/** Within a period, the latest assessment from each perspective (an earlier one is followed over time instead). */
function latestPerPerspective(period: ReportResult[]): ReportResult[] {
  const latest = new Map<string | null, ReportResult>();
  for (const card of period) latest.set(perspectiveOf(card), card);
  return [...latest.values()];
}

function overTime(framework: Framework, sorted: ReportResult[]): TimeStep[] {
  const steps: TimeStep[] = [];
  const perspectives = [...new Set(sorted.map(perspectiveOf))];
  for (const perspective of perspectives) {
    const dated = sorted.filter((c) => perspectiveOf(c) === perspective && dateOf(c) !== null);
    for (let i = 1; i < dated.length; i++)
      steps.push({ perspective, ...changeBetween(framework, dated[i - 1]!, dated[i]!) });
  }
  return steps.sort((a, b) => (a.to.date! < b.to.date! ? -1 : a.to.date! > b.to.date! ? 1 : 0));
}

function trendOf(steps: TimeStep[], latest: ReportResult): Direction | null {
  const step = steps.find((s) => s.to.file === latest.file);
  return step ? overallDirection(step) : null;
}

function notesFor(sorted: ReportResult[], steps: TimeStep[], sides: SideBySide[]): string[] {
  const notes: string[] = [];
  if (sorted[0]!.project.id === undefined)
    notes.push(
      'This file gives no project id, so it is compared with no other assessment: add the same `id:` to each assessment of a project.',
    );
  else if (sorted.length === 1) notes.push('Only one assessment of this project was found.');
  else if (steps.length === 0 && sides.length === 0)
    notes.push('These assessments cannot be compared: give each an assessment date and perspective.');
  const undated = sorted.filter((c) => dateOf(c) === null).length;
  if (undated > 0 && sorted.length > 1)
    notes.push(`${undated} of these assessments give no date, so they are not followed over time.`);
  return notes;
}

export function compareProject(framework: Framework, group: ReportResult[]): ProjectComparison {
  const sorted = [...group].sort(byDate);
  const steps = overTime(framework, sorted);
  const sides = periods(sorted)
    .map(latestPerPerspective)
    .filter((cards) => cards.length > 1)
    .map((cards) => sideBySide(framework, cards, cards.map(summarise)));
  const latest = sorted.filter((c) => dateOf(c) !== null).at(-1) ?? sorted.at(-1)!;
  const summaries = sorted.map(summarise);
  const offers = stageOffers(summaries);
  return {
    id: sorted[0]!.project.id ?? null,
    name: latest.project.name,
    assessments: summaries,
    overTime: steps,
    sideBySide: sides,
    latest: { file: latest.file, trend: trendOf(steps, latest) },
    notes: notesFor(sorted, steps, sides),
    ...(offers.length > 0 ? { offers } : {}),
  };
}

export function compareAll(framework: Framework, cards: ReportResult[]): ProjectComparison[] {
  return groupByProject(cards).map((group) => compareProject(framework, group));
}

export function buildComparison(
  tool: ComparisonReport['tool'],
  framework: LoadedFramework,
  cards: ReportResult[],
  errors: InputError[],
): ComparisonReport {
  const projects = compareAll(framework, cards);
  const invalid = new Set(errors.map((e) => e.file)).size;
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    tool,
    framework: frameworkStamp(framework),
    rules: { samePeriodDays: SAME_PERIOD_DAYS, mostAffected: [...MOST_AFFECTED] },
    summary: {
      total: cards.length + invalid,
      scored: cards.length,
      invalid,
      projects: projects.length,
      compared: projects.filter((p) => p.overTime.length > 0 || p.sideBySide.length > 0).length,
    },
    projects,
    errors,
  };
}

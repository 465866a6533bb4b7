// Assessments of one project from different perspectives in the same period, side by side: each
// verdict, each answer, the disagreements that matter most, how far they agree, and a combined
// verdict that never claims more than the people most affected support.
import { classRank } from './compare-change.js';
import type {
  Agreement,
  AssessmentSummary,
  CombinedVerdict,
  Disagreement,
  PerspectiveAnswer,
  SideBySide,
} from '../model/comparison.js';
import type { ReportResult } from '../model/report.js';
import type { Framework } from '../model/types.js';
import { NOT_APPLICABLE, UNKNOWN } from '../model/types.js';

/** The criterion whose questions are about who holds power. */
const POWER_CRITERION = 'shared-power';
/** The perspectives of the people most affected by a project. */
export const MOST_AFFECTED = ['community', 'people-using-services'];

const ANSWER_VALUE: Record<string, number> = { yes: 2, partly: 1, no: 0 };

export const perspectiveName = (perspective: string | null) => perspective ?? 'perspective not stated';

const described = (answer: string) => answer !== UNKNOWN;

/** Identical answers among those every side described, as a percentage; null when no item was described by all. */
function agreementShare(items: string[][]): { agreement: number | null; compared: number } {
  const compared = items.filter((answers) => answers.every(described));
  if (compared.length === 0) return { agreement: null, compared: 0 };
  const same = compared.filter((answers) => answers.every((a) => a === answers[0])).length;
  return { agreement: Math.round((same / compared.length) * 100), compared: compared.length };
}

function questionDisagreement(
  answers: PerspectiveAnswer[],
  indicator: { id: string; question: string; stage?: string },
  criterion: string,
): Disagreement | null {
  const values = answers.map((a) => ANSWER_VALUE[a.answer]).filter((v): v is number => v !== undefined);
  const distinct = new Set(answers.map((a) => a.answer).filter((a) => described(a)));
  if (distinct.size < 2) return null;
  // n/a against an answer: they differ on whether it applies at all.
  const gap = values.length >= 2 ? Math.max(1, Math.max(...values) - Math.min(...values)) : 1;
  const power = criterion === POWER_CRITERION || indicator.stage !== undefined;
  return {
    kind: 'indicator',
    id: indicator.id,
    text: indicator.question,
    criterion,
    power,
    gap,
    weight: gap * (power ? 2 : 1),
    answers,
  };
}

function stageDisagreements(cards: ReportResult[]): Disagreement[] {
  const found: Disagreement[] = [];
  for (const stage of cards[0]!.stages) {
    const sides = cards.map((card) => card.stages.find((s) => s.id === stage.id)!);
    const levels = new Set(sides.map((s) => s.level).filter((level) => level !== UNKNOWN));
    if (levels.size < 2) continue;
    const known = sides.filter((s) => s.level !== UNKNOWN && s.level !== NOT_APPLICABLE);
    // Shared against not shared is the widest gap there is: it is the stage test itself.
    const gap = new Set(known.map((s) => s.shared)).size > 1 ? 2 : 1;
    const answers = cards.map((card, index) => ({
      perspective: card.project.assessment?.perspective ?? null,
      file: card.file,
      answer: sides[index]!.level,
    }));
    found.push({
      kind: 'stage',
      id: stage.id,
      text: `${stage.label}: who held power at this stage`,
      criterion: null,
      power: true,
      gap,
      weight: gap * 2,
      answers,
    });
  }
  return found;
}

function byWeight(a: Disagreement, b: Disagreement): number {
  return (
    b.weight - a.weight || Number(b.power) - Number(a.power) || (a.kind === b.kind ? 0 : a.kind === 'stage' ? -1 : 1)
  );
}

function combinedVerdict(framework: Framework, cards: ReportResult[]): CombinedVerdict {
  const perspective = (card: ReportResult) => card.project.assessment?.perspective ?? null;
  const lowestRank = Math.max(...cards.map((c) => classRank(framework, c.classification.id)));
  const lowest = cards.filter((c) => classRank(framework, c.classification.id) === lowestRank);
  const cls = lowest[0]!.classification;
  const from = lowest.map(perspective);
  const affected = cards.filter((c) => MOST_AFFECTED.includes(perspective(c) ?? ''));
  const others = cards.filter((c) => !affected.includes(c));
  const mostAffectedLower =
    affected.length > 0 &&
    others.length > 0 &&
    affected.some(
      (c) =>
        classRank(framework, c.classification.id) >
        Math.min(...others.map((o) => classRank(framework, o.classification.id))),
    );
  const provisionalReasons = cards
    .filter((c) => c.classification.provisional)
    .flatMap((c) => c.classification.provisionalReasons.map((r) => `${perspectiveName(perspective(c))}: ${r}`));
  const higher = cards
    .filter((c) => !lowest.includes(c))
    .map((c) => `${perspectiveName(perspective(c))} (${c.classification.label})`);
  let reason: string;
  if (mostAffectedLower) {
    const names = affected.filter((c) => lowest.includes(c)).map((c) => perspectiveName(perspective(c)));
    reason = `The people most affected (${names.join(', ')}) see ${cls.label.toLowerCase()}, less than ${higher.join(', ')}: a combined verdict claims no more than they support.`;
  } else if (higher.length > 0) {
    reason = `The combined verdict is the lowest any perspective supports: ${from.map(perspectiveName).join(', ')} see ${cls.label.toLowerCase()}; ${higher.join(', ')} see more.`;
  } else {
    reason = `Every perspective reaches the same verdict: ${cls.label.toLowerCase()}.`;
  }
  return {
    class: { id: cls.id, label: cls.label },
    provisional: provisionalReasons.length > 0,
    provisionalReasons,
    from,
    mostAffectedLower,
    reason,
  };
}

function agreementOf(cards: ReportResult[]): Agreement {
  const criteria = cards[0]!.criteria.map((criterion, index) => {
    const items = criterion.indicators.map((_, i) =>
      cards.map((card) => card.criteria[index]!.indicators[i]?.answer ?? UNKNOWN),
    );
    return { id: criterion.id, title: criterion.title, ...agreementShare(items) };
  });
  const allQuestions = cards[0]!.criteria.flatMap((criterion, index) =>
    criterion.indicators.map((_, i) => cards.map((card) => card.criteria[index]!.indicators[i]?.answer ?? UNKNOWN)),
  );
  const stages = cards[0]!.stages.map((_, index) => cards.map((card) => card.stages[index]!.level));
  return { overall: agreementShare(allQuestions).agreement, stages: agreementShare(stages).agreement, criteria };
}

/** `cards`: one scorecard per perspective, all of one project in one period, scored by `framework`. */
export function sideBySide(framework: Framework, cards: ReportResult[], summaries: AssessmentSummary[]): SideBySide {
  const indicatorDefs = new Map(framework.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i] as const)));
  const answers: SideBySide['answers'] = [];
  const disagreements: Disagreement[] = stageDisagreements(cards);
  cards[0]!.criteria.forEach((criterion, index) => {
    criterion.indicators.forEach((indicator, i) => {
      const given = cards.map((card) => ({
        perspective: card.project.assessment?.perspective ?? null,
        file: card.file,
        answer: card.criteria[index]!.indicators[i]?.answer ?? UNKNOWN,
      }));
      answers.push({ id: indicator.id, question: indicator.question, criterion: criterion.id, answers: given });
      const found = questionDisagreement(given, indicatorDefs.get(indicator.id) ?? indicator, criterion.id);
      if (found) disagreements.push(found);
    });
  });
  const dates = summaries
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    period: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
    verdicts: summaries,
    answers,
    disagreements: disagreements.sort(byWeight),
    agreement: agreementOf(cards),
    combined: combinedVerdict(framework, cards),
  };
}

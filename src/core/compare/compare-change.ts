// What changed between two scorecards of one project: the class, the scores, the stages, the
// answers and the evidence. Used for change over time (`copro compare`) and against a baseline
// report (`copro assess --baseline`).
import type { Change, Direction } from '../model/comparison.js';
import type { ReportResult } from '../model/report.js';
import { isOffScale, scaleRank } from '../assess/class-scale.js';
import type { Framework } from '../model/types.js';
import { UNKNOWN } from '../model/types.js';

type Classes = { classes: readonly { id: string; offScale?: boolean }[] };

/**
 * Position of a class, 0 for the highest on the scale; outcomes off the scale come after every
 * class on it, so that a combined verdict never claims more than the lowest perspective supports.
 */
export function classRank(framework: Classes, id: string): number {
  const index = scaleRank(framework, id);
  return index < 0 ? framework.classes.length : index;
}

/** Up or down the scale; a move onto or off it, or between outcomes off it, is a change of kind. */
export function classDirection(framework: Classes, from: string, to: string): Direction {
  if (from === to) return 'same';
  if (isOffScale(framework, from) || isOffScale(framework, to)) return 'changed-kind';
  const before = classRank(framework, from);
  const after = classRank(framework, to);
  return after < before ? 'up' : after > before ? 'down' : 'same';
}

/** The class decides; between two of the same class, the practice score does. */
export function overallDirection(change: {
  class: Pick<Change['class'], 'direction'>;
  score: Pick<Change['score'], 'delta'>;
}): Direction {
  // A change of kind is not read as better or worse, whatever the score did.
  if (change.class.direction !== 'same') return change.class.direction;
  return change.score.delta > 0 ? 'up' : change.score.delta < 0 ? 'down' : 'same';
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const delta = (from: number | null, to: number | null) => (from === null || to === null ? null : round1(to - from));

type Card = Pick<
  ReportResult,
  'file' | 'project' | 'classification' | 'score' | 'completeness' | 'stages' | 'criteria'
>;

function evidenceAdded(before: Card, after: Card): Change['evidenceAdded'] {
  const added: Change['evidenceAdded'] = [];
  for (const stage of after.stages) {
    const earlier = before.stages.find((s) => s.id === stage.id)?.evidence;
    if (stage.evidence && stage.evidence !== earlier)
      added.push({ kind: 'stage', id: stage.id, evidence: stage.evidence });
  }
  const earlierEvidence = new Map(before.criteria.flatMap((c) => c.indicators).map((i) => [i.id, i.evidence]));
  for (const indicator of after.criteria.flatMap((c) => c.indicators)) {
    if (indicator.evidence && indicator.evidence !== earlierEvidence.get(indicator.id))
      added.push({ kind: 'indicator', id: indicator.id, evidence: indicator.evidence });
  }
  return added;
}

export function changeBetween(framework: Pick<Framework, 'classes'>, before: Card, after: Card): Change {
  const direction = classDirection(framework, before.classification.id, after.classification.id);
  const earlierAnswers = new Map(before.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.answer] as const)));
  const answers: Change['answers'] = [];
  for (const criterion of after.criteria) {
    for (const indicator of criterion.indicators) {
      const from = earlierAnswers.get(indicator.id) ?? UNKNOWN;
      if (from !== indicator.answer)
        answers.push({
          id: indicator.id,
          question: indicator.question,
          criterion: criterion.id,
          from,
          to: indicator.answer,
        });
    }
  }
  const stages: Change['stages'] = [];
  for (const stage of after.stages) {
    const earlier = before.stages.find((s) => s.id === stage.id);
    const from = earlier?.level ?? UNKNOWN;
    if (from !== stage.level)
      stages.push({
        id: stage.id,
        label: stage.label,
        from,
        to: stage.level,
        shared: { from: earlier?.shared ?? false, to: stage.shared },
      });
  }
  const scoreDelta = round1(after.score - before.score);
  return {
    from: { file: before.file, date: before.project.assessment?.date ?? null },
    to: { file: after.file, date: after.project.assessment?.date ?? null },
    class: {
      from: before.classification.id,
      to: after.classification.id,
      direction,
      provisional: { from: before.classification.provisional, to: after.classification.provisional },
    },
    score: { from: before.score, to: after.score, delta: scoreDelta },
    completeness: {
      from: before.completeness,
      to: after.completeness,
      delta: round1(after.completeness - before.completeness),
    },
    criteria: after.criteria.map((c) => {
      const from = before.criteria.find((b) => b.id === c.id)?.score ?? null;
      return { id: c.id, title: c.title, from, to: c.score, delta: delta(from, c.score) };
    }),
    stages,
    answers,
    evidenceAdded: evidenceAdded(before, after),
    stillUnknown: {
      stages: after.stages.filter((s) => s.level === UNKNOWN).map((s) => s.id),
      indicators: after.criteria
        .flatMap((c) => c.indicators)
        .filter((i) => i.answer === UNKNOWN)
        .map((i) => i.id),
    },
    regression: direction === 'down' || scoreDelta < 0,
  };
}

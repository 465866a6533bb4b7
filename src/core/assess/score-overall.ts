// The overall score, completeness, the stage profile and per-source scores.
import { levelLabel, reaches } from '../framework/levels.js';
import { round1, weightedMean } from '../shared/numbers.js';
import { stageFor } from '../project/project-entries.js';
import type { CriterionResult, SourceScore, StageResult } from '../model/result.js';
import { hasEvidence } from './score-criteria.js';
import { perFramework } from '../framework/per-framework.js';
import type { Framework, Project } from '../model/types.js';
import { NOT_APPLICABLE, NOT_YET, UNKNOWN } from '../model/types.js';

/** The practice score: the weighted mean of the criteria the project describes; null when it describes none. */
export function practiceScore(criteria: CriterionResult[]): number | null {
  const mean = weightedMean(criteria.map((c) => ({ value: c.score, weight: c.weight })));
  return mean === null ? null : round1(mean);
}

export function stageProfile(framework: Framework, project: Project): StageResult[] {
  return framework.stages.map((stage) => {
    const entry = stageFor(project, stage.id);
    const result: StageResult = {
      id: stage.id,
      label: stage.label,
      level: entry.level,
      levelLabel: levelLabel(framework, entry.level),
      shared: reaches(framework, entry.level, framework.scoring.sharedFrom),
    };
    if (hasEvidence(entry)) result.evidence = entry.evidence;
    if (entry.plan !== undefined) result.plan = entry.plan;
    return result;
  });
}

/** Share of the applicable stages and indicators that the description answers (not "unknown"), 0–100. */
export function completeness(stages: StageResult[], criteria: CriterionResult[]): number {
  // A stage not reached yet has nothing to describe so far, as one that does not apply.
  const applicableStages = stages.filter((s) => s.level !== NOT_APPLICABLE && s.level !== NOT_YET);
  const indicators = criteria.flatMap((c) => c.indicators).filter((i) => i.answer !== 'n/a');
  const total = applicableStages.length + indicators.length;
  // Everything marked n/a is everything answered: nothing is left undescribed.
  if (total === 0) return 100;
  const described =
    applicableStages.filter((s) => s.level !== UNKNOWN).length +
    indicators.filter((i) => i.answer !== 'unknown').length;
  return round1((described / total) * 100);
}

/** For each source, and each of its items, the ids of the criteria that cite it. */
interface Citations {
  id: string;
  title: string;
  criteria: string[];
  items: { id: string; name: string; criteria: string[] }[];
}

// Worked out once per framework, not once per project: a batch scores thousands against one.
const citations = perFramework((framework): Citations[] => {
  const citing = (itemIds: Set<string>) =>
    framework.criteria.filter((c) => c.sources.some((s) => itemIds.has(s))).map((c) => c.id);
  return framework.sources.map((source) => ({
    id: source.id,
    title: source.title,
    criteria: citing(new Set(source.items.map((i) => i.id))),
    items: source.items.map((item) => ({ id: item.id, name: item.name, criteria: citing(new Set([item.id])) })),
  }));
});

/**
 * How the project fares against each source document: an item's score is the weighted mean of
 * the criteria that cite it, a source's the weighted mean of those criteria taken once each.
 */
export function sourceScores(framework: Framework, criteria: CriterionResult[]): SourceScore[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const mean = (ids: string[]) => {
    const value = weightedMean(ids.map((id) => byId.get(id)!).map((c) => ({ value: c.score, weight: c.weight })));
    return value === null ? null : round1(value);
  };
  return citations(framework).map((source) => ({
    id: source.id,
    title: source.title,
    score: mean(source.criteria),
    items: source.items.map((item) => ({ id: item.id, name: item.name, score: mean(item.criteria) })),
  }));
}

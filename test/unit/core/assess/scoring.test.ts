import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { indicatorPoints, scoreCriterion } from '../../../../src/core/assess/score-criteria.js';
import { allAnswers, allStages, defaultFramework, project as bareProject } from '../../../helpers.js';
import type { Project as ProjectShape } from '../../../../src/core/model/types.js';

// Both sides named, so that each test here tests what it was written for: partners not named make
// a verdict provisional since framework 3.0.0 (tested on its own with bareProject).
const project = (parts: Partial<ProjectShape>) =>
  bareProject({ partners: ['people-using-services', 'staff'], ...parts });

const framework = await defaultFramework();
const scoring = framework.scoring;
const first = framework.criteria[0]!;

describe('indicator points', () => {
  it('gives an evidenced yes more than an unevidenced one', () => {
    const evidenced = indicatorPoints(scoring, { answer: 'yes', evidence: 'minutes of the meeting' });
    const bare = indicatorPoints(scoring, { answer: 'yes' });
    expect(evidenced.earned).toBe(scoring.points.yes);
    expect(bare.earned).toBe(scoring.unevidencedPoints.yes);
    expect(bare.earned).toBeLessThan(evidenced.earned);
    expect(indicatorPoints(scoring, { answer: 'yes', evidence: '   ' }).earned).toBe(bare.earned);
  });

  it('scores partly between yes and no, and leaves unknown out of the sums ("not described" is not "no")', () => {
    expect(indicatorPoints(scoring, { answer: 'partly', evidence: 'x' }).earned).toBe(scoring.points.partly);
    expect(indicatorPoints(scoring, { answer: 'no' })).toEqual({ earned: 0, possible: scoring.points.yes });
    expect(indicatorPoints(scoring, { answer: 'unknown' })).toEqual({ earned: 0, possible: 0 });
  });

  it('leaves n/a out of the denominator', () => {
    expect(indicatorPoints(scoring, { answer: 'n/a' })).toEqual({ earned: 0, possible: 0 });
  });
});

describe('criterion and overall scores', () => {
  it('excludes n/a indicators from a criterion score', () => {
    const [a, b] = first.indicators;
    const answers = { [a!.id]: { answer: 'yes' as const, evidence: 'e' }, [b!.id]: { answer: 'n/a' as const } };
    const rest = Object.fromEntries(first.indicators.slice(2).map((i) => [i.id, { answer: 'n/a' as const }]));
    const result = scoreCriterion(scoring, project({ answers: { ...answers, ...rest } }), first);
    expect(result.score).toBe(100);
    expect(result.possible).toBe(scoring.points.yes);
  });

  it('gives a criterion whose indicators are all n/a no score, and leaves it out of the overall score', () => {
    const answers = {
      ...allAnswers(framework, 'yes', 'e'),
      ...Object.fromEntries(first.indicators.map((i) => [i.id, { answer: 'n/a' as const }])),
    };
    const card = assessProject(framework, project({ answers }));
    expect(card.criteria[0]!.score).toBeNull();
    expect(card.score).toBe(100);
    expect(card.excluded.indicators).toEqual(first.indicators.map((i) => i.id));
  });

  it('weights criteria by their weight', () => {
    // Full marks on the first criterion, nothing on the second, the rest not described.
    const second = framework.criteria[1]!;
    const answers = {
      ...Object.fromEntries(first.indicators.map((i) => [i.id, { answer: 'yes' as const, evidence: 'e' }])),
      ...Object.fromEntries(second.indicators.map((i) => [i.id, { answer: 'no' as const }])),
    };
    const card = assessProject(framework, project({ answers }));
    expect(card.score).toBeCloseTo((100 * first.weight) / (first.weight + second.weight), 1);
  });

  it('works the practice score out over what is described, so leaving questions out never lowers it', () => {
    const all = allAnswers(framework, 'yes', 'e');
    const some = Object.fromEntries(Object.entries(all).slice(0, 10));
    expect(assessProject(framework, project({ answers: some })).score).toBe(100);
    expect(assessProject(framework, project({ answers: all })).score).toBe(100);
  });

  it('keeps "not described" apart from "not done" in completeness, criterion scores and the verdict', () => {
    const none = assessProject(
      framework,
      project({ stages: allStages(framework, 'none'), answers: allAnswers(framework, 'no') }),
    );
    const unknown = assessProject(
      framework,
      project({ stages: { design: { level: 'consult', evidence: 'a survey' } } }),
    );
    expect(none.completeness).toBe(100);
    expect(unknown.completeness).toBe(1.6);
    expect(none.criteria.every((c) => c.score === 0)).toBe(true);
    expect(unknown.criteria.every((c) => c.score === null)).toBe(true);
    expect(none.classification.provisional).toBe(false);
    expect(unknown.classification.provisional).toBe(true);
  });

  it('leaves n/a stages out of completeness and reports them', () => {
    const stages = { ...allStages(framework, 'collaborate'), evaluate: { level: 'n/a' } };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'no') }));
    expect(card.completeness).toBe(100);
    expect(card.excluded.stages).toEqual(['evaluate']);
  });

  it('scores each source from the criteria that cite it', () => {
    const card = assessProject(framework, project({ answers: allAnswers(framework, 'yes', 'e') }));
    expect(card.sources.map((s) => s.id)).toEqual(framework.sources.map((s) => s.id));
    for (const source of card.sources) {
      expect(source.score).toBe(100);
      for (const item of source.items) expect(item.score).toBe(100);
    }
  });
});

describe('next steps', () => {
  it('puts what blocks the next class first, then the biggest gains', () => {
    const stages = { ...allStages(framework, 'consult'), design: { level: 'collaborate', evidence: 'x' } };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'partly', 'e') }));
    expect(card.nextSteps[0]).toMatchObject({ kind: 'stage', towards: 'co-production', gain: null });
    expect(card.nextSteps[0]!.text).toContain('bring deliver to collaborate');
    const gains = card.nextSteps.filter((s) => s.gain !== null).map((s) => s.gain!);
    expect(gains.length).toBe(framework.scoring.nextSteps);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    // At most two steps about any one criterion.
    const perCriterion = new Map<string, number>();
    for (const s of card.nextSteps)
      if (s.criterion) perCriterion.set(s.criterion, (perCriterion.get(s.criterion) ?? 0) + 1);
    expect(Math.max(...perCriterion.values())).toBeLessThanOrEqual(2);
  });

  it('lists only the nearest way into the next class when there are alternatives', () => {
    // A consultation can reach partial co-production by sharing one stage, or by being involved
    // at two stages and scoring 60: one condition beats two, so only that route is suggested.
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'consult'), answers: allAnswers(framework, 'partly', 'e') }),
    );
    const classSteps = card.nextSteps.filter((s) => s.gain === null);
    expect(classSteps).toHaveLength(1);
    expect(classSteps[0]).toMatchObject({ kind: 'stage', towards: 'partial-co-production' });
    expect(classSteps[0]!.text).toContain('to collaborate or above');
  });

  it('never asks to raise a stage the project marks n/a', () => {
    const stages = {
      ...allStages(framework, 'consult'),
      design: { level: 'collaborate', evidence: 'x' },
      evaluate: { level: 'n/a' },
    };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'yes', 'e') }));
    const step = card.nextSteps.find((s) => s.kind === 'stage')!;
    expect(step.text).toContain('bring deliver to collaborate');
    expect(step.text).not.toContain('evaluate');
  });

  it('suggests recording evidence for unevidenced yes answers', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'delegate'), answers: allAnswers(framework, 'yes') }),
    );
    expect(card.classification.id).toBe('co-production');
    expect(card.nextSteps.every((s) => s.kind === 'evidence')).toBe(true);
    expect(card.nextSteps[0]!.text).toMatch(/^Record the evidence for/);
  });

  it('has nothing to suggest for a perfect project', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'delegate'), answers: allAnswers(framework, 'yes', 'e') }),
    );
    expect(card.nextSteps).toEqual([]);
  });
});

describe('warnings', () => {
  const codes = (card: ReturnType<typeof assessProject>) => card.warnings.map((w) => w.code);

  it('flags unevidenced claims, of answers and of shared stages', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'collaborate', ''), answers: allAnswers(framework, 'yes') }),
    );
    expect(codes(card)).toContain('unevidenced-answers');
    expect(codes(card)).toContain('unevidenced-stages');
  });

  it('flags a yes that contradicts a stage level', () => {
    const linked = framework.criteria.flatMap((c) => c.indicators).find((i) => i.stage && i.impliesLevel)!;
    const card = assessProject(
      framework,
      project({
        stages: { [linked.stage!]: { level: 'inform' } },
        answers: { [linked.id]: { answer: 'yes', evidence: 'e' } },
      }),
    );
    const warning = card.warnings.find((w) => w.code === 'contradiction')!;
    expect(warning.message).toContain(linked.id);
    expect(warning.message).toContain(`${linked.stage} is given as inform`);
  });

  it('flags a shared stage that an answer denies', () => {
    const linked = framework.criteria.flatMap((c) => c.indicators).find((i) => i.stage && i.impliesLevel)!;
    const card = assessProject(
      framework,
      project({
        stages: { [linked.stage!]: { level: 'delegate', evidence: 'e' } },
        answers: { [linked.id]: { answer: 'no' } },
      }),
    );
    expect(codes(card)).toContain('contradiction');
  });

  it('says when too little is described to judge', () => {
    expect(codes(assessProject(framework, project({})))).toContain('too-little-described');
    const full = assessProject(
      framework,
      project({ stages: allStages(framework, 'consult'), answers: allAnswers(framework, 'no') }),
    );
    expect(codes(full)).not.toContain('too-little-described');
  });

  it('says when everything is marked n/a, rather than calling it undescribed', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'n/a'), answers: allAnswers(framework, 'n/a') }),
    );
    expect(card.completeness).toBe(100);
    expect(codes(card)).toContain('nothing-applies');
    expect(codes(card)).not.toContain('too-little-described');
    expect(card.nextSteps.filter((s) => s.kind === 'stage')).toEqual([]);
  });

  it('does not say "marked n/a" of questions that are simply not answered yet', () => {
    const card = assessProject(framework, project({ stages: allStages(framework, 'consult') }));
    expect(codes(card)).not.toContain('nothing-applies');
    expect(codes(card)).toContain('too-little-described');
  });

  it('does not flag a self-description the evidence supports', () => {
    const card = assessProject(
      framework,
      project({
        describedAs: 'Co-produced',
        stages: allStages(framework, 'delegate'),
        answers: allAnswers(framework, 'yes', 'e'),
      }),
    );
    expect(codes(card)).not.toContain('self-description-unsupported');
  });
});

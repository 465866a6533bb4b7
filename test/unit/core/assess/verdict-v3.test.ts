// Framework 3.0.0's verdict rules beyond the calibration scenarios: thresholds and comparisons
// with outcomes off the scale, planning mode's wording, and what the plan lacks.
import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { classDirection } from '../../../../src/core/compare/compare-change.js';
import { stageOffers } from '../../../../src/core/compare/compare-offers.js';
import { summarise } from '../../../../src/core/compare/compare.js';
import { shortfalls } from '../../../../src/core/assess/thresholds.js';
import type { Project } from '../../../../src/core/model/types.js';
import { allAnswers, defaultFramework, project } from '../../../helpers.js';

const framework = await defaultFramework();
const both = ['people-using-services', 'staff'];
const shown = (level: string) => ({ level, evidence: 'the minutes show it' });

const halfWay = (plan: string): Project =>
  project({
    partners: both,
    stages: {
      define: shown('collaborate'),
      design: shown('collaborate'),
      decide: shown('collaborate'),
      deliver: { level: 'not-yet', plan },
      evaluate: { level: 'not-yet', plan },
    },
    answers: allAnswers(framework, 'yes', 'e'),
  });

describe('thresholds and outcomes off the scale', () => {
  const result = (id: string, provisional = false) => ({
    file: 'f.yaml',
    score: 80,
    classification: { id, label: framework.classes.find((c) => c.id === id)!.label, provisional },
  });

  it('fails any --fail-under above consultation, and passes --fail-under consultation', () => {
    for (const id of ['not-yet-assessable', 'community-led-action']) {
      expect(shortfalls(framework, { failUnder: 'partial-co-production' }, [result(id)])[0]!.message).toMatch(
        /off the co-production scale, so not partial co-production/,
      );
      expect(shortfalls(framework, { failUnder: 'co-production' }, [result(id)])).toHaveLength(1);
      expect(shortfalls(framework, { failUnder: 'consultation' }, [result(id)])).toEqual([]);
    }
  });

  it('calls a move onto or off the scale a change of kind, not up or down', () => {
    expect(classDirection(framework, 'not-yet-assessable', 'co-production')).toBe('changed-kind');
    expect(classDirection(framework, 'partial-co-production', 'community-led-action')).toBe('changed-kind');
    expect(classDirection(framework, 'consultation', 'partial-co-production')).toBe('up');
    expect(classDirection(framework, 'community-led-action', 'community-led-action')).toBe('same');
  });
});

describe('planning mode', () => {
  it('says how far the project has come and what it is on course for', () => {
    const card = assessProject(framework, halfWay('collaborate'));
    expect(card.classification).toMatchObject({
      id: 'partial-co-production',
      provisional: true,
      onCourseFor: 'co-production',
      onCourseText:
        'Partial co-production so far — on course for co-production if delivery and evaluation are shared as planned',
    });
    expect(card.classification.provisionalReasons).toContain(
      'deliver and evaluate have not started yet: the verdict is on what has happened so far',
    );
    // Next steps speak of what to set up before the stage starts, not of evidence for it.
    expect(
      card.nextSteps.some((s) => s.text.startsWith('Before delivery starts, set up how people will share power')),
    ).toBe(true);
    expect(card.nextSteps.some((s) => /Record the evidence for deliver/.test(s.text))).toBe(false);
  });

  it('names delivery in what a plan lacks', () => {
    const card = assessProject(framework, halfWay('consult'));
    expect(card.classification.onCourseFor).toBe('partial-co-production');
    expect(card.nextSteps[0]!.text).toMatch(
      /^Your plan shares power in .* but not in delivery: that is co-design — to be co-production, plan how people will share in running it or judging it/,
    );
  });

  it('says a plan that would not change the class as such, and what a plan sharing no stage lacks, in one plain sentence', () => {
    // Design shared, delivery not: partial co-production, and a plan for a consulted evaluation keeps it there.
    const same = assessProject(
      framework,
      project({
        partners: both,
        stages: {
          define: shown('consult'),
          design: shown('collaborate'),
          decide: shown('consult'),
          deliver: shown('none'),
          evaluate: { level: 'not-yet', plan: 'consult' },
        },
        answers: allAnswers(framework, 'yes', 'e'),
      }),
    );
    expect(same.classification).toMatchObject({ id: 'partial-co-production', onCourseFor: 'partial-co-production' });
    expect(same.classification.onCourseText).toBe(
      'Partial co-production so far — and still partial co-production if evaluation goes as planned',
    );
    // Nothing shared and a plan to consult: the next step does not set "no stage" against the stages missing.
    const none = assessProject(
      framework,
      project({
        partners: both,
        stages: {
          define: shown('consult'),
          design: shown('consult'),
          decide: shown('consult'),
          deliver: shown('none'),
          evaluate: { level: 'not-yet', plan: 'consult' },
        },
      }),
    );
    const step = none.nextSteps.find((s) => s.text.startsWith('Your plan'));
    expect(step?.text).toMatch(
      /^Your plan shares power at no stage: that is consultation — to be partial co-production, plan how people will share in /,
    );
    expect(step?.text).not.toContain('but not in');
  });

  it('gives no onCourseFor when no stage has a plan, and does not count a stage not started as undescribed', () => {
    const card = assessProject(
      framework,
      project({ partners: both, stages: { design: shown('collaborate'), deliver: { level: 'not-yet' } } }),
    );
    expect(card.classification.onCourseFor).toBeUndefined();
    expect(card.stages.find((s) => s.id === 'deliver')!.levelLabel).toBe('not started yet');
  });

  it('gives each stage’s offer and what happened, from the latest plan and the latest record', () => {
    const plan = assessProject(framework, halfWay('collaborate'));
    const later = assessProject(framework, {
      ...halfWay('collaborate'),
      stages: { ...halfWay('collaborate').stages, deliver: shown('consult') },
    });
    const offers = stageOffers([plan, later].map((c) => summarise({ ...c, file: 'f.yaml' })));
    expect(offers.map((o) => o.text)).toEqual([
      'deliver: offered collaborate, happened consult',
      'evaluate: offered collaborate, not happened yet',
    ]);
  });
});

describe('display', () => {
  it('keeps the number in JSON and says whether the human formats show it', () => {
    const thin = assessProject(
      framework,
      project({
        partners: both,
        stages: { design: shown('collaborate') },
        answers: { 'support.accessible': { answer: 'yes', evidence: 'a ramp' } },
      }),
    );
    expect(thin.completeness).toBeLessThan(25);
    expect(thin).toMatchObject({ score: 100, scoreShown: false });
    const full = assessProject(framework, halfWay('collaborate'));
    expect(full.scoreShown).toBe(true);
  });
});

describe('a near miss reads whole', () => {
  it('names what a failed route has as well as what it lacks: evaluation shared, delivery not involved', () => {
    const result = assessProject(
      framework,
      project({
        partners: both,
        stages: {
          design: shown('collaborate'),
          deliver: shown('inform'),
          evaluate: shown('collaborate'),
        },
      }),
    );
    const carrying = result.classification.reasons.find((r) => r.requirement === 'carrying-through-shared')!;
    expect(carrying.met).toBe(false);
    expect(carrying.text).toContain(
      'people shared power in judging how it went, and were at least involved in delivering it, with evidence — evaluate: collaborate, but not people were involved (or more) in delivering it, with evidence — deliver: inform',
    );
    expect(carrying.text).toContain('people shared power in delivering it, with evidence — deliver: inform');
  });
});

describe('a score the header withholds', () => {
  it('is not quoted bare in a reason: the reason says how little it stands on', () => {
    const first = framework.criteria[0]!.indicators[0]!;
    const result = assessProject(
      framework,
      project({
        partners: both,
        stages: { design: shown('collaborate'), deliver: shown('collaborate') },
        answers: { [first.id]: { answer: 'yes', evidence: 'the minutes show it' } },
      }),
    );
    expect(result.scoreShown).toBe(false);
    const practice = result.classification.reasons.find((r) => r.requirement === 'good-practice')!;
    expect(practice.text).toMatch(
      new RegExp(`practice score ${result.score} over only ${result.completeness}% described, too little to show it`),
    );
  });
});

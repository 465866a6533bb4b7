import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { allAnswers, allStages, defaultFramework, project as bareProject } from '../../../helpers.js';
import type { Project as ProjectShape } from '../../../../src/core/model/types.js';

// Both sides named, so that each test here tests what it was written for: partners not named make
// a verdict provisional since framework 3.0.0 (tested on its own with bareProject).
const project = (parts: Partial<ProjectShape>) =>
  bareProject({ partners: ['people-using-services', 'staff'], ...parts });

const framework = await defaultFramework();

describe('classification', () => {
  it('calls every stage at collaborate or delegate, every answer yes with evidence, co-production', () => {
    for (const level of ['collaborate', 'delegate']) {
      const card = assessProject(
        framework,
        project({ stages: allStages(framework, level), answers: allAnswers(framework, 'yes', 'minutes') }),
      );
      expect(card.classification.id).toBe('co-production');
      expect(card.score).toBe(100);
      expect(card.classification.reasons.filter((r) => r.class === 'co-production').every((r) => r.met)).toBe(true);
    }
  });

  it('calls every stage at consult with every answer no consultation', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'consult'), answers: allAnswers(framework, 'no') }),
    );
    expect(card.classification.id).toBe('consultation');
    expect(card.score).toBe(0);
    expect(card.completeness).toBe(100);
  });

  it('calls design at collaborate with the other stages at consult partial co-production, naming the stages that fall short', () => {
    const stages = {
      ...allStages(framework, 'consult'),
      design: { level: 'collaborate', evidence: 'residents co-wrote the plan' },
    };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'yes', 'notes') }));
    expect(card.classification.id).toBe('partial-co-production');
    const missed = card.classification.reasons.find((r) => r.class === 'co-production' && !r.met)!;
    expect(missed.requirement).toBe('carrying-through-shared');
    expect(missed.text).toContain('deliver: consult');
    expect(missed.text).toContain('evaluate: consult');
    const met = card.classification.reasons.find((r) => r.requirement === 'planning-shared')!;
    expect(met.met).toBe(true);
    expect(met.text).toContain('design: collaborate');
  });

  it('never lifts a project with every stage at consult into co-production, however it answers', () => {
    for (const answer of ['yes', 'partly', 'no', 'unknown'] as const) {
      const card = assessProject(
        framework,
        project({
          describedAs: 'co-production',
          stages: allStages(framework, 'consult'),
          answers: allAnswers(framework, answer, 'evidence'),
        }),
      );
      expect(card.classification.id).not.toBe('co-production');
      // "unknown" answers leave nothing described but stage levels: the claim is still checked.
      const warning = card.warnings.find((w) => w.code === 'self-description-unsupported');
      expect(warning?.message).toMatch(/^Calls itself co-production, but the evidence shows consultation/);
    }
  });

  it('keeps consultation with perfect answers at consultation (no stage shared, nobody involved)', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'consult'), answers: allAnswers(framework, 'yes', 'e') }),
    );
    expect(card.classification.id).toBe('consultation');
    expect(card.score).toBe(100);
  });

  it('recognises strong practice short of sharing power as partial co-production', () => {
    const involve = { level: 'involve', evidence: 'workshops changed the options' };
    const stages = { ...allStages(framework, 'consult'), define: involve, design: involve };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'yes', 'e') }));
    expect(card.classification.id).toBe('partial-co-production');
    expect(card.classification.reasons.find((r) => r.class === 'partial-co-production')!.text).toMatch(/involved/);
  });

  it('counts involvement only where it is shown: unevidenced, it is a claim that makes the verdict provisional', () => {
    const stages = { ...allStages(framework, 'consult'), define: { level: 'involve' }, design: { level: 'involve' } };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'yes', 'e') }));
    expect(card.classification).toMatchObject({ id: 'consultation', provisional: true });
    expect(card.classification.provisionalReasons.join()).toMatch(
      /claimed with no evidence at define \(involve\) and design \(involve\).*partial co-production/,
    );
  });

  it('does not call shared power with poor practice co-production, nor partial below the practice floor', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'collaborate'), answers: allAnswers(framework, 'no') }),
    );
    expect(card.classification.id).toBe('consultation');
    expect(card.classification.reasons.find((r) => r.requirement === 'good-practice')!.met).toBe(false);
    expect(card.classification.reasons.find((r) => r.requirement === 'some-sharing')!.text).toContain(
      'practice score 0',
    );
  });

  it('never calls a decision handed over consultation: partial, with the weak practice named first', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'delegate'), answers: allAnswers(framework, 'no') }),
    );
    expect(card.classification.id).toBe('partial-co-production');
    expect(card.warnings[0]!.code).toBe('weak-practice');
    expect(card.nextSteps[0]!.text).toMatch(/^Strengthen the practice around the decision that was handed over/);
  });

  it('treats unknown stages as not shared, says so, and calls the verdict provisional', () => {
    const card = assessProject(
      framework,
      project({
        stages: { design: { level: 'collaborate', evidence: 'x' } },
        answers: allAnswers(framework, 'yes', 'e'),
      }),
    );
    expect(card.classification.id).toBe('partial-co-production');
    expect(card.classification.reasons.find((r) => r.requirement === 'carrying-through-shared')!.text).toContain(
      'deliver: unknown',
    );
    expect(card.classification.provisional).toBe(true);
    expect(card.classification.provisionalReasons.join()).toContain('no stage of carrying it through is described');
  });

  it('gives no class from nothing: a blank file is not yet assessable, never provisional', () => {
    const card = assessProject(framework, project({}));
    expect(card.classification).toMatchObject({ id: 'not-yet-assessable', provisional: false });
    expect(card.classification.reasons.map((r) => r.class)).toEqual(['not-yet-assessable']);
  });

  it('gives a reason for the fallback class', () => {
    const card = assessProject(framework, project({ stages: allStages(framework, 'consult') }));
    expect(card.classification.id).toBe('consultation');
    expect(card.classification.provisional).toBe(true);
    expect(card.classification.reasons.at(-1)).toMatchObject({ class: 'consultation', requirement: null, met: true });
  });
});

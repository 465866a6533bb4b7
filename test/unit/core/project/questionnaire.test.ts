// The one questionnaire model: the same words for the same answers wherever they are asked.
import { describe, expect, it } from 'vitest';
import {
  answerChoices,
  missingDetails,
  NOT_SURE,
  planChoices,
  stageChoices,
} from '../../../../src/core/project/questionnaire.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const stage = framework.stages[0]!;
const indicator = framework.criteria[0]!.indicators[0]!;

describe('the questionnaire model', () => {
  it("offers each level, then not started yet, not sure and doesn't apply, for a stage", () => {
    const choices = stageChoices(framework, stage);
    expect(choices.map((c) => c.value)).toEqual([...framework.levels.map((l) => l.id), 'not-yet', 'unknown', 'n/a']);
    expect(choices.map((c) => c.label).slice(-3)).toEqual(['Not started yet', NOT_SURE.label, "Doesn't apply"]);
    // Each level is explained by this stage's test for it where the framework gives one.
    const test = stage.tests?.collaborate;
    if (test) expect(choices.find((c) => c.value === 'collaborate')!.hint).toContain(test);
  });

  it('words "not sure" and "doesn\'t apply" alike for a stage and a question', () => {
    const answers = answerChoices(indicator);
    expect(answers.map((c) => c.value)).toEqual(['yes', 'partly', 'no', 'unknown', 'n/a']);
    const stageWords = stageChoices(framework, stage).filter((c) => c.value === 'unknown' || c.value === 'n/a');
    expect(answers.slice(-2).map((c) => c.label)).toEqual(stageWords.map((c) => c.label));
  });

  it("offers each level as the Handbook's offer when a plan is made", () => {
    const plans = planChoices(framework);
    expect(plans.map((c) => c.value)).toEqual([...framework.levels.map((l) => l.id), 'unknown']);
    expect(plans.find((c) => c.value === 'delegate')!.hint).toBe('We will carry out what you decide.');
  });

  it('lets a stage of a whole plan not apply, in the same words as a stage of a record', () => {
    const plans = planChoices(framework, { orNotApplicable: true });
    expect(plans.map((c) => c.value)).toEqual([...framework.levels.map((l) => l.id), 'unknown', 'n/a']);
    const notApplicable = plans.at(-1)!;
    expect(notApplicable.label).toBe(stageChoices(framework, stage).find((c) => c.value === 'n/a')!.label);
    expect(notApplicable.hint).toContain('The project will have no such stage.');
  });

  it('finds the details a review asks for that a draft leaves out', () => {
    const placeholder = (name: string) => name.startsWith('Draft from ');
    expect(missingDetails({ name: 'Draft from email.txt', year: 2024 }, placeholder)).toEqual([
      'name',
      'organisation',
      'location',
    ]);
    expect(
      missingDetails({ name: 'Respite hub', organisation: 'Parents', location: 'Fife', year: '2023' }, placeholder),
    ).toEqual([]);
  });
});

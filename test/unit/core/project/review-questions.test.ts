// Which open questions a review asks: those whose answer would most change the verdict.
import { describe, expect, it } from 'vitest';
import {
  onCourseWords,
  questionsThatMatter,
  unansweredQuestions,
  verdictOf,
} from '../../../../src/core/project/review-questions.js';
import type { Project } from '../../../../src/core/model/types.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const shared = (evidence: string) => ({ level: 'collaborate', evidence });

/** Planning shared with evidence, carrying it through not described: partial co-production. */
const halfDescribed: Project = {
  name: 'Half described',
  stages: {
    define: shared('Residents set the aims'),
    design: shared('Residents drew it up'),
    decide: shared('Joint vote'),
  },
  answers: {},
};

describe('the open questions a review asks', () => {
  it('lists the stages and questions still unknown, leaving out what is only suggested', () => {
    const project: Project = {
      ...halfDescribed,
      stages: { ...halfDescribed.stages, deliver: { level: 'consult', evidence: 'x', suggested: true } },
    };
    const open = unansweredQuestions(framework, project);
    expect(open.filter((q) => q.section === 'stages').map((q) => q.id)).toEqual(['evaluate']);
  });

  it('puts first the questions that could change the class, and never one that could change nothing', () => {
    const open = questionsThatMatter(framework, halfDescribed, 5);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThanOrEqual(5);
    // Sharing delivery or evaluation is what co-production needs beyond planning: a stage comes first.
    expect(open[0]).toMatchObject({ section: 'stages' });
    expect(['deliver', 'evaluate']).toContain(open[0]!.id);
    const now = verdictOf(framework, halfDescribed);
    const withDeliver = verdictOf(framework, {
      ...halfDescribed,
      stages: { ...halfDescribed.stages, [open[0]!.id]: shared('Residents ran it with staff') },
    });
    expect(withDeliver.classId).not.toBe(now.classId);
  });

  it('asks nothing when told there is no room, and never a question already asked', () => {
    expect(questionsThatMatter(framework, halfDescribed, 0)).toEqual([]);
    const asked = new Set(['deliver', 'evaluate']);
    const open = questionsThatMatter(framework, halfDescribed, 5, asked);
    expect(open.some((q) => asked.has(q.id))).toBe(false);
  });

  it('says which class a plan is on course for, whichever way the verdict gives it, and nothing when it gives none', () => {
    const base = { id: 'consultation', label: 'x', provisional: false, provisionalReasons: [], reasons: [] };
    const coProduction = framework.classes[0]!;
    expect(onCourseWords(framework, base)).toBeUndefined();
    expect(onCourseWords(framework, { ...base, onCourseFor: coProduction.id } as typeof base)).toBe(coProduction.label);
    expect(onCourseWords(framework, { ...base, onCourseFor: { id: coProduction.id } } as typeof base)).toBe(
      coProduction.label,
    );
  });
});

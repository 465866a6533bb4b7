import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../src/core/project/project-rules.js';
import { closest } from '../../../../src/core/shared/did-you-mean.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const indicator = framework.criteria[0]!.indicators[0]!.id;

describe('project rules', () => {
  it('accepts the short and long forms and normalises them', () => {
    const { project, problems } = checkProject(framework, {
      name: 'P',
      stages: {
        design: 'collaborate',
        decide: { level: 'delegate', evidence: 'vote' },
        evaluate: 'n/a',
        define: 'unknown',
      },
      answers: {
        [indicator]: 'yes',
        [framework.criteria[1]!.indicators[0]!.id]: { answer: 'partly', evidence: 'notes' },
      },
    });
    expect(problems).toEqual([]);
    expect(project!.stages.design).toEqual({ level: 'collaborate' });
    expect(project!.stages.decide).toEqual({ level: 'delegate', evidence: 'vote' });
    expect(project!.answers[indicator]).toEqual({ answer: 'yes' });
  });

  it('reports unknown stages, levels and indicators, each with a suggestion, all at once', () => {
    const { project, problems } = checkProject(framework, {
      name: 'P',
      stages: { deliverr: 'consult', design: 'colaborate' },
      answers: { [`${indicator}x`]: 'yes' },
    });
    expect(project).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual([
      '"deliverr" is not a stage: use define, design, decide, deliver or evaluate — did you mean "deliver"?',
      '"colaborate" is not a level: use one of none, inform, consult, involve, collaborate, delegate, unknown, n/a or not-yet — did you mean "collaborate"?',
      expect.stringContaining(`did you mean "${indicator}"?`),
    ]);
    expect(problems[0]).toMatchObject({ path: ['stages', 'deliverr'], at: 'key' });
  });

  it('lists the allowed levels when nothing is close', () => {
    const { problems } = checkProject(framework, { name: 'P', stages: { design: 'sometimes' } });
    expect(problems[0]!.message).toContain(
      'none, inform, consult, involve, collaborate, delegate, unknown, n/a or not-yet',
    );
  });

  it('skips entries of the wrong shape (the schema reports those) without throwing', () => {
    const raw = { name: 'P', stages: { design: 42, decide: ['x'] }, answers: 'nonsense' } as never;
    expect(() => checkProject(framework, raw)).not.toThrow();
  });
});

describe('did you mean', () => {
  it('suggests close words only', () => {
    expect(closest('colaborate', ['collaborate', 'consult'])).toBe('collaborate');
    expect(closest('banana', ['collaborate', 'consult'])).toBeUndefined();
  });
});

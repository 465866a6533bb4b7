// The pure comparison: grouping by id, periods, change over time, side by side, the combined verdict.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { changeBetween } from '../../../../src/core/compare/compare-change.js';
import { compareAll, periods, SAME_PERIOD_DAYS } from '../../../../src/core/compare/compare.js';
import type { ReportResult } from '../../../../src/core/model/report.js';
import type { Project } from '../../../../src/core/model/types.js';
import { loadProjectFile } from '../../../../src/io/load-project.js';
import { defaultFramework, EXAMPLES, project } from '../../../helpers.js';

const framework = await defaultFramework();
const loaded = await loadProjectFile(framework, join(EXAMPLES, 'leith-decides.yaml'));
if (!loaded.ok) throw new Error('leith-decides.yaml did not load');
// The example is itself an assessment of Leith (it has an id): each test gives its own.
const { id: _id, assessment: _assessment, ...leith } = loaded.project;

function card(file: string, parts: Partial<Project>): ReportResult {
  return { file, ...assessProject(framework, { ...leith, ...parts }) };
}
const assessment = (date: string | undefined, perspective: string) => ({ ...(date ? { date } : {}), perspective });

// Staff see Leith as documented; residents say the vote was not binding, and that staff ran and reviewed it.
const residentsDoubt: Partial<Project> = {
  stages: {
    ...leith.stages,
    decide: { level: 'consult', evidence: 'Councillors could overrule the vote.' },
    deliver: { level: 'consult', evidence: 'Council staff ran the events.' },
    evaluate: { level: 'consult', evidence: 'Staff wrote the review.' },
  },
  answers: {
    ...leith.answers,
    'shared-power.binding-decision': { answer: 'no', evidence: 'Councillors could overrule the vote.' },
  },
};

describe('grouping', () => {
  it('leaves a file without an id alone, with its verdict and a note saying why', () => {
    const one = card('a.yaml', {});
    const [result, ...rest] = compareAll(framework, [one, card('b.yaml', {})]);
    expect(rest).toHaveLength(1);
    expect(result!.id).toBeNull();
    expect(result!.assessments).toHaveLength(1);
    expect(result!.assessments[0]!.class.id).toBe(one.classification.id);
    expect(result!.overTime).toEqual([]);
    expect(result!.sideBySide).toEqual([]);
    expect(result!.notes[0]).toMatch(/no project id/);
  });

  it('groups files by id and orders each group by date, undated last', () => {
    const cards = [
      card('late.yaml', { id: 'leith', assessment: assessment('2026-05-01', 'staff') }),
      card('other.yaml', { id: 'other' }),
      card('undated.yaml', { id: 'leith', assessment: assessment(undefined, 'staff') }),
      card('early.yaml', { id: 'leith', assessment: assessment('2025-05-01', 'staff') }),
    ];
    const [leithGroup, other] = compareAll(framework, cards);
    expect(leithGroup!.assessments.map((a) => a.file)).toEqual(['early.yaml', 'late.yaml', 'undated.yaml']);
    expect(leithGroup!.notes.join(' ')).toMatch(/1 of these assessments give no date/);
    expect(other!.id).toBe('other');
    expect(other!.notes).toEqual(['Only one assessment of this project was found.']);
  });

  it(`puts dates up to ${SAME_PERIOD_DAYS} days after a period's first into that period`, () => {
    const at = (date: string) => card(`${date}.yaml`, { id: 'x', assessment: assessment(date, 'staff') });
    const found = periods([at('2026-01-01'), at('2026-04-01'), at('2026-04-02'), at('2026-06-01')]);
    expect(found.map((p) => p.map((c) => c.file))).toEqual([
      ['2026-01-01.yaml', '2026-04-01.yaml'],
      ['2026-04-02.yaml', '2026-06-01.yaml'],
    ]);
  });
});

describe('over time', () => {
  const before = card('2025.yaml', { id: 'leith', assessment: assessment('2025-05-01', 'staff'), ...residentsDoubt });
  const after = card('2026.yaml', { id: 'leith', assessment: assessment('2026-05-01', 'staff') });
  const [result] = compareAll(framework, [after, before]);

  it('gives the class then and now, the score change and the stages that moved', () => {
    expect(result!.overTime).toHaveLength(1);
    const step = result!.overTime[0]!;
    expect(step.perspective).toBe('staff');
    expect(step.from.file).toBe('2025.yaml');
    expect(step.class).toMatchObject({ from: before.classification.id, to: 'co-production', direction: 'up' });
    expect(step.score.delta).toBe(Math.round((after.score - before.score) * 10) / 10);
    expect(step.stages.map((s) => [s.id, s.from, s.to, s.shared.to])).toEqual([
      ['decide', 'consult', 'delegate', true],
      ['deliver', 'consult', 'collaborate', true],
      ['evaluate', 'consult', 'collaborate', true],
    ]);
    expect(step.regression).toBe(false);
    expect(result!.latest).toEqual({ file: '2026.yaml', trend: 'up' });
  });

  it('lists answers that changed, evidence added, and what is still unknown', () => {
    const step = result!.overTime[0]!;
    expect(step.answers).toEqual([
      expect.objectContaining({
        id: 'shared-power.binding-decision',
        from: 'no',
        to: 'yes',
        criterion: 'shared-power',
      }),
    ]);
    expect(step.evidenceAdded.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'stage:decide',
      'stage:deliver',
      'stage:evaluate',
      'indicator:shared-power.binding-decision',
    ]);
    expect(step.stillUnknown.indicators).toContain('shared-power.independent-facilitation');
    expect(step.stillUnknown.stages).toEqual([]);
    const powerScore = step.criteria.find((c) => c.id === 'shared-power')!;
    expect(powerScore.delta).toBeGreaterThan(0);
  });

  it('calls a lower class or score a regression', () => {
    const back = changeBetween(framework, after, before);
    expect(back.class.direction).toBe('down');
    expect(back.regression).toBe(true);
    const same = changeBetween(framework, after, after);
    expect(same.regression).toBe(false);
    expect(same.answers).toEqual([]);
    expect(same.evidenceAdded).toEqual([]);
  });

  it('follows each perspective on its own', () => {
    const community = card('c.yaml', { id: 'leith', assessment: assessment('2026-05-02', 'community') });
    const [both] = compareAll(framework, [before, after, community]);
    expect(both!.overTime.map((s) => s.perspective)).toEqual(['staff']);
  });
});

describe('side by side', () => {
  const staff = card('staff.yaml', { id: 'leith', assessment: assessment('2026-05-01', 'staff') });
  const residents = card('residents.yaml', {
    id: 'leith',
    assessment: assessment('2026-06-15', 'community'),
    ...residentsDoubt,
  });
  const [result] = compareAll(framework, [staff, residents]);
  const side = result!.sideBySide[0]!;

  it('puts assessments from different perspectives in one period side by side', () => {
    expect(result!.sideBySide).toHaveLength(1);
    expect(side.period).toEqual({ from: '2026-05-01', to: '2026-06-15' });
    expect(side.verdicts.map((v) => [v.perspective, v.class.id])).toEqual([
      ['staff', 'co-production'],
      ['community', residents.classification.id],
    ]);
    expect(residents.classification.id).not.toBe('co-production');
    expect(result!.overTime).toEqual([]);
  });

  it('ranks disagreements on who holds power first: shared against not shared, yes against no', () => {
    const top = side.disagreements.map((d) => `${d.kind}:${d.id}:${d.weight}`);
    expect(top).toEqual([
      'stage:decide:4',
      'stage:deliver:4',
      'stage:evaluate:4',
      'indicator:shared-power.binding-decision:4',
    ]);
    expect(side.disagreements[3]!.answers.map((a) => [a.perspective, a.answer])).toEqual([
      ['staff', 'yes'],
      ['community', 'no'],
    ]);
  });

  it('gives every question with each perspective’s answer', () => {
    const total = framework.criteria.reduce((n, c) => n + c.indicators.length, 0);
    expect(side.answers).toHaveLength(total);
    expect(side.answers.find((a) => a.id === 'support.paid-for-time')!.answers.map((a) => a.answer)).toEqual([
      'no',
      'no',
    ]);
  });

  it('measures agreement over what both described', () => {
    const described = side.answers.filter((a) => a.answers.every((x) => x.answer !== 'unknown')).length;
    expect(side.agreement.overall).toBe(Math.round(((described - 1) / described) * 100));
    expect(side.agreement.stages).toBe(40);
    const power = side.agreement.criteria.find((c) => c.id === 'shared-power')!;
    expect(power).toMatchObject({ agreement: 75, compared: 4 });
    const capacity = side.agreement.criteria.find((c) => c.id === 'capacity')!;
    expect(capacity).toMatchObject({ agreement: null, compared: 0 });
  });

  it('combines as the people most affected see it when they support less than staff, and says so', () => {
    expect(side.combined.class.id).toBe(residents.classification.id);
    expect(side.combined.from).toEqual(['community']);
    expect(side.combined.mostAffectedLower).toBe(true);
    expect(side.combined.reason).toMatch(/most affected \(community\)/);
    expect(side.combined.reason).toMatch(/staff \(Co-production\)/);
  });

  it('calls a combined verdict provisional when any perspective’s is', () => {
    const thin = card('thin.yaml', {
      id: 'leith',
      assessment: assessment('2026-05-03', 'people-using-services'),
      stages: { design: { level: 'collaborate', evidence: 'a joint group' } },
      answers: {},
    });
    expect(thin.classification.provisional).toBe(true);
    const [three] = compareAll(framework, [staff, thin]);
    const combined = three!.sideBySide[0]!.combined;
    expect(combined.provisional).toBe(true);
    expect(combined.provisionalReasons[0]).toMatch(/^people-using-services: /);
  });

  it('agrees fully with itself', () => {
    const copy = card('partner.yaml', { id: 'leith', assessment: assessment('2026-05-02', 'partner') });
    const [same] = compareAll(framework, [staff, copy]);
    const s = same!.sideBySide[0]!;
    expect(s.disagreements).toEqual([]);
    expect(s.agreement.overall).toBe(100);
    expect(s.combined.reason).toMatch(/Every perspective reaches the same verdict/);
    expect(s.combined.mostAffectedLower).toBe(false);
  });

  it('compares the latest from each perspective in a period, and follows the earlier over time', () => {
    const staffAgain = card('staff-2.yaml', {
      id: 'leith',
      assessment: assessment('2026-06-20', 'staff'),
      ...residentsDoubt,
    });
    const [mixed] = compareAll(framework, [staff, residents, staffAgain]);
    expect(mixed!.sideBySide[0]!.verdicts.map((v) => v.file)).toEqual(['staff-2.yaml', 'residents.yaml']);
    expect(mixed!.overTime.map((s) => `${s.from.file}>${s.to.file}`)).toEqual(['staff.yaml>staff-2.yaml']);
    expect(mixed!.latest).toEqual({ file: 'staff-2.yaml', trend: 'down' });
  });

  it('never compares an unnamed project', () => {
    expect(compareAll(framework, [card('x.yaml', project({}))])[0]!.id).toBeNull();
  });
});

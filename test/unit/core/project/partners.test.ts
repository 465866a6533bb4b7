import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { checkProject } from '../../../../src/core/project/project-rules.js';
import { kindsNamedIn, resolvePartners } from '../../../../src/core/project/partners.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();

describe('partners in people’s words', () => {
  it('places free text on a side through the framework’s actor words', () => {
    const placed = resolvePartners(framework, [
      'people who use the bus service',
      'residents',
      'council officers',
      'disabled people',
      'Welsh Government ministers and officials',
      'the local health visitor lead',
      'community-members',
    ]);
    expect(placed.map((p) => p.side)).toEqual([
      'community',
      'community',
      'service',
      'community',
      'service',
      'service',
      'community',
    ]);
    expect(placed[2]).toEqual({ name: 'council officers', kind: 'staff', side: 'service' });
    expect(placed[6]).toEqual({ name: 'community-members', kind: 'community-members', side: 'community' });
  });

  it('places the words people use for the service side, the community side and their plurals', () => {
    const placed = resolvePartners(framework, [
      'psychiatrists',
      'MSPs',
      'the health and social care trust',
      'the library service',
      'local communities',
      'local groups',
      '106 people picked at random',
      'classmates',
    ]);
    expect(placed.map((p) => p.side)).toEqual([
      'service',
      'service',
      'service',
      'service',
      'community',
      'community',
      'community',
      'community',
    ]);
    expect(placed[4]).toMatchObject({ kind: 'community-members' });
  });

  it('keeps what it cannot place, on neither side', () => {
    expect(resolvePartners(framework, ['Sustrans Scotland'])).toEqual([{ name: 'Sustrans Scotland' }]);
    // Both sides in one entry: which one the file means is for a person to say.
    expect(resolvePartners(framework, ['parents and council staff'])).toEqual([{ name: 'parents and council staff' }]);
  });

  it('takes a side written in the file over the side of the kind', () => {
    const [staff] = resolvePartners(framework, [{ name: 'Our own staff', kind: 'staff', side: 'community' }]);
    expect(staff).toEqual({ name: 'Our own staff', kind: 'staff', side: 'community' });
    const [sustrans] = resolvePartners(framework, [{ name: 'Sustrans Scotland', side: 'service' }]);
    expect(sustrans).toEqual({ name: 'Sustrans Scotland', side: 'service' });
  });

  it('finds the longest words first and each only once', () => {
    expect(kindsNamedIn(framework, 'health visitors').map((k) => k.id)).toEqual(['professionals']);
    expect(kindsNamedIn(framework, 'young people and their parents').map((k) => k.id)).toEqual([
      'people-using-services',
      'carers-and-families',
    ]);
    expect(kindsNamedIn(framework, 'nobody in particular')).toEqual([]);
  });

  it('never refuses a file for a partner, but refuses a kind the framework does not know', () => {
    const free = checkProject(framework, { name: 'P', partners: ['residents', 'Sustrans Scotland'] });
    expect(free.problems).toEqual([]);
    const wrongKind = checkProject(framework, { name: 'P', partners: [{ name: 'X', kind: 'staf' }] });
    expect(wrongKind.problems.map((p) => p.message)).toEqual([
      '"staf" is not a kind of partner this framework knows — did you mean "staff"? (use people-with-lived-experience, people-using-services, carers-and-families, community-members, community-groups, staff, public-body, third-sector or professionals, or leave kind out and give side)',
    ]);
  });

  it('reports names as written, each placed beside, and asks about the unplaced', () => {
    const { project } = checkProject(framework, {
      name: 'P',
      partners: ['parents', { name: 'Sustrans Scotland' }, 'staff'],
    });
    const card = assessProject(framework, project!);
    expect(card.project.partners).toEqual(['parents', 'Sustrans Scotland', 'staff']);
    expect(card.project.partnerSides).toEqual([
      { name: 'parents', kind: 'carers-and-families', side: 'community' },
      { name: 'Sustrans Scotland' },
      { name: 'staff', kind: 'staff', side: 'service' },
    ]);
    const asked = card.warnings.filter((w) => w.code === 'partner-side-unknown');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.message).toContain('Which side is "Sustrans Scotland" on?');
  });
});

describe('a stage not reached yet', () => {
  it('is a stage state with the planned level, and is left out of what there is to describe', () => {
    const { project, problems } = checkProject(framework, {
      name: 'P',
      stages: {
        define: { level: 'collaborate', evidence: 'Parents and staff worked out the problem together' },
        deliver: { level: 'not-yet', plan: 'collaborate', evidence: 'From spring parents will run it with staff' },
        evaluate: 'not-yet',
      },
    });
    expect(problems).toEqual([]);
    const card = assessProject(framework, project!);
    const deliver = card.stages.find((s) => s.id === 'deliver')!;
    expect(deliver).toMatchObject({
      level: 'not-yet',
      levelLabel: 'not started yet',
      plan: 'collaborate',
      shared: false,
    });
    const withUnknown = assessProject(
      framework,
      checkProject(framework, { name: 'P', stages: { define: project!.stages.define! } }).project!,
    );
    // Not reached yet is not "not described": it leaves the count, as n/a does.
    expect(card.completeness).toBeGreaterThan(withUnknown.completeness);
  });

  it('refuses a plan that is not a level', () => {
    const { problems } = checkProject(framework, {
      name: 'P',
      stages: { deliver: { level: 'not-yet', plan: 'colaborate' } },
    });
    expect(problems.map((p) => p.message)).toEqual([
      '"colaborate" is not a level to plan for: use one of none, inform, consult, involve, collaborate or delegate — did you mean "collaborate"?',
    ]);
  });
});

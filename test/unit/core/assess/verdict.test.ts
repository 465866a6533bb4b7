// The verdict's promises, one by one: "not described" is not "not done", claims need evidence,
// co-design is not co-production, nothing described gets no firm class, and a project's own name
// for itself is checked against the evidence.
import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../../src/core/assess/assess.js';
import { migrationFor } from '../../../../src/core/framework/id-migration.js';
import { termNamedBy, termWords } from '../../../../src/core/assess/terms.js';
import type { LoadedFramework, Project } from '../../../../src/core/model/types.js';
import { withRenamedKeys } from '../../../../src/io/rename-answer-ids.js';
import { allAnswers, allStages, defaultFramework, project as bareProject } from '../../../helpers.js';
import type { Project as ProjectShape } from '../../../../src/core/model/types.js';

// Both sides named, so that each test here tests what it was written for: partners not named make
// a verdict provisional since framework 3.0.0 (tested on its own with bareProject).
const project = (parts: Partial<ProjectShape>) =>
  bareProject({ partners: ['people-using-services', 'staff'], ...parts });

const framework = await defaultFramework();
const evidenced = (level: string) => ({ level, evidence: 'the minutes show it' });

/** A co-design: people shared power in planning, staff carried it through. */
function coDesign(parts: Partial<Project> = {}): Project {
  return project({
    stages: {
      define: evidenced('consult'),
      design: evidenced('collaborate'),
      decide: evidenced('collaborate'),
      deliver: evidenced('inform'),
      evaluate: evidenced('consult'),
    },
    answers: allAnswers(framework, 'yes', 'notes of each meeting'),
    ...parts,
  });
}

describe('not described is not not done', () => {
  it('scores the same practice whether the rest is unknown or left out, and never lower than with it answered yes', () => {
    const all = allAnswers(framework, 'yes', 'e');
    const ids = Object.keys(all);
    const half = Object.fromEntries(ids.slice(0, Math.ceil(ids.length / 2)).map((id) => [id, all[id]!]));
    const halfUnknown = { ...Object.fromEntries(ids.map((id) => [id, { answer: 'unknown' as const }])), ...half };
    const stages = allStages(framework, 'collaborate');
    const left = assessProject(framework, project({ stages, answers: half }));
    const unknown = assessProject(framework, project({ stages, answers: halfUnknown }));
    expect(left.score).toBe(100);
    expect(unknown.score).toBe(100);
    expect(left.classification.id).toBe('co-production');
    expect(unknown.classification.id).toBe('co-production');
  });

  it('keeps a richly evidenced co-production with 40% of its questions unknown a firm co-production', () => {
    const all = allAnswers(framework, 'yes', 'e');
    const ids = Object.keys(all);
    const unknownCount = Math.floor(ids.length * 0.4);
    const answers = Object.fromEntries(
      ids.map((id, i) => [id, i < unknownCount ? { answer: 'unknown' as const } : all[id]!]),
    );
    const card = assessProject(framework, project({ stages: allStages(framework, 'collaborate'), answers }));
    expect(card.classification).toMatchObject({ id: 'co-production', provisional: false });
    expect(card.warnings.map((w) => w.code)).not.toContain('self-description-unsupported');
  });
});

describe('a verdict on too little is provisional', () => {
  it('marks the blank template provisional, with "describe the stages" as its first next step', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'unknown', ''), answers: allAnswers(framework, 'unknown') }),
    );
    // Nothing to judge: not yet assessable, which is never provisional (framework 3.0.0).
    expect(card.classification).toMatchObject({ id: 'not-yet-assessable', provisional: false });
    expect(card.nextSteps[0]!.text).toMatch(/^Describe the stages: for define, design, decide, deliver and evaluate/);
  });

  it('marks a verdict provisional when no carrying-through stage is described, however much else is', () => {
    const stages = { define: evidenced('collaborate'), design: evidenced('collaborate'), decide: evidenced('consult') };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'yes', 'e') }));
    expect(card.classification).toMatchObject({ id: 'partial-co-production', provisional: true });
    expect(card.classification.provisionalReasons).toEqual([
      'no stage of carrying it through is described (deliver or evaluate)',
    ]);
    expect(card.nextSteps[0]!.text).toMatch(/^Describe the stages: for deliver and evaluate/);
  });

  it('names the class the evidence points to for stage levels alone, provisionally', () => {
    const card = assessProject(framework, project({ stages: allStages(framework, 'collaborate') }));
    expect(card.classification).toMatchObject({ id: 'co-production', provisional: true });
  });
});

describe('claims need evidence', () => {
  it('does not call every stage collaborate and every answer yes, with no evidence anywhere, co-production', () => {
    const card = assessProject(
      framework,
      project({ stages: allStages(framework, 'collaborate', ''), answers: allAnswers(framework, 'yes') }),
    );
    expect(card.classification.id).toBe('not-yet-assessable');
    expect(card.nextSteps.filter((s) => s.kind === 'evidence' && s.towards === 'co-production').length).toBe(5);
    expect(card.nextSteps[0]!.text).toMatch(/^Record the evidence for define at collaborate/);
    const reason = card.classification.reasons.find((r) => r.requirement === 'nothing-shown')!;
    expect(reason.text).toContain('design: collaborate with no evidence');
    expect(card.nextSteps[0]).toMatchObject({ kind: 'evidence', towards: 'co-production' });
    expect(card.nextSteps[0]!.text).toMatch(/^Record the evidence for define at collaborate/);
  });

  it('takes a claim that is shown: evidence on one planning and one carrying-through stage is enough', () => {
    const stages = {
      ...allStages(framework, 'collaborate', ''),
      design: evidenced('collaborate'),
      deliver: evidenced('collaborate'),
    };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'yes', 'e') }));
    expect(card.classification).toMatchObject({ id: 'co-production', provisional: false });
  });
});

describe('co-design is not co-production', () => {
  it('calls power shared in planning and the binding decision, with staff delivering, partial co-production', () => {
    const card = assessProject(framework, coDesign());
    expect(card.classification).toMatchObject({ id: 'partial-co-production', provisional: false });
    expect(card.terms.supported?.id).toBe('co-design');
  });

  it('calls an assembly whose decision was handed over, with nothing shared in delivery, partial co-production', () => {
    const card = assessProject(
      framework,
      coDesign({ stages: { ...coDesign().stages, decide: evidenced('delegate') } }),
    );
    expect(card.classification.id).toBe('partial-co-production');
  });

  it('tells a project that calls itself co-production what the evidence shows instead, at the top', () => {
    for (const describedAs of [
      'a co-production project',
      '“co-produced” with tenants',
      'Co-Production project',
      'coproduction',
      'co production',
    ]) {
      const card = assessProject(framework, coDesign({ describedAs }));
      expect(card.terms.claimed?.id, describedAs).toBe('co-production');
      expect(card.terms.overclaim).toBe(true);
      expect(card.terms.message).toMatch(
        /^Calls itself co-production, but the evidence shows co-design: people shared power in planning/,
      );
      expect(card.warnings.find((w) => w.code === 'self-description-unsupported')?.message).toBe(card.terms.message);
    }
  });

  it('agrees with a project that calls itself co-design', () => {
    const card = assessProject(framework, coDesign({ describedAs: 'co-designed with the community' }));
    expect(card.terms).toMatchObject({ claimed: { id: 'co-design', supported: true }, overclaim: false });
    expect(card.terms.message).toMatch(/^Calls itself co-design, and the evidence supports it/);
  });
});

describe('the term family', () => {
  it('recognises how projects name themselves, whatever the case, quotes or hyphens', () => {
    const named = (text: string) => termNamedBy(framework, text)?.id;
    expect(named('Co‑produced with tenants')).toBe('co-production');
    expect(named('a COPRODUCTION')).toBe('co-production');
    expect(named('co-producing')).toBe('co-production');
    expect(named('Participatory Budgeting')).toBe('participatory-budgeting');
    expect(named('co-creation lab')).toBe('co-creation');
    expect(named('peer research')).toBe('co-research');
    expect(named('community engagement')).toBe('engagement');
    expect(named('public consultation')).toBe('consultation');
    expect(named('user-led')).toBe('community-led');
    expect(named('co-delivered')).toBe('co-delivery');
    expect(named('co-evaluation')).toBe('co-evaluation');
    expect(named('a community garden')).toBeUndefined();
    expect(named('consultation, not co-production')).toBe('consultation');
  });

  it('joins a lone "co" to the next word and drops quotes', () => {
    expect(termWords('“Co production”')).toEqual(['coproduction']);
  });

  it('says when a word cannot be tested from a project file', () => {
    const card = assessProject(framework, coDesign({ describedAs: 'co-research' }));
    expect(card.terms.claimed).toMatchObject({ id: 'co-research', tested: false, supported: null });
    expect(card.terms.message).toMatch(/a word copro cannot test from a project file/);
    expect(card.terms.overclaim).toBe(false);
  });

  it('calls a PB vote participatory budgeting only when the decision was handed over, with evidence', () => {
    const money = { 'shared-power.resources': { answer: 'yes' as const, evidence: 'a £50,000 budget' } };
    const vote = project({
      describedAs: 'participatory budgeting',
      stages: { decide: evidenced('delegate') },
      answers: money,
    });
    expect(assessProject(framework, vote).terms.claimed?.supported).toBe(true);
    // A vote on anything but money (a park's name) is not participatory budgeting.
    const name = project({ describedAs: 'participatory budgeting', stages: { decide: evidenced('delegate') } });
    expect(assessProject(framework, name).terms.claimed?.supported).toBe(false);
    // The PB Charter's features not shown are named.
    const finding = assessProject(framework, vote).terms;
    expect(finding.missing?.length).toBe(6);
    expect(finding.message).toMatch(/PB Charter features not shown: Fair and inclusive \(not described\)/);
    const council = project({ describedAs: 'participatory budgeting', stages: { decide: evidenced('consult') } });
    expect(assessProject(framework, council).terms.overclaim).toBe(true);
  });
});

describe('partners', () => {
  const shared = () =>
    project({ stages: allStages(framework, 'delegate'), answers: allAnswers(framework, 'yes', 'e') });

  it('calls work shared with the community side only community-led action, not co-production', () => {
    const card = assessProject(framework, {
      ...shared(),
      partners: ['people-with-lived-experience', 'community-groups'],
    });
    expect(card.classification).toMatchObject({ id: 'community-led-action', provisional: false });
    expect(card.terms.supported?.id).toBe('community-led');
  });

  it("counts an organisation's own staff on the community side when the file says so", () => {
    const card = assessProject(framework, {
      ...shared(),
      partners: ['people-with-lived-experience', { name: 'our staff', kind: 'staff', side: 'community' }],
    });
    expect(card.classification.id).toBe('community-led-action');
  });

  it('calls work with both sides named co-production; with no partners named, provisional and an open question', () => {
    expect(assessProject(framework, { ...shared(), partners: ['community-members', 'staff'] }).classification.id).toBe(
      'co-production',
    );
    const card = assessProject(
      framework,
      bareProject({ stages: allStages(framework, 'delegate'), answers: allAnswers(framework, 'yes', 'e') }),
    );
    expect(card.classification).toMatchObject({ id: 'co-production', provisional: true });
    expect(card.classification.provisionalReasons).toContain('who took part on each side is not described');
    const sides = card.classification.reasons.find((r) => r.requirement === 'both-sides')!;
    expect(sides).toMatchObject({ met: true, open: true });
    expect(sides.text).toMatch(/^Not described: /);
    expect(card.warnings.find((w) => w.code === 'partners-not-named')?.message).toMatch(
      /partners: \[residents, council officers\]/,
    );
  });

  it('calls sharing among the service side only consultation: no one who uses the service took part', () => {
    const card = assessProject(framework, { ...shared(), partners: ['council officers', 'health board'] });
    expect(card.classification.id).toBe('consultation');
    expect(card.classification.reasons.find((r) => r.requirement === 'community-took-part')!.text).toMatch(
      /no one who uses or is affected by the service took part/,
    );
    expect(card.warnings.map((w) => w.code)).toContain('no-community-partner');
  });
});

describe('thresholds of the classes', () => {
  it('needs a practice floor for partial co-production', () => {
    const stages = { ...allStages(framework, 'consult'), decide: evidenced('delegate') };
    const consult = { ...allStages(framework, 'consult'), decide: evidenced('collaborate') };
    expect(
      assessProject(framework, project({ stages: consult, answers: allAnswers(framework, 'no') })).classification.id,
    ).toBe('consultation');
    // A decision handed over is never consultation, however weak the practice.
    expect(assessProject(framework, project({ stages, answers: allAnswers(framework, 'no') })).classification.id).toBe(
      'partial-co-production',
    );
    expect(
      assessProject(framework, project({ stages, answers: allAnswers(framework, 'partly', 'e') })).classification.id,
    ).toBe('partial-co-production');
  });
});

describe('files written for an earlier framework', () => {
  const withAlias: LoadedFramework = {
    ...framework,
    criteria: framework.criteria.map((c, i) =>
      i === 0
        ? { ...c, indicators: c.indicators.map((ind, j) => (j === 0 ? { ...ind, aliases: ['old.one'] } : ind)) }
        : c,
    ),
    retired: [{ id: 'old.two', note: 'now part of another question' }],
  };
  const current = framework.criteria[0]!.indicators[0]!.id;

  it('knows which ids to rename, which clash and which are retired', () => {
    expect(migrationFor(withAlias, ['old.one', 'old.two'])).toEqual({
      renames: [{ from: 'old.one', to: current }],
      clashes: [],
      retired: [{ id: 'old.two', note: 'now part of another question' }],
    });
    expect(migrationFor(withAlias, ['old.one', current]).clashes).toEqual([{ from: 'old.one', to: current }]);
  });

  it('rewrites only the old keys, keeping comments, quotes and every other byte', () => {
    const text = `name: x # keep\nanswers:\n  # above\n  old.one: { answer: yes }  # after\n  'old.one2': no\nsummary: old.one stays\n`;
    expect(withRenamedKeys(text, [{ from: 'old.one', to: 'new.id' }])).toBe(
      `name: x # keep\nanswers:\n  # above\n  new.id: { answer: yes }  # after\n  'old.one2': no\nsummary: old.one stays\n`,
    );
    expect(withRenamedKeys(`answers:\n  "old.one": yes\n`, [{ from: 'old.one', to: 'new.id' }])).toBe(
      `answers:\n  "new.id": yes\n`,
    );
  });
});

describe('expectedClass', () => {
  it('warns when the verdict differs from what the file expects, and not when it matches', () => {
    const card = assessProject(framework, coDesign({ expectedClass: 'co-production' }));
    expect(card.warnings.find((w) => w.code === 'expected-class-differs')?.message).toBe(
      'expectedClass says co-production, but the verdict is partial-co-production: check the file, or the expectation',
    );
    expect(
      assessProject(framework, coDesign({ expectedClass: 'Partial co-production' })).warnings.map((w) => w.code),
    ).not.toContain('expected-class-differs');
  });

  it('quotes an expectedClass that is not a class as every message quotes a value: capped, on one line', () => {
    const long = `We think this is co-production because ${'the residents ran it '.repeat(200)}`;
    const message = assessProject(framework, coDesign({ expectedClass: `${long}\n\u001b[31mred` })).warnings.find(
      (w) => w.code === 'expected-class-differs',
    )!.message;
    expect(message).toBe(
      `expectedClass "We think this is co-production because t…" is not a class of this framework (use one of ${framework.classes.map((c) => c.id).join(', ')}); the verdict is partial-co-production`,
    );
  });
});

describe('next steps read as instructions', () => {
  it('says what practice score is needed, in a sentence that reads', () => {
    const stages = {
      ...allStages(framework, 'consult'),
      design: evidenced('collaborate'),
      deliver: evidenced('collaborate'),
    };
    const card = assessProject(framework, project({ stages, answers: allAnswers(framework, 'partly') }));
    const step = card.nextSteps.find((s) => s.kind === 'score')!;
    expect(step.text).toMatch(
      /^Strengthen the practice: a practice score of at least 35 is needed \(now practice score [\d.]+\)\. The steps below gain the most$/,
    );
  });
});

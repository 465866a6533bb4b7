import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../../src/core/framework/framework-rules.js';
import { mergeLayers } from '../../../../src/core/framework/framework-merge.js';
import type { Framework } from '../../../../src/core/model/types.js';
import { defaultFramework } from '../../../helpers.js';

const bundled = await defaultFramework();
const copy = (): Framework => structuredClone(bundled);
const messages = (f: Framework) => checkFramework(f).map((p) => p.message);

describe('the bundled framework', () => {
  it('passes every rule', () => {
    expect(checkFramework(bundled)).toEqual([]);
  });

  it('holds the four source documents with every published item', () => {
    const names = (id: string) => bundled.sources.find((s) => s.id === id)!.items.map((i) => i.name);
    expect(names('nef')).toEqual(['Assets', 'Capacity', 'Mutuality', 'Networks', 'Shared roles', 'Catalysts']);
    expect(names('nsce')).toEqual([
      'Inclusion',
      'Support',
      'Planning',
      'Working together',
      'Methods',
      'Communication',
      'Impact',
    ]);
    expect(names('sgpf')).toEqual(expect.arrayContaining(['Inform', 'Consult', 'Involve', 'Collaborate', 'Delegate']));
    expect(names('pb-charter')).toEqual([
      'Fair and inclusive',
      'Participatory',
      'Deliberative',
      'Empowering',
      'Creative and flexible',
      'Transparent',
      'Part of our democracy',
    ]);
  });

  it('has the stages, levels and classes of the design', () => {
    expect(bundled.stages.map((s) => s.id)).toEqual(['define', 'design', 'decide', 'deliver', 'evaluate']);
    expect(bundled.levels.map((l) => l.id)).toEqual([
      'none',
      'inform',
      'consult',
      'involve',
      'collaborate',
      'delegate',
    ]);
    expect(bundled.classes.map((c) => c.id)).toEqual([
      'not-yet-assessable',
      'community-led-action',
      'co-production',
      'partial-co-production',
      'consultation',
    ]);
  });

  it('has about a dozen criteria of two to five indicators, each citing its sources and giving advice', () => {
    expect(bundled.criteria.length).toBeGreaterThanOrEqual(10);
    expect(bundled.criteria.length).toBeLessThanOrEqual(16);
    for (const c of bundled.criteria) {
      expect(c.indicators.length).toBeGreaterThanOrEqual(2);
      expect(c.indicators.length).toBeLessThanOrEqual(5);
      expect(c.sources.length).toBeGreaterThan(0);
      expect(c.advice).toBeTruthy();
      for (const i of c.indicators) {
        expect(i.yes).toBeTruthy();
        expect(i.partly).toBeTruthy();
      }
    }
  });

  it('keeps the unverified marks of the sources', () => {
    const unverified = bundled.sources.flatMap((s) => s.items).filter((i) => i.verified === false);
    expect(unverified.map((i) => i.id)).toEqual(expect.arrayContaining(['nsce.working-together']));
    for (const item of unverified) expect(item.note).toBeTruthy();
  });
});

describe('framework rules', () => {
  it('finds duplicate ids', () => {
    const f = copy();
    f.criteria[1]!.id = f.criteria[0]!.id;
    expect(messages(f).some((m) => m.includes('is used more than once'))).toBe(true);
  });

  it('finds a reference that does not resolve, with a suggestion', () => {
    const f = copy();
    f.criteria[0]!.sources = ['nef.asets'];
    const problems = checkFramework(f);
    const problem = problems.find((p) => p.message.includes('"nef.asets"'))!;
    expect(problem.message).toContain('did you mean "nef.assets"');
    expect(problem.path).toEqual(['criteria', 0, 'sources', 0]);
  });

  it('finds a source item no criterion cites', () => {
    const f = copy();
    f.sources[0]!.items.push({ id: 'nef.extra', name: 'Extra', summary: 'x' });
    expect(messages(f).some((m) => m.includes('"nef.extra"') && m.includes('not cited'))).toBe(true);
  });

  it('refuses classes other than the contract', () => {
    const f = copy();
    f.classes = f.classes.slice(0, 4);
    expect(messages(f).some((m) => m.includes('the classes on the co-production scale must be exactly'))).toBe(true);
  });

  it('accepts a framework without the outcomes off the scale, as frameworks before 3.0.0 were', () => {
    const f = copy();
    f.classes = f.classes.filter((c) => !c.offScale);
    f.terms = f.terms.filter((t) => t.class !== 'community-led-action');
    expect(messages(f)).toEqual([]);
  });

  it('refuses an unknown class off the scale, or one after the scale', () => {
    const f = copy();
    f.classes[1] = { ...f.classes[1]!, id: 'mutual-aid' };
    expect(messages(f).some((m) => m.includes('"mutual-aid" cannot be a class off the scale'))).toBe(true);
    const g = copy();
    g.classes = [...g.classes.slice(1, 4), g.classes[0]!, ...g.classes.slice(4)];
    expect(messages(g).some((m) => m.includes('must come before the classes on the scale'))).toBe(true);
  });

  it('refuses a last class with requirements, so every project gets a class', () => {
    const f = copy();
    f.classes.at(-1)!.requires = [{ id: 'x', text: 'x', score: { atLeast: 10 } }];
    expect(messages(f).some((m) => m.includes('must have no requirements'))).toBe(true);
  });

  it('refuses a requirement with no condition or two', () => {
    const f = copy();
    f.classes[0]!.requires.push({ id: 'empty', text: 'nothing' });
    f.classes[0]!.requires.push({ id: 'both', text: 'two', score: { atLeast: 1 }, completeness: { atLeast: 1 } });
    const found = messages(f).filter((m) => m.includes('needs exactly one condition'));
    expect(found).toHaveLength(2);
  });

  it('refuses a requirement naming an unknown stage or level', () => {
    const f = copy();
    f.classes.find((c) => c.id === 'co-production')!.requires[0]!.stageLevel = {
      stages: ['desing'],
      atLeast: 'colaborate',
    };
    const found = messages(f);
    expect(found.some((m) => m.includes('did you mean "design"'))).toBe(true);
    expect(found.some((m) => m.includes('did you mean "collaborate"'))).toBe(true);
  });

  it('refuses an unevidenced answer worth more than an evidenced one', () => {
    const f = copy();
    f.scoring.unevidencedPoints.yes = f.scoring.points.yes + 1;
    expect(messages(f).some((m) => m.includes('unevidenced "yes"'))).toBe(true);
  });
});

describe('extending a framework', () => {
  it('overrides entries by id and adds new ones, remembering where each came from', () => {
    const parent = structuredClone(bundled) as unknown as Record<string, unknown>;
    const child = {
      id: 'my-network',
      criteria: [{ id: bundled.criteria[0]!.id, weight: 9 }],
      scoring: { points: { partly: 1 } },
    };
    const merged = mergeLayers([
      { data: parent, ref: 'parent.yaml' },
      { data: child, ref: 'child.yaml' },
    ]);
    const f = merged.data as unknown as Framework;
    expect(f.id).toBe('my-network');
    expect(f.criteria[0]!.weight).toBe(9);
    expect(f.criteria[0]!.indicators).toEqual(bundled.criteria[0]!.indicators);
    expect(f.scoring.points).toEqual({ ...bundled.scoring.points, partly: 1 });
    expect(merged.originOf(['criteria', 0, 'weight'])).toEqual({ ref: 'child.yaml', path: ['criteria', 0, 'weight'] });
    expect(merged.originOf(['criteria', 1, 'title']).ref).toBe('parent.yaml');
    expect(checkFramework(f)).toEqual([]);
  });

  it('traces a problem inside an added indicator to the file and place that wrote it', () => {
    const parent = structuredClone(bundled) as unknown as Record<string, unknown>;
    const extra = { id: 'reciprocity.extra', question: 'Extra?', stage: 'nope', impliesLevel: 'involve' };
    const base = { criteria: [{ id: 'reciprocity', indicators: [extra] }] };
    const child = { criteria: [{ id: 'reciprocity', weight: 3 }] };
    const merged = mergeLayers([
      { data: parent, ref: 'default' },
      { data: base, ref: 'base.yaml' },
      { data: child, ref: 'child.yaml' },
    ]);
    const problem = checkFramework(merged.data as unknown as Framework).find((p) => p.message.includes('"nope"'))!;
    expect(merged.originOf(problem.path)).toEqual({
      ref: 'base.yaml',
      path: ['criteria', 0, 'indicators', 0, 'stage'],
    });
    // A field the child did not write is traced to the file that did.
    const at = (merged.data.criteria as { id: string }[]).findIndex((c) => c.id === 'reciprocity');
    expect(merged.originOf(['criteria', at, 'title']).ref).toBe('default');
    expect(merged.originOf(['criteria', at, 'weight'])).toEqual({ ref: 'child.yaml', path: ['criteria', 0, 'weight'] });
  });
});

// Merging a framework with the ones it extends: entries matched by id, scoring merged key by key,
// defaults filled in, and every part of the result traced to the file that wrote it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING, mergeLayers } from '../../../../src/core/framework/framework-merge.js';

const base = {
  $schema: '../schemas/framework.schema.json',
  id: 'base',
  name: 'Base',
  criteria: [
    { id: 'power', title: 'Power', weight: 2, indicators: [{ id: 'power.vote', question: 'Vote?' }] },
    { id: 'trust', title: 'Trust', weight: 1 },
  ],
  stages: [{ id: 'design', label: 'Design' }],
  scoring: { points: { yes: 5 }, nextSteps: 3 },
};

const child = {
  extends: 'base.yaml',
  id: 'child',
  criteria: [
    { id: 'power', weight: 4, indicators: [{ id: 'power.budget', question: 'Budget?' }] },
    { id: 'reach', title: 'Reach', weight: 1 },
  ],
  stages: [{ id: 'design', label: 'Shape' }],
  scoring: { points: { partly: 1 } },
};

const merged = mergeLayers([
  { data: base, ref: 'base.yaml' },
  { data: child, ref: 'child.yaml' },
]);
const data = merged.data as Record<string, unknown> & {
  criteria: Record<string, unknown>[];
  scoring: typeof DEFAULT_SCORING;
};

describe('mergeLayers', () => {
  it('overrides entries by id, field by field, adds new ids at the end, and merges indicators by id', () => {
    expect(data.id).toBe('child');
    expect(data.name).toBe('Base');
    expect(data.criteria.map((c) => c.id)).toEqual(['power', 'trust', 'reach']);
    expect(data.criteria[0]).toEqual({
      id: 'power',
      title: 'Power',
      weight: 4,
      indicators: [
        { id: 'power.vote', question: 'Vote?' },
        { id: 'power.budget', question: 'Budget?' },
      ],
    });
    expect(data.stages).toEqual([{ id: 'design', label: 'Shape' }]);
  });

  it('leaves out extends and $schema, and fills in what no layer gave', () => {
    expect(data).not.toHaveProperty('extends');
    expect(data).not.toHaveProperty('$schema');
    expect(data.levels).toEqual([]);
    expect(data.classes).toEqual([]);
    expect(data.scoring).toEqual({
      ...DEFAULT_SCORING,
      points: { ...DEFAULT_SCORING.points, yes: 5, partly: 1 },
      nextSteps: 3,
    });
  });

  it('gives every class an empty list of requirements unless it has one', () => {
    const { data: withClasses } = mergeLayers([
      { data: { classes: [{ id: 'a' }, { id: 'b', requires: [{ score: 50 }] }] }, ref: 'one.yaml' },
    ]);
    expect(withClasses.classes).toEqual([
      { id: 'a', requires: [] },
      { id: 'b', requires: [{ score: 50 }] },
    ]);
  });

  it('replaces a list a base does not have, or a value that is not a list, whole', () => {
    const { data: replaced } = mergeLayers([
      { data: { criteria: 'not a list', tags: ['a'] }, ref: 'base.yaml' },
      { data: { criteria: [{ id: 'x' }], tags: ['b'] }, ref: 'child.yaml' },
    ]);
    expect(replaced.criteria).toEqual([{ id: 'x' }]);
    expect(replaced.tags).toEqual(['b']);
  });

  it('traces each part of the result to the file and place that wrote it', () => {
    expect(merged.originOf(['name'])).toEqual({ ref: 'base.yaml', path: ['name'] });
    expect(merged.originOf(['criteria', 0, 'weight'])).toEqual({ ref: 'child.yaml', path: ['criteria', 0, 'weight'] });
    expect(merged.originOf(['criteria', 0, 'title'])).toEqual({ ref: 'base.yaml', path: ['criteria', 0, 'title'] });
    expect(merged.originOf(['criteria', 0, 'indicators', 1, 'question'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 0, 'indicators', 0, 'question'],
    });
    expect(merged.originOf(['criteria', 1])).toEqual({ ref: 'base.yaml', path: ['criteria', 1] });
    expect(merged.originOf(['criteria', 2, 'title'])).toEqual({ ref: 'child.yaml', path: ['criteria', 1, 'title'] });
    expect(merged.originOf(['levels'])).toEqual({ ref: 'child.yaml', path: ['levels'] });
  });
});

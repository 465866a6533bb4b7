// Where each part of a merged framework was written: the unit behind mergeLayers' originOf.
import { describe, expect, it } from 'vitest';
import { Origins } from '../../../../src/core/framework/merge-origins.js';

const criterion = (id: string, fields: Record<string, unknown> = {}) => ({ id, title: id, ...fields });

describe('Origins', () => {
  it('lays a top-level key at the last layer that wrote it, and anything unwritten at the fallback', () => {
    const origins = new Origins('child.yaml');
    origins.record('base.yaml', 'name', 'Base');
    origins.record('base.yaml', 'version', '1');
    origins.record('child.yaml', 'name', 'Child');
    const data = { name: 'Child', version: '1' };
    expect(origins.locate(data, ['name'])).toEqual({ ref: 'child.yaml', path: ['name'] });
    expect(origins.locate(data, ['version'])).toEqual({ ref: 'base.yaml', path: ['version'] });
    expect(origins.locate(data, ['description'])).toEqual({ ref: 'child.yaml', path: ['description'] });
    expect(origins.locate(data, [])).toEqual({ ref: 'child.yaml', path: [] });
  });

  it('follows an entry by id to its place in the layer that wrote it, not its place in the result', () => {
    const origins = new Origins('child.yaml');
    origins.record('base.yaml', 'criteria', [criterion('a'), criterion('b')]);
    origins.record('child.yaml', 'criteria', [criterion('c'), criterion('b', { weight: 9 })]);
    const data = { criteria: [criterion('a'), criterion('b', { weight: 9 }), criterion('c')] };
    expect(origins.locate(data, ['criteria', 0])).toEqual({ ref: 'base.yaml', path: ['criteria', 0] });
    expect(origins.locate(data, ['criteria', 2, 'title'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 0, 'title'],
    });
    // b: the child's weight, the title the child gave again, and a field neither gave at the child's entry
    expect(origins.locate(data, ['criteria', 1, 'weight'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 1, 'weight'],
    });
    expect(origins.locate(data, ['criteria', 1, 'title'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 1, 'title'],
    });
    expect(origins.locate(data, ['criteria', 1, 'summary'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 1, 'summary'],
    });
  });

  it('keeps a field at the layer that wrote it when a later layer overrides other fields of the entry', () => {
    const origins = new Origins('child.yaml');
    origins.record('base.yaml', 'criteria', [criterion('a'), criterion('b', { summary: 'From the base' })]);
    origins.record('child.yaml', 'criteria', [{ id: 'b', weight: 2 }]);
    const data = { criteria: [criterion('a'), criterion('b', { summary: 'From the base', weight: 2 })] };
    expect(origins.locate(data, ['criteria', 1, 'summary'])).toEqual({
      ref: 'base.yaml',
      path: ['criteria', 1, 'summary'],
    });
    expect(origins.locate(data, ['criteria', 1, 'weight'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 0, 'weight'],
    });
  });

  it('traces an indicator, and a path inside it, to the layer that added it', () => {
    const origins = new Origins('child.yaml');
    const kept = { id: 'a.kept', question: 'Kept?' };
    const added = { id: 'a.added', question: 'Added?', stage: 'nope' };
    origins.record('base.yaml', 'criteria', [criterion('a', { indicators: [kept] })]);
    origins.record('middle.yaml', 'criteria', [{ id: 'a', indicators: [added] }]);
    origins.record('child.yaml', 'criteria', [{ id: 'a', weight: 3 }]);
    const data = { criteria: [criterion('a', { weight: 3, indicators: [kept, added] })] };
    expect(origins.locate(data, ['criteria', 0, 'indicators', 1, 'stage'])).toEqual({
      ref: 'middle.yaml',
      path: ['criteria', 0, 'indicators', 0, 'stage'],
    });
    expect(origins.locate(data, ['criteria', 0, 'indicators', 0])).toEqual({
      ref: 'base.yaml',
      path: ['criteria', 0, 'indicators', 0],
    });
    // Indicators are merged by id, so the list as a whole is laid at the entry where it was last named.
    expect(origins.locate(data, ['criteria', 0, 'indicators'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 0, 'indicators'],
    });
  });

  it('falls back on the key for entries without an id, and ids that are not text', () => {
    const origins = new Origins('child.yaml');
    origins.record('base.yaml', 'criteria', [{ title: 'No id' }, { id: 7 }, 'not a map']);
    const data = { criteria: [{ title: 'No id' }, { id: 7 }, 'not a map'] };
    for (const index of [0, 1, 2, 5]) {
      expect(origins.locate(data, ['criteria', index, 'title'])).toEqual({
        ref: 'base.yaml',
        path: ['criteria', index, 'title'],
      });
    }
  });

  it('tells ids apart whatever characters they hold', () => {
    const origins = new Origins('child.yaml');
    origins.record('base.yaml', 'criteria', [criterion('a#weight'), criterion('a/indicators/x')]);
    origins.record('child.yaml', 'criteria', [{ id: 'a', weight: 1 }]);
    const data = { criteria: [criterion('a#weight'), criterion('a/indicators/x'), { id: 'a', weight: 1 }] };
    expect(origins.locate(data, ['criteria', 0, 'weight'])).toEqual({
      ref: 'base.yaml',
      path: ['criteria', 0, 'weight'],
    });
    expect(origins.locate(data, ['criteria', 2, 'weight'])).toEqual({
      ref: 'child.yaml',
      path: ['criteria', 0, 'weight'],
    });
  });
});

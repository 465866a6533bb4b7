// Matching a project with its baseline: by id, else by name (when only one has it), else by file; with several assessments under one
// id, the same file, else the latest from the same perspective.
import { describe, expect, it } from 'vitest';
import { BaselineIndex, type BaselineResult } from '../../../../src/core/compare/baseline.js';

const result = (file: string, id?: string, assessment?: { date?: string; perspective?: string }) =>
  ({ file, project: { name: file, ...(id ? { id } : {}), ...(assessment ? { assessment } : {}) } }) as BaselineResult;

const same = (file: string) => file.replace(/^\.\//, '');

describe('BaselineIndex', () => {
  const baseline = new BaselineIndex(
    [
      result('a.yaml', 'a'),
      result('leith-2020.yaml', 'leith', { date: '2020-01-01', perspective: 'community' }),
      result('leith-2021.yaml', 'leith', { date: '2021-01-01', perspective: 'community' }),
      result('leith-staff.yaml', 'leith', { date: '2020-02-01', perspective: 'staff' }),
      result('plain.yaml'),
    ],
    same,
  );

  it('matches a lone id wherever its file has moved, and a file without an id by its path', () => {
    expect(baseline.find(result('moved/a.yaml', 'a'))?.file).toBe('a.yaml');
    expect(baseline.find(result('./plain.yaml'))?.file).toBe('plain.yaml');
    expect(baseline.find(result('new.yaml'))).toBeUndefined();
  });

  it('matches each of several assessments under one id with itself, and a new one with the latest from its perspective', () => {
    expect(
      baseline.find(result('leith-2020.yaml', 'leith', { date: '2020-01-01', perspective: 'community' }))?.file,
    ).toBe('leith-2020.yaml');
    expect(baseline.find(result('leith-staff.yaml', 'leith', { perspective: 'staff' }))?.file).toBe('leith-staff.yaml');
    expect(
      baseline.find(result('leith-2022.yaml', 'leith', { date: '2022-01-01', perspective: 'community' }))?.file,
    ).toBe('leith-2021.yaml');
    expect(baseline.find(result('leith-partner.yaml', 'leith', { perspective: 'partner' }))).toBeUndefined();
  });

  it('says which baseline projects were not matched', () => {
    const fresh = new BaselineIndex([result('a.yaml', 'a'), result('b.yaml', 'b')], same);
    fresh.find(result('a.yaml', 'a'));
    expect(fresh.unmatched().map((r) => r.file)).toEqual(['b.yaml']);
  });

  it('matches by name when the ids do not (a copied folder, files given ids since), but never a name two share', () => {
    const named = (file: string, name: string, id?: string) =>
      ({ file, project: { name, ...(id ? { id } : {}) } }) as BaselineResult;
    const earlier = new BaselineIndex(
      [named('old/kirkcaldy.yaml', 'Kirkcaldy Food Pantry'), named('old/a.yaml', 'Twin'), named('old/b.yaml', 'Twin')],
      same,
    );
    expect(earlier.find(named('copy/kirkcaldy.yaml', 'Kirkcaldy  food pantry'))?.file).toBe('old/kirkcaldy.yaml');
    expect(earlier.find(named('copy/kirkcaldy-2.yaml', 'Kirkcaldy Food Pantry', 'kirkcaldy'))?.file).toBe(
      'old/kirkcaldy.yaml',
    );
    expect(earlier.find(named('copy/a.yaml', 'Twin'))).toBeUndefined();
    expect(earlier.find(named('old/b.yaml', 'Twin'))?.file).toBe('old/b.yaml');
  });
});

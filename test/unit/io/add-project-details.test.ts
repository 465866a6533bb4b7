// Adding an id, a date and a perspective to a project file without touching anything else.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withAddedDetails } from '../../../src/io/add-project-details.js';

const all = { id: 'leith', date: '2025-01-02', perspective: 'staff' };

describe('withAddedDetails', () => {
  it.each([
    [
      'after the name, with an assessment map of its own',
      'name: Leith\nstages: {}\n',
      'name: Leith\nid: leith\nassessment: { date: 2025-01-02, perspective: staff }\nstages: {}\n',
    ],
    [
      'keeping comments, quotes and spacing',
      '# comment\nname: "Leith"   # the name\nyear: 2019\n',
      '# comment\nname: "Leith"   # the name\nid: leith\nassessment: { date: 2025-01-02, perspective: staff }\nyear: 2019\n',
    ],
    [
      'into a block assessment map, at its indent',
      'name: Leith\nassessment:\n    by: panel\nstages: {}\n',
      'name: Leith\nid: leith\nassessment:\n    by: panel\n    date: 2025-01-02\n    perspective: staff\nstages: {}\n',
    ],
    [
      'into a flow assessment map written before the name, in a file with no final line break',
      'assessment: { by: panel }\nname: Leith',
      'assessment: { by: panel, date: 2025-01-02, perspective: staff }\nname: Leith\nid: leith\n',
    ],
    [
      'with Windows line ends, into an empty map',
      'name: Leith\r\nassessment: {}\r\n',
      'name: Leith\r\nid: leith\r\nassessment: { date: 2025-01-02, perspective: staff }\r\n',
    ],
    [
      'after a name written over several lines',
      'name: |\n  Leith\n  Decides\nyear: 2019\n',
      'name: |\n  Leith\n  Decides\nid: leith\nassessment: { date: 2025-01-02, perspective: staff }\nyear: 2019\n',
    ],
  ])('adds them %s', (_how, text, expected) => {
    const added = withAddedDetails(text, all);
    expect(added).toBe(expected);
    expect(parse(added!)).toMatchObject({ id: 'leith', assessment: { date: '2025-01-02', perspective: 'staff' } });
  });

  it('adds only what is asked', () => {
    expect(withAddedDetails('name: Leith\nassessment: { date: 2024-01-01 }\n', { perspective: 'community' })).toBe(
      'name: Leith\nassessment: { date: 2024-01-01, perspective: community }\n',
    );
    expect(withAddedDetails('name: Leith\n', {})).toBe('name: Leith\n');
  });

  it('gives up, changing nothing, on a file it cannot edit safely', () => {
    expect(withAddedDetails('- a\n- b\n', all)).toBeUndefined();
    expect(withAddedDetails('{ name: Leith }\n', all)).toBeUndefined();
    expect(withAddedDetails('name: Leith\nassessment: soon\n', all)).toBeUndefined();
    expect(withAddedDetails('stages: {}\n', all)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseYear,
  YEAR_FORMS,
  YEAR_MAX_LENGTH,
  YEAR_PATTERN,
  yearProblem,
} from '../../../../src/core/project/year.js';
import { schemaErrors } from '../../../../src/io/schema-validators.js';
import { schemaProblems } from '../../../../src/io/schema-messages.js';
import { ROOT } from '../../../helpers.js';

/** Every problem the project schema and the range check find with this year. */
function problems(year: unknown): string[] {
  const shape = schemaProblems(schemaErrors('project', { name: 'P', year })).map((p) => p.message);
  const range = yearProblem(year);
  return range ? [...shape, range.message] : shape;
}

describe('years', () => {
  it.each([
    2019,
    '2019',
    '2018-2020',
    '2018–2020',
    '2018 to 2020',
    '2018 - 2020',
    '2023-24',
    '2023/24',
    '2023/2024',
    '2021-present',
    '2021-',
    '2021 - ongoing',
    '1999-02',
    1800,
    2100,
    '2016 onwards',
    '2021 - still going',
    'since 2019',
    'Spring 2022',
    '2018/19 to 2020/21',
    'from 2016',
    'ongoing since 2020',
    'March 2021 to June 2023',
    'winter 2021/22',
    '2019 to',
    '2020 to 2023 (vote early 2022)',
    '2019 to 2021 (pilot in 2018)',
    '(2019)',
  ])('accepts %j', (year) => expect(problems(year)).toEqual([]));

  it.each(['0000', 0, 9999, '9999-1111', '1799', '2101', 'soon', '20199', 'Spring', 'spring 21'])(
    'refuses %j, saying how to write a year',
    (year) => {
      expect(problems(year).length).toBeGreaterThan(0);
    },
  );

  it('refuses only text with no year in it, saying what it found', () => {
    expect(problems('Spring')).toEqual([`"year" has no year in it: use ${YEAR_FORMS}`]);
    expect(problems('spring 21')).toEqual([`"year" has no year from 1800 to 2100 in it, only 21: use ${YEAR_FORMS}`]);
    expect(YEAR_FORMS).toContain('2021 onwards');
  });

  it('refuses a range that runs backwards, and says to swap it', () => {
    expect(problems('2020-2018')).toEqual([
      '"year" runs backwards (2020 to 2018): write the earlier year first, e.g. 2018-2020',
    ]);
    expect(problems('2023-22')).toHaveLength(1);
  });

  it('reads the short forms as the years they mean', () => {
    expect(parseYear('2023-24')).toEqual({ from: 2023, to: 2024 });
    expect(parseYear('1999-02')).toEqual({ from: 1999, to: 2002 });
    expect(parseYear('2021-present')).toEqual({ from: 2021, to: null });
    expect(parseYear('2021-')).toEqual({ from: 2021, to: null });
    // A note in brackets widens the span but is not read as the range's order.
    expect(parseYear('2020 to 2023 (vote early 2022)')).toEqual({ from: 2020, to: 2023 });
    expect(parseYear('2019 to 2021 (pilot in 2018)')).toEqual({ from: 2018, to: 2021 });
    expect(parseYear('(2019)')).toEqual({ from: 2019, to: 2019 });
  });

  it.each([
    [2019, { from: 2019, to: 2019 }],
    ['2019', { from: 2019, to: 2019 }],
    ['Spring 2022', { from: 2022, to: 2022 }],
    ['2014–2017', { from: 2014, to: 2017 }],
    ['2018/19 to 2020/21', { from: 2018, to: 2021 }],
    ['March 2021 to June 2023', { from: 2021, to: 2023 }],
    ['2016 onwards', { from: 2016, to: null }],
    ['2021 - still going', { from: 2021, to: null }],
    ['since 2019', { from: 2019, to: null }],
    ['from 2016', { from: 2016, to: null }],
    ['from 2016 to 2018', { from: 2016, to: 2018 }],
    ['ongoing since 2020', { from: 2020, to: null }],
    ['the 1990s', { from: 1990, to: 1990 }],
    ['Spring', undefined],
    ['20199', undefined],
  ])('reads %j as the years it covers', (year, span) => expect(parseYear(year)).toEqual(span));

  it('refuses a range with a year out of order anywhere in it', () => {
    expect(problems('2020/21 to 2018/19')).toHaveLength(1);
    expect(problems('2100-05')).toEqual([`"year" cannot end in 2105: use ${YEAR_FORMS}`]);
  });

  it('is the pattern the published project schema uses', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'project.schema.json'), 'utf8'));
    const text = schema.properties.year.anyOf.find((branch: { type: string }) => branch.type === 'string');
    expect(text.pattern).toBe(YEAR_PATTERN);
    expect(text.maxLength).toBe(YEAR_MAX_LENGTH);
    expect(schema.properties.year.description).toContain(YEAR_FORMS);
  });
});

describe('schema patterns run in time linear in the text', () => {
  const schemas = ['project', 'framework', 'report'].map((name) =>
    readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'),
  );
  const patterns = schemas.flatMap((text) =>
    [...text.matchAll(/"pattern": ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string),
  );

  it.each(patterns)('%s', (pattern) => {
    const regex = new RegExp(pattern, 'u');
    const long = 20_000;
    const adversarial = [
      `2019${' '.repeat(long)}x`,
      `2019 -${' '.repeat(long)}x`,
      `2019 to${' '.repeat(long)}x`,
      `${' '.repeat(long)}2019${' '.repeat(long)}-`,
      `a${'-a'.repeat(long)}!`,
      `a${'.a'.repeat(long)}.`,
      `${'0'.repeat(long)}g`,
    ];
    // A guard against a hang, not a benchmark: cubic backtracking took minutes at 4,000 characters.
    const started = performance.now();
    for (const text of adversarial) regex.test(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

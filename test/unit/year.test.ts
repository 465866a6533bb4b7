import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYear, YEAR_FORMS, YEAR_MAX_LENGTH, YEAR_PATTERN, yearProblem } from '../../src/core/year.js';
import { schemaErrors } from '../../src/io/schema-validators.js';
import { schemaProblems } from '../../src/io/schema-messages.js';
import { ROOT } from '../helpers.js';

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
  ])('accepts %j', (year) => expect(problems(year)).toEqual([]));

  it.each(['0000', 0, 9999, '9999-1111', '1799', '2101', '2019 to', 'soon', '2023-2', '20199'])(
    'refuses %j, saying how to write a year',
    (year) => {
      expect(problems(year).length).toBeGreaterThan(0);
    },
  );

  it('says how to write a year, a range and an open range', () => {
    expect(problems('2019 to')).toEqual([`"year" cannot be "2019 to": use ${YEAR_FORMS}`]);
    expect(YEAR_FORMS).toContain('2021-present');
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
    expect(parseYear('2021-present')).toEqual({ from: 2021 });
    expect(parseYear('2021-')).toEqual({ from: 2021 });
  });

  it('is the pattern the published project schema uses', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'project.schema.json'), 'utf8'));
    const text = schema.properties.year.anyOf.find((branch: { type: string }) => branch.type === 'string');
    expect(text.pattern).toBe(YEAR_PATTERN);
    expect(text.maxLength).toBe(YEAR_MAX_LENGTH);
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

// The CSV report, read back with an independent RFC 4180 parser (csv-parse), as a spreadsheet or
// a script would read it.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula } from '../../../src/render/csv/render.js';
import { csvSink } from '../../../src/render/csv/sink.js';
import {
  examples,
  framework,
  header,
  HOSTILE_NAMES,
  hostileResult,
  memoryOutput,
  runSink,
} from '../../report-fixtures.js';

const FORMULA = /^\s*[=+\-@\t\r]/;

function read(text: string): Record<string, string>[] {
  return parse(text, { columns: true, record_delimiter: '\r\n', relax_column_count: false });
}

describe('CSV report', () => {
  const text = runSink((out) => csvSink(header, out), examples.results, [
    { file: 'broken.yaml', line: 3, column: 11, message: '"sometimes" is not a level' },
  ]);
  const rows = read(text);

  it('has one row per project, then one per file that could not be scored', () => {
    expect(rows).toHaveLength(examples.results.length + 1);
    expect(rows.slice(0, -1).map((r) => r.file)).toEqual(examples.results.map((r) => r.file));
    expect(rows.at(-1)).toMatchObject({
      file: 'broken.yaml',
      status: 'invalid',
      class: '',
      score: '',
      problem: 'line 3, column 11: "sometimes" is not a level',
    });
  });

  it("has a column for every criterion's score and every stage's level, in the framework's order", () => {
    const columns = Object.keys(rows[0]!);
    expect(columns).toEqual([
      'file',
      'name',
      'class',
      'provisional',
      'score',
      'completeness',
      'score-shown',
      'on-course-for',
      'term:claimed',
      'term:supported',
      ...framework.criteria.map((c) => `criterion:${c.id}`),
      ...framework.stages.map((s) => `stage:${s.id}`),
      'warnings',
      'status',
      'problem',
      'nation',
      'councilArea',
    ]);
  });

  it('says where each project is: its nation, and in Scotland its council area', () => {
    examples.results.forEach((result, i) => {
      expect(rows[i]!.nation).toBe(result.project.nation ?? '');
      expect(rows[i]!.councilArea).toBe(result.project.councilArea ?? '');
    });
    const leith = examples.results.findIndex((r) => r.project.location === 'Leith, Edinburgh');
    expect(rows[leith]).toMatchObject({ nation: 'Scotland', councilArea: 'City of Edinburgh' });
  });

  it('holds the same figures as the scorecards', () => {
    examples.results.forEach((result, i) => {
      const row = rows[i]!;
      expect(row.name).toBe(result.project.name);
      expect(row.class).toBe(result.classification.id);
      expect(row.provisional).toBe(result.classification.provisional ? 'yes' : 'no');
      expect(row['term:supported']).toBe(result.terms.supported?.id ?? '');
      expect(Number(row.score)).toBe(result.score);
      expect(Number(row.completeness)).toBe(result.completeness);
      expect(Number(row.warnings)).toBe(result.warnings.length);
      expect(row.status).toBe('scored');
      for (const c of result.criteria) expect(row[`criterion:${c.id}`]).toBe(c.score === null ? '' : String(c.score));
      for (const s of result.stages) expect(row[`stage:${s.id}`]).toBe(s.level);
    });
  });

  it('ends every record with CRLF, as RFC 4180 asks', () => {
    // The examples hold no line breaks inside fields, so every \n here ends a record.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.match(/\n/g)).toHaveLength(text.match(/\r\n/g)!.length);
  });

  it('streams: each row is written as its project is scored, not held to the end', () => {
    const output = memoryOutput();
    const sink = csvSink(header, output);
    sink.result(examples.results[0]!);
    expect(read(output.text)).toHaveLength(1);
    sink.result(examples.results[1]!);
    expect(read(output.text)).toHaveLength(2);
  });

  it('writes the header even when nothing could be scored', () => {
    const empty = read(runSink((out) => csvSink(header, out), [], [{ file: 'nothing', message: 'no project files' }]));
    expect(empty).toEqual([
      expect.objectContaining({ file: 'nothing', status: 'invalid', problem: 'no project files' }),
    ]);
  });
});

describe('CSV escaping', () => {
  const hostile = HOSTILE_NAMES.map((name, i) => hostileResult(name, i));
  const rows = read(runSink((out) => csvSink(header, out), hostile));

  it('keeps names with commas, quotes and line breaks in one cell each', () => {
    expect(rows).toHaveLength(HOSTILE_NAMES.length);
    expect(rows.map((r) => r.name?.replace(/^'/, ''))).toEqual(HOSTILE_NAMES);
  });

  it('never lets a text cell reach a spreadsheet as a formula', () => {
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) expect(value, `${column}: ${value}`).not.toMatch(FORMULA);
    }
    expect(rows.find((r) => r.name?.includes('HYPERLINK'))?.name).toBe(`'=HYPERLINK("http://example.invalid","click")`);
    expect(rows.find((r) => r.name?.includes('SUM'))?.name).toBe(`'@SUM(A1:A2)`);
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
  });

  it('neutralises the characters a spreadsheet reads as the start of a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', ' =']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('Leith Decides')).toBe('Leith Decides');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('quotes a field only when it must, doubling its quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

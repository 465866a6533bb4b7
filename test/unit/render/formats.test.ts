// The table of report formats: the file name endings that ask for each, and a sink for every row.
import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  REPORT_FORMATS,
  fileExtension,
  formatForFile,
  type SinkContext,
} from '../../../src/render/formats.js';
import { PLAIN_STYLE } from '../../../src/render/text/style.js';
import { examples, header, memoryOutput, newSpool } from '../../report-fixtures.js';

describe('formatForFile', () => {
  it('reads the format from the file name ending, in any case, with the usual aliases', () => {
    expect(formatForFile('out/report.json')).toBe('json');
    expect(formatForFile('REPORT.HTML')).toBe('html');
    expect(formatForFile('report.htm')).toBe('html');
    expect(formatForFile('report.md')).toBe('markdown');
    expect(formatForFile('report.markdown')).toBe('markdown');
    expect(formatForFile('report.csv')).toBe('csv');
    expect(formatForFile('report.txt')).toBe('table');
  });

  it('finds none for an unknown ending, no ending, or a dot in a folder name', () => {
    expect(formatForFile('report.pdf')).toBeUndefined();
    expect(formatForFile('report')).toBeUndefined();
    expect(formatForFile('.json')).toBeUndefined();
    expect(formatForFile('reports.json/today')).toBeUndefined();
  });
});

describe('FORMATS', () => {
  it('gives each ending to one format, and each format a usual ending that leads back to it', () => {
    const endings = REPORT_FORMATS.flatMap((format) => [...FORMATS[format].extensions]);
    expect(new Set(endings).size).toBe(endings.length);
    for (const format of REPORT_FORMATS) expect(formatForFile(`report.${fileExtension(format)}`)).toBe(format);
  });

  it('opens a sink for every format that writes a report of the results it is given, in that format', async () => {
    const looksLike: Record<string, RegExp> = {
      table: /┌─/,
      json: /^\{\n {2}"schemaVersion": 1,/,
      markdown: /^# .*\n[\s\S]*\| --- \|/,
      csv: /^file,name,class,/,
      html: /^<!doctype html>/,
    };
    expect(Object.keys(looksLike)).toEqual(REPORT_FORMATS);
    for (const format of REPORT_FORMATS) {
      const output = memoryOutput();
      const context: SinkContext = {
        output,
        newSpool,
        style: async () => PLAIN_STYLE,
        width: () => 400,
        verbose: false,
        bom: false,
      };
      const sink = await FORMATS[format].openSink(header, context);
      for (const result of examples.results) sink.result(result);
      sink.end(examples.summary, examples.errors);
      // Names that no format escapes, so each must appear as written.
      const plainNames = examples.results.map((r) => r.project.name).filter((name) => /^[\w ]+$/.test(name));
      expect(plainNames.length).toBeGreaterThan(2);
      expect(output.text, format).toMatch(looksLike[format]!);
      for (const name of plainNames) expect(output.text, format).toContain(name);
    }
  });
});

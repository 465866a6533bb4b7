// Where the reports of one run go: --format/-o plus each --report <format>[=<file>].
import { describe, expect, it } from 'vitest';
import { parseReportSpec, reportTargets } from '../../../src/cli/report-targets.js';

describe('--report', () => {
  it('reads <format>=<file>, and <format> alone as standard output', () => {
    expect(parseReportSpec('html=out/report.html')).toEqual({ format: 'html', file: 'out/report.html' });
    expect(parseReportSpec('csv')).toEqual({ format: 'csv' });
    expect(parseReportSpec('json=a=b.json')).toEqual({ format: 'json', file: 'a=b.json' });
  });

  it('refuses an unknown format with a suggestion, and a missing format or file', () => {
    expect(() => parseReportSpec('htm=x.html')).toThrow(/unknown format "htm".*did you mean "html"/);
    expect(() => parseReportSpec('=x.html')).toThrow(/names no format/);
    expect(() => parseReportSpec('html=')).toThrow(/names no file/);
  });
});

describe('the reports of a run', () => {
  it('puts the --format report first, on standard output unless -o is given', () => {
    expect(reportTargets({ format: 'table', report: ['json=r.json', 'html=r.html'] })).toEqual([
      { format: 'table' },
      { format: 'json', file: 'r.json' },
      { format: 'html', file: 'r.html' },
    ]);
    expect(reportTargets({ format: 'json', output: 'r.json', report: ['csv'] })).toEqual([
      { format: 'json', file: 'r.json' },
      { format: 'csv' },
    ]);
  });

  it('sends at most one report to standard output', () => {
    expect(() => reportTargets({ format: 'table', report: ['csv'] })).toThrow(
      /only one report can go to standard output, but table and csv would: .*--report csv=report\.csv/,
    );
  });

  it('never writes two reports to the same file', () => {
    expect(() => reportTargets({ format: 'json', output: 'r.out', report: ['csv=./r.out'] })).toThrow(
      /two reports would be written to \.\/r\.out/,
    );
  });

  it("takes the format from the -o file's extension when --format is not given", () => {
    expect(reportTargets({ output: 'r.json' })).toEqual([{ format: 'json', file: 'r.json' }]);
    expect(reportTargets({ output: 'out/R.HTM' })).toEqual([{ format: 'html', file: 'out/R.HTM' }]);
    expect(reportTargets({ output: 'card.md' })).toEqual([{ format: 'markdown', file: 'card.md' }]);
    expect(reportTargets({ output: 'rows.csv' })).toEqual([{ format: 'csv', file: 'rows.csv' }]);
    expect(reportTargets({ output: 'report' })).toEqual([{ format: 'table', file: 'report' }]);
    expect(reportTargets({})).toEqual([{ format: 'table' }]);
    // An explicit --format wins over the extension.
    expect(reportTargets({ format: 'table', output: 'r.json' })).toEqual([{ format: 'table', file: 'r.json' }]);
  });

  it('checks the --format name too', () => {
    expect(() => reportTargets({ format: 'markdwon' })).toThrow(/did you mean "markdown"/);
  });
});

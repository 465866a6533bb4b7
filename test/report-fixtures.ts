// Shared by the report-format tests: the examples scored once, projects whose text tries to break
// out of each format, and a sink run into memory.
import type { InputError } from '../src/core/model/input-error.js';
import { assessProject } from '../src/core/assess/assess.js';
import { SummaryCounter, type ReportResult } from '../src/core/model/report.js';
import { scoreFiles } from '../src/batch/score-files.js';
import { Spool } from '../src/io/spool.js';
import type { TextOutput } from '../src/io/text-output.js';
import { reportHeader, type ReportHeader, type ReportSink } from '../src/render/sink.js';
import { TOOL } from '../src/io/tool.js';
import { allStages, defaultFramework, EXAMPLES, project } from './helpers.js';

export const framework = await defaultFramework();
export const header: ReportHeader = reportHeader(TOOL, framework);
export const examples = await scoreFiles(framework, [EXAMPLES]);

/**
 * The examples a batch summary shows, in order: several assessments of one project (the same id)
 * share one row, the latest dated one's; every other example has its own.
 */
export const summaryResults: ReportResult[] = examples.results.filter((result) => {
  const same = examples.results.filter(
    (other) => result.project.id !== undefined && other.project.id === result.project.id,
  );
  if (same.length <= 1) return true;
  const dateOf = (r: ReportResult) => r.project.assessment?.date ?? '';
  return same.every((other) => dateOf(other) <= dateOf(result));
});

/** Names and text that would be markup, a formula or a script if they were not escaped. */
export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.invalid","click")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTabbed',
  '# Heading | with a pipe',
  '1. Not a list',
  '- not an item',
  '> not a quote',
  '**bold** _em_ `code` [link](http://example.invalid) ![img](x.png) <b>b</b> &copy;',
  'Comma, "quotes" and\nanother line',
  '"><img src=x onerror=alert(2)>',
];

export function hostileResult(name: string, index = 0): ReportResult {
  const scored = assessProject(
    framework,
    project({
      name,
      organisation: `Org | ${name}`,
      summary: `About ${name}`,
      stages: allStages(framework, 'consult', `Evidence: ${name}`),
      answers: { 'shared-power.binding-decision': { answer: 'yes', evidence: `</textarea>${name}` } },
      references: [{ title: name, url: 'javascript:alert(3)' }],
      tags: [name],
    }),
  );
  return { file: `hostile/${index}-${name.replace(/\W+/g, '_')}.yaml`, ...scored };
}

/** What the CLI gives a sink to hold text in: io's spool (memory, then a temporary file). */
export const newSpool = () => new Spool();

export function memoryOutput(): TextOutput & { text: string } {
  const output = {
    name: 'memory',
    isStdout: false,
    text: '',
    write: (t: string) => void (output.text += t),
    finish: () => undefined,
    close: () => undefined,
    abort: () => undefined,
  };
  return output;
}

/** Every result through the sink, then its end; the text it wrote. */
export function runSink(
  make: (output: TextOutput) => ReportSink,
  results: readonly ReportResult[],
  errors: InputError[] = [],
): string {
  const output = memoryOutput();
  const sink = make(output);
  const counter = new SummaryCounter(framework);
  for (const result of results) {
    counter.add(result);
    sink.result(result);
  }
  sink.end(counter.summary(errors), errors);
  return output.text;
}

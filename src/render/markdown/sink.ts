// The Markdown format as a sink: one project gets its scorecard; a batch gets the summary table,
// then each project's section (spooled as they arrive). Either ends with the provenance line.
import type { NewSpool, ReportOutput } from '../output.js';
import { rowOf } from '../batch-row.js';
import { collectingSink } from '../collecting-sink.js';
import { latestPerProject } from '../../core/compare/latest-per-project.js';
import { markdownText } from '../text/escape-markdown.js';
import { renderMarkdownProject, renderMarkdownSummary, type MarkdownOptions } from './render.js';
import { provenance } from '../scorecard-parts.js';
import { singleProject, type ReportHeader, type ReportSink } from '../sink.js';

export function markdownSink(
  header: ReportHeader,
  output: ReportOutput,
  options: MarkdownOptions,
  newSpool: NewSpool,
): ReportSink {
  return collectingSink(
    {
      row: rowOf,
      section: (result) => `\n${renderMarkdownProject(result, 2, header.outline, options)}`,
      end({ first, rows, summary, errors, drainSections }) {
        if (singleProject(first, summary)) output.write(renderMarkdownProject(first, 1, header.outline, options));
        else {
          output.write(
            renderMarkdownSummary({ header, summary, errors, rows: latestPerProject(header.outline, rows) }),
          );
          drainSections((text) => output.write(text));
        }
        output.write(`\n_${markdownText(provenance(header))}._\n`);
      },
    },
    newSpool,
  );
}

// The HTML format as a sink: one project gets a page with its scorecard; a batch gets the index
// (table and gallery, from a short row per project) and then every scorecard, spooled as they
// arrive so only the rows stay in memory.
import type { NewSpool, ReportOutput } from '../output.js';
import { rowOf } from '../batch-row.js';
import { collectingSink } from '../collecting-sink.js';
import { latestPerProject } from '../../core/compare/latest-per-project.js';
import { htmlRowOf, renderHtmlBatchEnd, renderHtmlBatchStart, renderHtmlSingle } from './render.js';
import { renderHtmlScorecard } from './scorecard.js';
import { singleProject, type ReportHeader, type ReportSink } from '../sink.js';

export function htmlSink(header: ReportHeader, output: ReportOutput, newSpool: NewSpool): ReportSink {
  return collectingSink(
    {
      row: (result, index) => htmlRowOf(result, rowOf(result), index + 1),
      section: (result, index) => renderHtmlScorecard(result, index + 1, 3, header.outline),
      end({ first, rows, summary, errors, drainSections }) {
        if (singleProject(first, summary)) {
          output.write(renderHtmlSingle(header, first));
          return;
        }
        output.write(renderHtmlBatchStart({ header, summary, errors, rows: latestPerProject(header.outline, rows) }));
        drainSections((text) => output.write(text));
        output.write(renderHtmlBatchEnd(header, rows.length));
      },
    },
    newSpool,
  );
}

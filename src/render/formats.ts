// The report formats: one row each, with the file name endings that ask for it (the first is the
// usual one, used in examples) and how to open its sink. Adding a format is a row here and a
// folder beside this file (render/<format>/, a pure render and a sink); `--format`, `--report`
// and `-o`'s extension then know it. Each sink's modules are loaded only when a run asks for it.
import { extname } from 'node:path';
import type { NewSpool, ReportOutput } from './output.js';
import type { ReportHeader, ReportSink } from './sink.js';
import type { Style } from './text/style.js';

/** What a run hands every sink it opens; each format takes what it needs. */
export interface SinkContext {
  output: ReportOutput;
  newSpool: NewSpool;
  /** Colour, asked for only by the formats that can show it. */
  style(): Promise<Style>;
  /** Columns to lay text out in: asked only by the format that lays text out (the table), so JSON never asks the terminal. */
  width(): number;
  verbose: boolean;
  /** CSV only: begin with a byte order mark, for Excel. */
  bom: boolean;
}

interface Format {
  extensions: readonly [string, ...string[]];
  openSink(header: ReportHeader, context: SinkContext): Promise<ReportSink>;
}

export const FORMATS = {
  table: {
    extensions: ['txt'],
    async openSink(header, { output, style, width, verbose }) {
      const { tableSink } = await import('./table/sink.js');
      return tableSink(header, output, { style: await style(), width: width(), verbose });
    },
  },
  json: {
    extensions: ['json'],
    async openSink(header, { output, newSpool }) {
      const { jsonSink } = await import('./json/sink.js');
      return jsonSink(header, output, newSpool);
    },
  },
  markdown: {
    extensions: ['md', 'markdown'],
    async openSink(header, { output, newSpool, verbose }) {
      const { markdownSink } = await import('./markdown/sink.js');
      return markdownSink(header, output, { verbose }, newSpool);
    },
  },
  csv: {
    extensions: ['csv'],
    async openSink(header, { output, bom }) {
      const { csvSink } = await import('./csv/sink.js');
      return csvSink(header, output, { bom });
    },
  },
  html: {
    extensions: ['html', 'htm'],
    async openSink(header, { output, newSpool }) {
      const { htmlSink } = await import('./html/sink.js');
      return htmlSink(header, output, newSpool);
    },
  },
} as const satisfies Record<string, Format>;

export type ReportFormat = keyof typeof FORMATS;
/** In the order `--help` lists them. */
export const REPORT_FORMATS = Object.keys(FORMATS) as ReportFormat[];

/** The usual file name ending of a format (report.json), for examples in messages. */
export function fileExtension(format: ReportFormat): string {
  return FORMATS[format].extensions[0];
}

/** The format a file name asks for by its ending (report.json → json; .htm, .markdown too), if any. */
export function formatForFile(file: string): ReportFormat | undefined {
  const ending = extname(file).slice(1).toLowerCase();
  return REPORT_FORMATS.find((format) => (FORMATS[format].extensions as readonly string[]).includes(ending));
}

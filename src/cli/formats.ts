// Report formats. Adding one here makes `--format` and `--report` accept it; each needs a sink
// in sinks.ts (the switch there is exhaustive, so the compiler asks for it).
export const REPORT_FORMATS = ['table', 'json', 'markdown', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The usual file name ending of each format, for examples in messages. */
export const FILE_EXTENSIONS = { table: 'txt', json: 'json', markdown: 'md', csv: 'csv', html: 'html' } as const satisfies Record<ReportFormat, string>;

/**
 * Formats read by programs: no colour, ever. Markdown and HTML are never coloured either: their
 * renderers take no Style at all, so only the table can carry terminal colour.
 */
export const MACHINE_FORMATS: ReadonlySet<string> = new Set(['json', 'csv']);

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

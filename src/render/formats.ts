// Report formats. Adding one here makes `--format` and `--report` accept it; each needs a sink
// in sinks.ts (the switch there is exhaustive, so the compiler asks for it).
export const REPORT_FORMATS = ['table', 'json', 'markdown', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The usual file name ending of each format, for examples in messages. */
export const FILE_EXTENSIONS = { table: 'txt', json: 'json', markdown: 'md', csv: 'csv', html: 'html' } as const satisfies Record<ReportFormat, string>;

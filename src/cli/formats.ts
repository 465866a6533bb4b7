// Report formats. Adding one here makes `--format` accept it; each needs a renderer.
export const REPORT_FORMATS = ['table', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats read by programs: no colour, ever. */
export const MACHINE_FORMATS: ReadonlySet<string> = new Set(['json']);

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

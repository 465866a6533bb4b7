// A project's share of the hub, rendered where it is scored (in a worker thread of a large batch,
// or on this thread): its project page with the page's hash, its item of projects.json, its line
// of projects.csv and its index row, so the thread that writes the site only puts bytes in place.
// A project page's content does not depend on its file name (its links go up one folder whatever
// it is called), so it is rendered before the writing thread names it. A scorecard that gives a
// project id may be one of several assessments, which only the end can tell: it travels whole, and
// its page is rendered at the end, as before.
import { createHash } from 'node:crypto';
import type { ReportResult } from '../../core/report.js';
import type { LoadedFramework } from '../../core/types.js';
import { csvLine, csvResultValues } from '../csv/render.js';
import { resultItem } from '../json/render.js';
import type { ReportHeader } from '../sink.js';
import { hubRowOf, type HubRow } from './model.js';
import { projectPage } from './project.js';
import { hubWords } from './words.js';

/** What every thread needs to render the hub's parts: plain data, sent to each worker. */
export interface HubRenderSetup {
  header: ReportHeader;
  title: string;
  assessPage?: string;
}

/** The parts of one project beside its text (projects.json's item, then its page, as UTF-8, end to end). */
export interface HubPart {
  /** Bytes of the text that are its projects.json item; the rest is its page (none when held). */
  jsonLength: number;
  /** The page's SHA-256, hex, as the site's manifest keeps it. */
  pageHash?: string;
  csv: string;
  row: Omit<HubRow, 'page'>;
  /** A scorecard that gives a project id, whole: its page is made at the end. */
  held?: ReportResult;
}

/** Any page in the projects folder: the page's links depend only on its depth. */
const A_PROJECT_PAGE = 'projects/page.html';

const encoder = new TextEncoder();

export function hubRenderer(
  framework: LoadedFramework,
  { header, title, assessPage }: HubRenderSetup,
): (result: ReportResult) => { text: Uint8Array; part: HubPart } {
  const site = { header, title, assessPage };
  const words = hubWords(framework);
  return (result) => {
    const json = encoder.encode(resultItem(result));
    const csv = csvLine(csvResultValues(result, header.outline));
    const row = hubRowOf(result, '');
    const { page: _page, ...rowData } = row;
    if (result.project.id !== undefined)
      return { text: json, part: { jsonLength: json.length, csv, row: rowData, held: result } };
    const page = encoder.encode(projectPage(site, words, result, A_PROJECT_PAGE));
    const text = new Uint8Array(json.length + page.length);
    text.set(json);
    text.set(page, json.length);
    const pageHash = createHash('sha256').update(page).digest('hex');
    return { text, part: { jsonLength: json.length, pageHash, csv, row: rowData } };
  };
}

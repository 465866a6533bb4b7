// A project's share of the hub, rendered where it is scored (in a worker thread of a large batch,
// or on this thread): its project page with the page's hash, its item of projects.json, its line
// of projects.csv and its index row, so the thread that writes the site only puts bytes in place.
// A project page's content does not depend on its file name (its links go up one folder whatever
// it is called), so it is rendered before the writing thread names it. A scorecard that gives a
// project id may be one of several assessments, which only the end can tell: it travels whole, and
// its page is rendered at the end, as before. Everything is rendered as the public sees it
// (render/hub/public.ts): named by its file name, a draft only when drafts are listed, a file its
// people did not agree to publish not at all. A file whose name another file in the batch also has
// travels whole too: which of them is "name (2)" is decided by the thread that writes the site.
import { createHash } from 'node:crypto';
import type { ReportResult } from '../../core/model/report.js';
import type { LoadedFramework } from '../../core/model/types.js';
import { csvLine, csvResultValues } from '../csv/render.js';
import { resultItem } from '../json/render.js';
import type { ReportHeader } from '../sink.js';
import { hubRowOf, type HubRow } from './model.js';
import { draftPage, projectPage } from './project.js';
import {
  consentUnrecorded,
  fileName,
  isLeftOut,
  publicationOf,
  publicResult,
  PublicNames,
  type Publication,
} from './public.js';
import { hubWords } from './words.js';

/** What every thread needs to render the hub's parts: plain data, sent to each worker. */
export interface HubRenderSetup {
  header: ReportHeader;
  title: string;
  assessPage?: string;
  /** List drafts, marked as drafts and never scored. */
  includeDrafts?: boolean;
  /** Publish only files that say "publish: { consent: true }". */
  consentedOnly?: boolean;
  /** File names more than one file of the batch has (public.ts, repeatedFileNames). */
  repeatedNames?: string[];
}

/** The parts of one project beside its text (projects.json's item, then its page, as UTF-8, end to end). */
export interface HubPart {
  /** What the hub does with it; only a published one has a projects.json item and CSV line. */
  publication: Publication;
  /** Published, though its file does not record whether its people agreed (no publish.consent). */
  consentUnrecorded?: true;
  /** Bytes of the text that are its projects.json item; the rest is its page (none when held). */
  jsonLength: number;
  /** The page's SHA-256, hex, as the site's manifest keeps it. */
  pageHash?: string;
  csv: string;
  /** Its index row; none when it is not listed (left out). */
  row?: Omit<HubRow, 'page'>;
  /** The scorecard as its file gave it, when its file name is not its own: taken whole by the writing thread. */
  whole?: ReportResult;
  /** A scorecard that gives a project id, whole: its page is made at the end. */
  held?: ReportResult;
}

/** Any page in the projects folder: the page's links depend only on its depth. */
const A_PROJECT_PAGE = 'projects/page.html';

const encoder = new TextEncoder();

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const NOTHING = new Uint8Array(0);

export function hubRenderer(
  framework: LoadedFramework,
  { header, title, assessPage, includeDrafts, consentedOnly, repeatedNames }: HubRenderSetup,
): (result: ReportResult) => { text: Uint8Array; part: HubPart } {
  const site = { header, title, assessPage };
  const words = hubWords(framework);
  const repeated = new Set(repeatedNames);
  const unlisted = (publication: Publication) => ({ text: NOTHING, part: { publication, jsonLength: 0, csv: '' } });
  return (scorecard) => {
    const publication = publicationOf(scorecard, consentedOnly);
    if (repeated.has(fileName(scorecard.file)))
      return { text: NOTHING, part: { publication, jsonLength: 0, csv: '', whole: scorecard } };
    if (isLeftOut(publication) || (publication === 'draft' && !includeDrafts)) return unlisted(publication);
    // A name no other file has: its file name, as the writing thread's PublicNames gives it too.
    const result = publicResult(scorecard, new PublicNames());
    const { page: _page, ...rowData } = hubRowOf(result, '');
    if (publication === 'draft') {
      const page = encoder.encode(draftPage(site, result, A_PROJECT_PAGE));
      const { assessment: _a, ...draftRow } = rowData;
      const row = { ...draftRow, draft: true };
      return { text: page, part: { publication, jsonLength: 0, pageHash: sha256(page), csv: '', row } };
    }
    const json = encoder.encode(resultItem(result));
    const csv = csvLine(csvResultValues(result, header.outline));
    const unrecorded = consentUnrecorded(scorecard) ? { consentUnrecorded: true as const } : {};
    const part = { publication, jsonLength: json.length, csv, row: rowData, ...unrecorded };
    if (result.project.id !== undefined) return { text: json, part: { ...part, held: result } };
    const page = encoder.encode(projectPage(site, words, result, A_PROJECT_PAGE));
    const text = new Uint8Array(json.length + page.length);
    text.set(json);
    text.set(page, json.length);
    return { text, part: { ...part, pageHash: sha256(page) } };
  };
}

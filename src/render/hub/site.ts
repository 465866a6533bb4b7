// The whole hub, built as scorecards stream in: each project's page is rendered as soon as its
// scorecard arrives (only a short row is kept), and at the end the index, the class and term
// pages, and the downloads (projects.json.gz, byte for byte copro's JSON report gzipped, and
// projects.csv, its CSV format). Pages go to `put`, which decides whether anything needs writing.
// The JSON report is for scripts, which unpack a gzip file as easily as they read one; gzipped it
// is about a seventh of its size (the framework's questions repeat in every result), and it was
// half of a hub's bytes. The plain projects.json is written too when asked for (plainJson).
// A file that gives a project id may be one of several assessments of that project, which only
// the end can tell, so its scorecard is held until then. A project assessed more than once gets a
// page comparing its assessments (compare/<id>.html, as `copro compare` shows them), its one row
// in the index and on the class and term pages is its latest assessment with its trend (as in
// `copro assess` batch summaries), and that row leads to the comparison.
import { createGzip } from 'node:zlib';
import type { InputError } from '../../core/model/input-error.js';
import type { Report, ReportResult } from '../../core/model/report.js';
import type { LoadedFramework } from '../../core/model/types.js';
import type { NewSpool, ReportOutput } from '../output.js';
import { csvSink } from '../csv/sink.js';
import { jsonSink } from '../json/sink.js';
import type { ReportHeader, ReportSink } from '../sink.js';
import { explainPages } from './explain.js';
import { indexPages } from './index.js';
import { compareProject } from '../../core/compare/compare.js';
import { latestPerProject } from '../../core/compare/latest-per-project.js';
import { comparisonPage } from './compare-page.js';
import { byName, hubRowOf, PageNames, type HubRow } from './model.js';
import { navigation, sharedFiles, type HubSite } from './page.js';
import { renderFormPage } from '../form/page.js';
import { draftPage, projectPage } from './project.js';
import {
  consentUnrecorded,
  isLeftOut,
  publicationOf,
  publicErrors,
  publicResult,
  PublicNames,
  type Publication,
} from './public.js';
import type { HubPart } from './rendered.js';
import { hubWords, type HubWords } from './words.js';

/** Puts a file in the site; `hash`: its content's SHA-256 (hex), when already known. */
export type PutFile = (path: string, content: string | Uint8Array, hash?: string) => void;

/** A report format rendered into memory, to become one file of the site. */
function inMemory(): ReportOutput & { text(): string } {
  const chunks: string[] = [];
  // No writeBytes: a spool that went to disk then decodes its bytes as a stream, never splitting a character.
  return {
    write: (text) => void chunks.push(text),
    text: () => chunks.join(''),
  };
}

/**
 * A report rendered into memory as UTF-8 bytes, in the pieces it was written in: spooled results
 * are taken as the bytes they are, never decoded into one long string nor joined into one buffer.
 */
function inMemoryBytes(): ReportOutput & { pieces: Uint8Array[] } {
  const pieces: Uint8Array[] = [];
  return {
    pieces,
    write: (text) => void pieces.push(Buffer.from(text, 'utf8')),
    // A copy: a spool that went to disk hands back the same buffer each time.
    writeBytes: (bytes) => void pieces.push(Buffer.from(bytes)),
  };
}

/**
 * `pieces`, end to end, gzipped on a thread of libuv's pool (so this thread can render the other
 * pages meanwhile), fed in piece by piece: a 5,000-project report is some 190 MB, never copied
 * into one buffer.
 */
function gzipped(pieces: readonly Uint8Array[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const packed: Buffer[] = [];
    const gzip = createGzip();
    gzip.on('data', (chunk: Buffer) => packed.push(chunk));
    gzip.on('end', () => resolve(Buffer.concat(packed)));
    gzip.on('error', reject);
    for (const piece of pieces) gzip.write(piece);
    gzip.end();
  });
}

/** The JSON download, gzipped: what `gunzip -k projects.json.gz` turns back into projects.json. */
const JSON_DOWNLOAD = 'projects.json.gz';
const PLAIN_JSON = 'projects.json';

export interface HubOptions {
  title: string;
  strapline?: string;
  /** The self-assessment page's script: the hub then has assess.html. */
  formScript?: string;
  submitTo?: string;
  /** Where the JSON download holds results until the summary is known (the CLI passes io's spool). */
  newSpool: NewSpool;
  /** List drafts (files with suggestions no one has checked), marked as drafts and never scored. */
  includeDrafts?: boolean;
  /** Publish only files that say "publish: { consent: true }". */
  consentedOnly?: boolean;
  /** Write projects.json, uncompressed, beside projects.json.gz. */
  plainJson?: boolean;
}

export const ASSESS_PAGE = 'assess.html';

export class HubBuilder implements ReportSink {
  private readonly site: HubSite;
  private readonly words: HubWords;
  private readonly names = new PageNames();
  private readonly comparePages = new PageNames('compare');
  private readonly rows: HubRow[] = [];
  /** The files published though they do not record whether their people agreed: told to the editor. */
  readonly consentUnrecorded: string[] = [];
  private readonly publicNames = new PublicNames();
  /** Scorecards that give a project id, by id, with their pages: rendered at the end. */
  private readonly held = new Map<string, { result: ReportResult; page: string }[]>();
  private readonly json = inMemoryBytes();
  private readonly csv = inMemory();
  private readonly sinks: ReportSink[];
  private readonly jsonReport: ReportSink;
  private readonly csvReport: ReturnType<typeof csvSink>;
  private readonly options: HubOptions;
  /** The JSON download, being compressed once `end` has the whole report. */
  private jsonPacked: Promise<Buffer> | undefined;

  constructor(
    private readonly framework: LoadedFramework,
    header: ReportHeader,
    options: HubOptions,
    private readonly put: PutFile,
  ) {
    this.site = {
      header,
      title: options.title,
      strapline: options.strapline,
      assessPage: options.formScript ? ASSESS_PAGE : undefined,
      plainJson: options.plainJson,
    };
    this.options = options;
    this.words = hubWords(framework);
    this.jsonReport = jsonSink(header, this.json, options.newSpool);
    this.csvReport = csvSink(header, this.csv);
    this.sinks = [this.jsonReport, this.csvReport];
  }

  /**
   * A result whose parts the thread that scored it has rendered (render/hub/rendered.ts), already
   * as the public sees it; one sent whole (its file name is not its own) is taken as `take` takes it.
   */
  renderedResult(text: Uint8Array, file: string, part: HubPart): Publication {
    if (part.whole) return this.take(part.whole);
    if (isLeftOut(part.publication)) return part.publication;
    this.publicNames.of(file);
    if (!part.row) return part.publication;
    const page = this.names.nextForFile(file);
    if (part.held) {
      const id = part.held.project.id!;
      this.held.set(id, [...(this.held.get(id) ?? []), { result: part.held, page }]);
    } else this.put(page, text.subarray(part.jsonLength), part.pageHash);
    this.rows.push({ ...part.row, page });
    if (part.publication === 'published') {
      this.jsonReport.jsonResult!(text.subarray(0, part.jsonLength));
      this.csvReport.line(part.csv);
      if (part.consentUnrecorded) this.consentUnrecorded.push(file);
    }
    return part.publication;
  }

  /**
   * Takes one scorecard, and says what became of it: published; a draft (listed as a draft with
   * includeDrafts, else left out); or left out because its people did not agree to publish it (or,
   * with consentedOnly, its file does not say they did).
   * Only published scorecards are in the downloads and on the class and term pages.
   */
  take(scorecard: ReportResult): Publication {
    const publication = publicationOf(scorecard, this.options.consentedOnly);
    if (isLeftOut(publication)) return publication;
    const result = publicResult(scorecard, this.publicNames);
    if (publication === 'draft') {
      if (this.options.includeDrafts) {
        const page = this.names.next(result);
        this.put(page, draftPage(this.site, result, page));
        const { assessment: _a, ...row } = hubRowOf(result, page);
        this.rows.push({ ...row, draft: true });
      }
      return publication;
    }
    this.result(result);
    if (consentUnrecorded(scorecard)) this.consentUnrecorded.push(scorecard.file);
    return publication;
  }

  result(result: ReportResult): void {
    const page = this.names.next(result);
    const id = result.project.id;
    if (id === undefined) this.put(page, projectPage(this.site, this.words, result, page));
    else this.held.set(id, [...(this.held.get(id) ?? []), { result, page }]);
    this.rows.push(hubRowOf(result, page));
    for (const sink of this.sinks) sink.result(result);
  }

  /** The held scorecards' pages, and a comparison page for each project assessed more than once: its address, by id. */
  private assessedTogether(): Map<string, string> {
    const comparisons = new Map<string, string>();
    for (const [id, group] of this.held) {
      if (group.length === 1) {
        this.put(group[0]!.page, projectPage(this.site, this.words, group[0]!.result, group[0]!.page));
        continue;
      }
      const path = this.comparePages.named(id);
      comparisons.set(id, path);
      const together = { page: path, assessments: group.length };
      for (const { result, page } of group) this.put(page, projectPage(this.site, this.words, result, page, together));
      const comparison = compareProject(
        this.framework,
        group.map((g) => g.result),
      );
      this.put(path, comparisonPage(this.site, comparison, path, new Map(group.map((g) => [g.result.file, g.page]))));
    }
    this.held.clear();
    return comparisons;
  }

  end(summary: Report['summary'], errors: InputError[]): void {
    // The downloads first: the JSON report is compressed while the pages below are rendered.
    const shown = publicErrors(errors, this.publicNames);
    for (const sink of this.sinks) sink.end(summary, shown);
    this.jsonPacked = gzipped(this.json.pieces);
    // Awaited in downloadsWritten; meanwhile a failure is not left unhandled.
    this.jsonPacked.catch(() => undefined);
    if (this.options.plainJson) this.put(PLAIN_JSON, Buffer.concat(this.json.pieces));
    this.put('projects.csv', this.csv.text());
    const comparisons = this.assessedTogether();
    // One row per project: a project assessed more than once shows its latest, and leads to its comparison.
    const rows = byName(
      latestPerProject(this.framework, this.rows).map((row) =>
        row.history && row.assessment ? { ...row, page: comparisons.get(row.assessment.id) ?? row.page } : row,
      ),
    );
    for (const [path, html] of indexPages(this.site, rows, this.words)) this.put(path, html);
    const scored = rows.filter((row) => !row.draft);
    for (const [path, html] of explainPages(this.site, this.framework, this.words, scored)) this.put(path, html);
    for (const [path, content] of sharedFiles(this.site.header.outline)) this.put(path, content);
    if (this.options.formScript) {
      const nav = navigation(this.site, { path: ASSESS_PAGE, title: '', current: 'assess' });
      this.put(
        ASSESS_PAGE,
        renderFormPage({
          header: this.site.header,
          framework: this.framework,
          script: this.options.formScript,
          submitTo: this.options.submitTo,
          navigation: nav,
        }),
      );
    }
  }

  /** After `end`: puts the JSON download in the site once it is compressed. */
  async downloadsWritten(): Promise<void> {
    if (!this.jsonPacked) throw new Error('the hub has not ended');
    this.put(JSON_DOWNLOAD, await this.jsonPacked);
  }
}

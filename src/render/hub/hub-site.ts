// The whole hub, built as scorecards stream in: each project's page is rendered as soon as its
// scorecard arrives (only a short row is kept), and at the end the index, the class and term
// pages, and the downloads (projects.json, byte for byte copro's JSON report, and projects.csv,
// its CSV format). Pages go to `put`, which decides whether anything needs writing.
import type { Report, ReportError, ReportResult } from '../../core/report.js';
import type { LoadedFramework } from '../../core/types.js';
import type { TextOutput } from '../../io/text-output.js';
import { csvSink } from '../csv.js';
import { jsonSink } from '../json.js';
import type { ReportHeader, ReportSink } from '../sink.js';
import { explainPages } from './hub-explain.js';
import { indexPages } from './hub-index.js';
import { byName, hubRowOf, PageNames, type HubRow } from './hub-model.js';
import { navigation, type HubSite } from './hub-page.js';
import { renderFormPage } from '../form/form-page.js';
import { projectPage } from './hub-project.js';
import { hubWords, type HubWords } from './hub-words.js';

export type PutFile = (path: string, content: string) => void;

/** A report format rendered into memory, to become one file of the site. */
function inMemory(): TextOutput & { text(): string } {
  const chunks: string[] = [];
  return {
    name: 'the site',
    isStdout: false,
    write: (text) => void chunks.push(text),
    finish: () => undefined,
    close: () => undefined,
    abort: () => undefined,
    text: () => chunks.join(''),
  };
}

export interface HubOptions {
  title: string;
  /** The self-assessment page's script: the hub then has assess.html. */
  formScript?: string;
  submitTo?: string;
}

export const ASSESS_PAGE = 'assess.html';

export class HubBuilder implements ReportSink {
  private readonly site: HubSite;
  private readonly words: HubWords;
  private readonly names = new PageNames();
  private readonly rows: HubRow[] = [];
  private readonly json = inMemory();
  private readonly csv = inMemory();
  private readonly sinks: ReportSink[];
  private readonly options: HubOptions;

  constructor(
    private readonly framework: LoadedFramework,
    header: ReportHeader,
    options: HubOptions,
    private readonly put: PutFile,
  ) {
    this.site = { header, title: options.title, assessPage: options.formScript ? ASSESS_PAGE : undefined };
    this.options = options;
    this.words = hubWords(framework);
    this.sinks = [jsonSink(header, this.json), csvSink(header, this.csv)];
  }

  result(result: ReportResult): void {
    const page = this.names.next(result);
    this.put(page, projectPage(this.site, this.words, result, page));
    this.rows.push(hubRowOf(result, page));
    for (const sink of this.sinks) sink.result(result);
  }

  end(summary: Report['summary'], errors: ReportError[]): void {
    const rows = byName(this.rows);
    for (const [path, html] of indexPages(this.site, rows, this.words)) this.put(path, html);
    for (const [path, html] of explainPages(this.site, this.framework, this.words, rows)) this.put(path, html);
    for (const sink of this.sinks) sink.end(summary, errors);
    this.put('projects.json', this.json.text());
    this.put('projects.csv', this.csv.text());
    if (this.options.formScript) {
      const nav = navigation(this.site, { path: ASSESS_PAGE, title: '', current: 'assess' });
      this.put(ASSESS_PAGE, renderFormPage({ header: this.site.header, framework: this.framework, script: this.options.formScript, submitTo: this.options.submitTo, navigation: nav }));
    }
  }
}

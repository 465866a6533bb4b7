// `copro hub <paths...> -o <folder>`: a static resource hub from a folder of project files. Every
// project is scored as `copro assess` scores it; the site (src/render/hub/) is written by
// io/site-writer.ts: built beside the target and swapped in whole, writing only what changed.
// A bad file is reported and left out; the others still make the hub (exit 2, as assess does).
// When nothing could be scored, the previous site is left as it was. assess.html is the
// self-assessment page (copro form), with the hub's navigation.
import { SummaryCounter } from '../core/model/report.js';
import { loadFrameworkCached } from '../io/framework-cache.js';
import { UsageError } from '../io/usage-error.js';
import { readFormScript } from '../io/form-script.js';
import { describeFsError } from '../io/fs-errors.js';
import { checkSubmitTo } from './form.js';
import { findProjects, STDIN } from '../io/find-projects.js';
import { limitsFromEnv } from '../io/limits.js';
import { refuseSiteOverInputs } from '../io/output-clash.js';
import { Spool } from '../io/spool.js';
import { SiteWriter, type SiteChanges } from '../io/site-writer.js';
import { buildFingerprint, SITE_FINGERPRINT, unchangedSite } from '../io/site-fingerprint.js';
import { ASSESS_PAGE, HubBuilder } from '../render/hub/site.js';
import { repeatedFileNames, type Publication } from '../render/hub/public.js';
import { placeListText } from '../io/load-places.js';
import { reportHeader } from '../render/sink.js';
import { exitCodeFor, type ExitCode } from './exit-codes.js';
import { scoreEach } from '../batch/score-files.js';
import { notice, printErrors } from './terminal.js';
import { TOOL } from '../io/tool.js';
import { loadHubSettings } from '../io/load-hub-settings.js';

export interface HubOptions {
  output: string;
  framework?: string;
  title?: string;
  /** A hub settings file (title, strapline); by default criteria/hub.yaml. */
  settings?: string;
  submitTo?: string;
  /** List drafts (unchecked suggestions), marked as drafts and not scored; by default they are left out. */
  includeDrafts?: boolean;
  /** Publish only files that say "publish: { consent: true }"; by default only a "consent: false" is left out. */
  consentedOnly?: boolean;
  /** Write projects.json, uncompressed, beside projects.json.gz. */
  plainJson?: boolean;
  quiet?: boolean;
  followLinks?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How many files were written, carried over unchanged, removed, and kept (someone's own). */
type ChangeCounts = Record<'written' | 'unchanged' | 'removed' | 'kept', number>;

const countsOf = (changes: SiteChanges): ChangeCounts => ({
  written: changes.written.length,
  unchanged: changes.unchanged,
  removed: changes.removed.length,
  kept: changes.kept.length,
});

function changesLine(target: string, changes: ChangeCounts): string {
  const parts = [`${plural(changes.written, 'file')} written`, `${changes.unchanged} unchanged`];
  if (changes.removed) parts.push(`${changes.removed} removed`);
  if (changes.kept) parts.push(`${changes.kept} of your own kept`);
  return `hub written to ${target}: ${parts.join(', ')}`;
}

/** What was left out of the hub, or listed only as a draft, and why: on standard error, for the editor. */
type LeftOut = Record<Exclude<Publication, 'published'>, string[]>;

/** "2 files (a.yaml, b.yaml)", naming at most five. */
function files(list: string[]): string {
  const named = list.slice(0, 5).join(', ') + (list.length > 5 ? ', …' : '');
  return `${list.length} ${list.length === 1 ? 'file' : 'files'} (${named})`;
}

function leftOutNotices(left: LeftOut, options: HubOptions): void {
  if (left['no-consent'].length > 0)
    notice(
      `${files(left['no-consent'])} left out of the hub: "publish: { consent: false }" says the people involved did not agree to publishing it.`,
      options.quiet,
    );
  if (left['not-consented'].length > 0)
    notice(
      `${files(left['not-consented'])} left out of the hub: --consented-only publishes only files that say "publish: { consent: true }" (the people involved agreed). \`copro review <file>\` asks it last.`,
      options.quiet,
    );
  if (left.draft.length === 0) return;
  const one = left.draft.length === 1;
  const check = `${one ? 'it still has' : 'each still has'} suggestions from \`copro draft\` no one has checked. Check ${one ? 'it' : 'each'} with \`copro review <file>\`, or remove "suggested: true" from each suggestion once checked`;
  notice(
    options.includeDrafts
      ? `${files(left.draft)} listed as ${one ? 'a draft' : 'drafts'}, without a score: ${check}.`
      : `${files(left.draft)} left out of the hub as ${one ? 'a draft' : 'drafts'}: ${check}; --include-drafts lists them, marked as drafts.`,
    options.quiet,
  );
}

/**
 * A hub is public, and by default it shows a file that does not say no: the editor is told which
 * files it published without a record that their people agreed, and how to publish only those that do.
 */
function unrecordedConsentNotice(unrecorded: string[], options: HubOptions): void {
  if (unrecorded.length === 0) return;
  const one = unrecorded.length === 1;
  notice(
    `${files(unrecorded)} published without a record that the people involved agreed: ${one ? 'it does' : 'each does'} not say "publish: { consent: true }". Ask them (\`copro review <file>\` asks it last), or build with --consented-only to publish only the files that say yes.`,
    options.quiet,
  );
}

export async function runHub(paths: string[], options: HubOptions): Promise<ExitCode> {
  const limits = limitsFromEnv();
  // Before anything is read: the site must not be, or hold, an input (it is replaced whole).
  const found = findProjects(paths, { followLinks: options.followLinks });
  const named = [...paths, ...found.files].filter((path) => path !== STDIN);
  const alsoRead = [options.framework, options.settings].filter((f): f is string => f !== undefined);
  refuseSiteOverInputs(options.output, { files: [...named, ...alsoRead] });
  const loaded = await loadFrameworkCached(options.framework, limits);
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseSiteOverInputs(options.output, { files: loaded.files, afterReading: true });
  const framework = loaded.framework;
  const settings = await loadHubSettings(options.settings);
  if (!settings.ok) throw new UsageError('the hub settings are not valid', settings.errors);
  // The shipped settings always give a title; "copro hub" is the last resort should they be gone.
  const title = options.title?.trim() || settings.settings.title || 'copro hub';
  const strapline = settings.settings.strapline;
  const submitTo = checkSubmitTo(options.submitTo);
  const formScript = readFormScript();
  const includeDrafts = options.includeDrafts === true;
  const consentedOnly = options.consentedOnly === true;
  const plainJson = options.plainJson === true;
  // Nothing the site is made from has changed, and the site is intact: nothing to read or render.
  const fingerprint = found.errors.length
    ? undefined
    : buildFingerprint(
        TOOL.version,
        [
          framework.hash,
          title,
          JSON.stringify(settings.settings),
          String(includeDrafts),
          String(consentedOnly),
          String(plainJson),
          placeListText(),
          submitTo ?? '',
          formScript ?? '',
          JSON.stringify(limits),
        ],
        found.files,
        limits.maxFileBytes,
      );
  const unchanged = fingerprint && unchangedSite(options.output, fingerprint);
  if (unchanged) {
    const counts = { written: 0, unchanged: unchanged.files, removed: 0, kept: unchanged.kept };
    notice(changesLine(options.output, counts), options.quiet);
    return exitCodeFor({ errors: 0, shortfalls: 0 });
  }

  let writer: SiteWriter | undefined;
  try {
    writer = new SiteWriter(options.output);
    const site = writer;
    const header = reportHeader(TOOL, framework);
    const hub = new HubBuilder(
      framework,
      header,
      { title, strapline, formScript, submitTo, newSpool: () => new Spool(), includeDrafts, consentedOnly, plainJson },
      (path, content, hash) => site.put(path, content, hash),
    );
    const counter = new SummaryCounter(framework);
    const left: LeftOut = { draft: [], 'no-consent': [], 'not-consented': [] };
    const told = (publication: Publication, file: string, add: () => void) => {
      if (publication === 'published') add();
      else left[publication].push(file);
    };
    // Each project's page, report item and row are rendered by the thread that scores it; a file
    // whose name another file also has comes whole, to be named here (render/hub/rendered.ts).
    const errors = await scoreEach(
      framework,
      paths,
      (result) => told(hub.take(result), result.file, () => counter.add(result)),
      {
        limits,
        found,
        renderHub: {
          header,
          title,
          assessPage: formScript ? ASSESS_PAGE : undefined,
          includeDrafts,
          consentedOnly,
          repeatedNames: repeatedFileNames(found.files),
        },
        onHubResult: (text, digest, part) =>
          told(hub.renderedResult(text, digest.file, part), digest.file, () => counter.addDigest(digest)),
      },
    );
    const summary = counter.summary(errors);
    printErrors(errors);
    leftOutNotices(left, options);
    unrecordedConsentNotice(hub.consentUnrecorded, options);
    if (summary.scored === 0) {
      writer.abort();
      notice(`copro: no project could be scored and published, so ${options.output} was not written`);
      return exitCodeFor({ errors: Math.max(errors.length, 1), shortfalls: 0 });
    }
    hub.end(summary, errors);
    await hub.downloadsWritten();
    // Only a site built from every file can be left as it is next time: problems are told again.
    // So are drafts and files left out: each rebuild says so again.
    const allIn = errors.length === 0 && Object.values(left).every((list) => list.length === 0);
    if (fingerprint && allIn) site.put(SITE_FINGERPRINT, `${fingerprint}\n`);
    const changes = writer.commit();
    if (summary.invalid > 0)
      notice(
        `${summary.invalid} of ${summary.total} files could not be scored and ${summary.invalid === 1 ? 'is' : 'are'} left out of the hub; the others are in it.`,
        options.quiet,
      );
    notice(changesLine(options.output, countsOf(changes)), options.quiet);
    return exitCodeFor({ errors: errors.length, shortfalls: 0 });
  } catch (error) {
    writer?.abort();
    if ((error as NodeJS.ErrnoException).code)
      throw new UsageError(`the site could not be written to ${options.output}: ${describeFsError(error)}`);
    throw error;
  }
}

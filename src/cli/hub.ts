// `copro hub <paths...> -o <folder>`: a static resource hub from a folder of project files. Every
// project is scored as `copro assess` scores it; the site (src/render/hub/) is written by
// io/site-writer.ts: built beside the target and swapped in whole, writing only what changed.
// A bad file is reported and left out; the others still make the hub (exit 2, as assess does).
// When nothing could be scored, the previous site is left as it was. assess.html is the
// self-assessment page (copro form), with the hub's navigation.
import { SummaryCounter } from '../core/report.js';
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
import { reportHeader } from '../render/sink.js';
import { exitCodeFor, type ExitCode } from './exit-codes.js';
import { scoreEach } from '../batch/score-files.js';
import { notice, printErrors } from './terminal.js';
import { TOOL } from '../io/tool.js';

export interface HubOptions {
  output: string;
  framework?: string;
  title?: string;
  submitTo?: string;
  quiet?: boolean;
  followLinks?: boolean;
}

export const DEFAULT_HUB_TITLE = 'Co-production in practice';

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

export async function runHub(paths: string[], options: HubOptions): Promise<ExitCode> {
  const limits = limitsFromEnv();
  // Before anything is read: the site must not be, or hold, an input (it is replaced whole).
  const found = findProjects(paths, { followLinks: options.followLinks });
  const named = [...paths, ...found.files].filter((path) => path !== STDIN);
  refuseSiteOverInputs(options.output, { files: options.framework ? [...named, options.framework] : named });
  const loaded = await loadFrameworkCached(options.framework, limits);
  if (!loaded.ok) throw new UsageError('the framework is not valid', loaded.errors);
  refuseSiteOverInputs(options.output, { files: loaded.files, afterReading: true });
  const framework = loaded.framework;
  const title = options.title?.trim() || DEFAULT_HUB_TITLE;
  const submitTo = checkSubmitTo(options.submitTo);
  const formScript = readFormScript();
  // Nothing the site is made from has changed, and the site is intact: nothing to read or render.
  const fingerprint = found.errors.length
    ? undefined
    : buildFingerprint(
        TOOL.version,
        [framework.hash, title, submitTo ?? '', formScript, JSON.stringify(limits)],
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
      { title, formScript, submitTo, newSpool: () => new Spool() },
      (path, content, hash) => site.put(path, content, hash),
    );
    const counter = new SummaryCounter(framework);
    // Each project's page, report item and row are rendered by the thread that scores it.
    const errors = await scoreEach(framework, paths, () => undefined, {
      limits,
      found,
      renderHub: { header, title, assessPage: formScript ? ASSESS_PAGE : undefined },
      onHubResult: (text, digest, part) => {
        counter.addDigest(digest);
        hub.renderedResult(text, digest.file, part);
      },
    });
    const summary = counter.summary(errors);
    printErrors(errors);
    if (summary.scored === 0) {
      writer.abort();
      notice(`copro: no project could be scored, so ${options.output} was not written`);
      return exitCodeFor({ errors: Math.max(errors.length, 1), shortfalls: 0 });
    }
    hub.end(summary, errors);
    // Only a site built from every file can be left as it is next time: problems are told again.
    if (fingerprint && errors.length === 0) site.put(SITE_FINGERPRINT, `${fingerprint}\n`);
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

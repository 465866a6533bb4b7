// What a public hub may show of a scorecard, and which scorecards it shows at all. A hub is read by
// anyone, so: a project file is named by its file name only (never the folders above it on the
// editor's computer); the summary is the one its file gives for publishing (publish.summary) when
// there is one, since `summary` may quote an email word for word; a file whose people said no to
// publishing (publish.consent: false) is left out, and so, when the editor publishes only what
// people agreed to (--consented-only), is a file that does not say yes; and a draft, with suggestions no one has
// checked, is left out unless the editor asks for drafts, and even then never shown with a score.
// Instructions for the editor (`copro validate --fix`, remove "suggested: true") stay in the
// editor's own outputs: the terminal, Markdown and HTML reports.
import type { InputError } from '../../core/model/input-error.js';
import type { ReportResult } from '../../core/model/report.js';

/** What the hub does with a scorecard: 'no-consent' and 'not-consented' are left out whole. */
export type Publication = 'published' | 'draft' | 'no-consent' | 'not-consented';

export function publicationOf(result: ReportResult, consentedOnly = false): Publication {
  const consent = result.project.publish?.consent;
  if (consent === false) return 'no-consent';
  if (consentedOnly && consent !== true) return 'not-consented';
  return (result.suggestions ?? 0) > 0 ? 'draft' : 'published';
}

/** Published by default, though its file does not record whether its people agreed: told to the editor. */
export const consentUnrecorded = (result: ReportResult) => result.project.publish?.consent === undefined;

/** Left out of the hub altogether: not listed, not counted, in no download. */
export const isLeftOut = (publication: Publication) => publication === 'no-consent' || publication === 'not-consented';

/** Warnings that tell the editor what to do to their file: not for a public page. */
const EDITOR_ONLY_WARNINGS: ReadonlySet<string> = new Set(['renamed-indicator', 'retired-indicator']);

/** The last part of a path, whichever separator it uses. */
export function fileName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

/**
 * The file names more than one of `files` has: those files are named on the thread that writes the
 * site (PublicNames, in the order they come), the others by their file name wherever they are rendered.
 */
export function repeatedFileNames(files: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of files.map(fileName)) (seen.has(name) ? repeated : seen).add(name);
  return [...repeated];
}

/** Hands out the names files go by on a hub: each its file name, a second of the same name with " (2)". */
export class PublicNames {
  private readonly byPath = new Map<string, string>();
  private readonly taken = new Set<string>();

  of(path: string): string {
    const known = this.byPath.get(path);
    if (known !== undefined) return known;
    const base = fileName(path);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base} (${n})`;
    this.taken.add(name);
    this.byPath.set(path, name);
    return name;
  }
}

/** The scorecard as a hub shows it: named by its file name, with its public summary, and no editor's instructions. */
export function publicResult(result: ReportResult, names: PublicNames): ReportResult {
  const { project } = result;
  const summary = project.publish?.summary ?? project.summary;
  return {
    ...result,
    file: names.of(result.file),
    project: { ...project, ...(summary === undefined ? {} : { summary }) },
    warnings: result.warnings.filter((w) => !EDITOR_ONLY_WARNINGS.has(w.code)),
  };
}

/** Errors as a hub shows them: each file by its file name. */
export function publicErrors(errors: readonly InputError[], names: PublicNames): InputError[] {
  return errors.map((e) => ({ ...e, file: names.of(e.file) }));
}

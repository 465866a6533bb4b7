// `copro assess --baseline earlier.json`: each project's change since an earlier report. A project
// is matched by its `id` when both reports give one, else by its name (when one project in the
// baseline has it: a copied folder, or files given ids since, still match), else by its file path;
// a project not in the baseline has no change to report (`change: null`). One id can stand for several assessments (a
// folder of them): then the same file is its match, else the latest from the same perspective.
import { changeBetween } from './compare-change.js';
import type { Change } from '../model/comparison.js';
import type { ReportResult } from '../model/report.js';
import type { Framework } from '../model/types.js';

/** What a result in a baseline report must hold to be compared (a copro JSON report result). */
export type BaselineResult = Pick<
  ReportResult,
  'file' | 'project' | 'classification' | 'score' | 'completeness' | 'stages' | 'criteria'
>;

/** One name however it is spaced or capitalised. */
const nameKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export class BaselineIndex {
  private readonly byId = new Map<string, BaselineResult[]>();
  private readonly byFile = new Map<string, BaselineResult>();
  /** By name, for the names only one baseline project has (undefined marks a name two share). */
  private readonly byName = new Map<string, BaselineResult | undefined>();
  private readonly matched = new Set<BaselineResult>();

  /** `fileKey` turns a report's file name into a key that two spellings of one path share. */
  constructor(
    private readonly results: BaselineResult[],
    private readonly fileKey: (file: string) => string,
  ) {
    for (const result of results) {
      if (result.project.id !== undefined)
        this.byId.set(result.project.id, [...(this.byId.get(result.project.id) ?? []), result]);
      const key = fileKey(result.file);
      if (!this.byFile.has(key)) this.byFile.set(key, result);
      const name = nameKey(result.project.name);
      this.byName.set(name, this.byName.has(name) ? undefined : result);
    }
  }

  find(result: Pick<ReportResult, 'file' | 'project'>): BaselineResult | undefined {
    const found =
      this.byIdOf(result) ??
      this.byName.get(nameKey(result.project.name)) ??
      this.byFile.get(this.fileKey(result.file));
    if (found) this.matched.add(found);
    return found;
  }

  private byIdOf(result: Pick<ReportResult, 'file' | 'project'>): BaselineResult | undefined {
    const same = result.project.id === undefined ? undefined : this.byId.get(result.project.id);
    if (!same) return undefined;
    if (same.length === 1) return same[0];
    const key = this.fileKey(result.file);
    const sameFile = same.find((r) => this.fileKey(r.file) === key);
    if (sameFile) return sameFile;
    const perspective = result.project.assessment?.perspective;
    const dateOf = (r: BaselineResult) => r.project.assessment?.date ?? '';
    const samePerspective = same
      .filter((r) => r.project.assessment?.perspective === perspective)
      .sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
    return samePerspective.at(-1);
  }

  /** Baseline projects that no result of this run was matched with, so far. */
  unmatched(): BaselineResult[] {
    return this.results.filter((r) => !this.matched.has(r));
  }
}

export function changeSinceBaseline(
  framework: Pick<Framework, 'classes'>,
  baseline: BaselineIndex,
  result: ReportResult,
): Change | null {
  const earlier = baseline.find(result);
  return earlier ? changeBetween(framework, earlier, result) : null;
}

// `copro assess --baseline earlier.json`: each project's change since an earlier report. A project
// is matched by its `id` when both reports give one, else by its file path; a project not in the
// baseline has no change to report (`change: null`).
import { changeBetween } from './compare-change.js';
import type { Change } from './comparison.js';
import type { ReportResult } from './report.js';
import type { Framework } from './types.js';

/** What a result in a baseline report must hold to be compared (a copro JSON report result). */
export type BaselineResult = Pick<ReportResult, 'file' | 'project' | 'classification' | 'score' | 'completeness' | 'stages' | 'criteria'>;

export class BaselineIndex {
  private readonly byId = new Map<string, BaselineResult>();
  private readonly byFile = new Map<string, BaselineResult>();
  private readonly matched = new Set<BaselineResult>();

  /** `fileKey` turns a report's file name into a key that two spellings of one path share. */
  constructor(
    private readonly results: BaselineResult[],
    private readonly fileKey: (file: string) => string,
  ) {
    for (const result of results) {
      if (result.project.id !== undefined && !this.byId.has(result.project.id)) this.byId.set(result.project.id, result);
      const key = fileKey(result.file);
      if (!this.byFile.has(key)) this.byFile.set(key, result);
    }
  }

  find(result: Pick<ReportResult, 'file' | 'project'>): BaselineResult | undefined {
    const found = (result.project.id !== undefined ? this.byId.get(result.project.id) : undefined) ?? this.byFile.get(this.fileKey(result.file));
    if (found) this.matched.add(found);
    return found;
  }

  /** Baseline projects that no result of this run was matched with, so far. */
  unmatched(): BaselineResult[] {
    return this.results.filter((r) => !this.matched.has(r));
  }
}

export function changeSinceBaseline(framework: Pick<Framework, 'classes'>, baseline: BaselineIndex, result: ReportResult): Change | null {
  const earlier = baseline.find(result);
  return earlier ? changeBetween(framework, earlier, result) : null;
}

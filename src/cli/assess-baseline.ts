// `copro assess --baseline earlier.json [--fail-on-regression]`: each result gets its change since
// the earlier report, and a class or score that went down can fail the run (exit 1).
import { BaselineIndex, changeSinceBaseline } from '../core/compare/baseline.js';
import type { ReportResult } from '../core/model/report.js';
import type { Shortfall } from '../core/assess/thresholds.js';
import type { LoadedFramework } from '../core/model/types.js';
import { UsageError } from '../io/usage-error.js';
import { baselineFileKey, loadBaseline } from '../io/load-baseline.js';
import { notice } from './terminal.js';

export interface BaselineOptions {
  baseline?: string;
  failOnRegression?: boolean;
  quiet?: boolean;
}

export interface Baseline {
  /** The result with its change since the baseline. */
  apply(result: ReportResult): ReportResult;
  /** The projects that went down, when --fail-on-regression asks. */
  regressions(result: ReportResult): Shortfall[];
  /** Says on standard error which baseline projects this run did not assess again. */
  end(): void;
}

const label = (framework: LoadedFramework, id: string) =>
  (framework.classes.find((c) => c.id === id)?.label ?? id).toLowerCase();

export async function openBaseline(
  framework: LoadedFramework,
  options: BaselineOptions,
): Promise<Baseline | undefined> {
  if (!options.baseline) {
    if (options.failOnRegression)
      throw new UsageError('--fail-on-regression needs --baseline <report.json>: the earlier report to compare with');
    return undefined;
  }
  const index = new BaselineIndex(await loadBaseline(options.baseline), baselineFileKey);
  return {
    apply: (result) => ({ ...result, change: changeSinceBaseline(framework, index, result) }),
    regressions(result) {
      const change = result.change;
      if (!options.failOnRegression || !change?.regression) return [];
      const parts = [];
      if (change.class.direction === 'down')
        parts.push(`class ${label(framework, change.class.from)} → ${label(framework, change.class.to)}`);
      if (change.score.delta < 0) parts.push(`practice score ${change.score.from} → ${change.score.to}`);
      return [{ file: result.file, message: `went down since the baseline: ${parts.join(', ')}` }];
    },
    end() {
      const missing = index.unmatched();
      if (missing.length === 0) return;
      const names = missing
        .slice(0, 5)
        .map((r) => r.file)
        .join(', ');
      notice(
        `${missing.length} ${missing.length === 1 ? 'project' : 'projects'} in the baseline ${missing.length === 1 ? 'was' : 'were'} not assessed this time: ${names}${missing.length > 5 ? ', …' : ''}`,
        options.quiet,
      );
    },
  };
}

// The thresholds a user can ask for (--fail-under, --min-score). Falling short is exit code 1.
import type { Framework } from './types.js';

export interface Thresholds {
  failUnder?: string;
  minScore?: number;
}

export interface Shortfall {
  file: string;
  message: string;
}

export function shortfalls(
  framework: Framework,
  thresholds: Thresholds,
  results: { file: string; score: number; classification: { id: string; label: string } }[],
): Shortfall[] {
  const order = framework.classes.map((c) => c.id);
  const found: Shortfall[] = [];
  for (const result of results) {
    if (thresholds.failUnder && order.indexOf(result.classification.id) > order.indexOf(thresholds.failUnder)) {
      const wanted = framework.classes.find((c) => c.id === thresholds.failUnder)!.label.toLowerCase();
      found.push({ file: result.file, message: `classified as ${result.classification.label.toLowerCase()}, below ${wanted}` });
    }
    if (thresholds.minScore !== undefined && result.score < thresholds.minScore) {
      found.push({ file: result.file, message: `scores ${result.score}, below the minimum of ${thresholds.minScore}` });
    }
  }
  return found;
}

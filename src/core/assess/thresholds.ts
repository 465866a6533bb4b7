// The thresholds a user can ask for (--fail-under, --min-score). Falling short is exit code 1.
import { isOffScale, scaleClasses } from './class-scale.js';
import type { Framework } from '../model/types.js';
import type { ResultDigest } from '../model/report.js';
import { latestPerProject } from '../compare/latest-per-project.js';

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
  results: { file: string; score: number; classification: { id: string; label: string; provisional: boolean } }[],
): Shortfall[] {
  const found: Shortfall[] = [];
  // Outcomes off the scale stand level with its lowest class: they meet a threshold of
  // consultation and fail any above it (they are not partial co-production or co-production).
  const scale = scaleClasses(framework).map((c) => c.id);
  const rank = (id: string) => (isOffScale(framework, id) ? scale.length - 1 : scale.indexOf(id));
  for (const result of results) {
    const { classification } = result;
    // A provisional verdict never passes a threshold: there was too little to judge it by.
    const unsure = classification.provisional
      ? ' (provisional: too little described or shown to pass a threshold)'
      : '';
    if (thresholds.failUnder) {
      const wanted = framework.classes.find((c) => c.id === thresholds.failUnder)!.label.toLowerCase();
      if (rank(classification.id) > rank(thresholds.failUnder)) {
        const where = isOffScale(framework, classification.id) ? 'off the co-production scale, so not' : 'below';
        found.push({
          file: result.file,
          message: `classified as ${classification.label.toLowerCase()}, ${where} ${wanted}`,
        });
      } else if (classification.provisional) {
        found.push({ file: result.file, message: `classified as ${classification.label.toLowerCase()}${unsure}` });
      }
    }
    if (thresholds.minScore !== undefined) {
      if (result.score < thresholds.minScore)
        found.push({
          file: result.file,
          message: `scores ${result.score}, below the minimum of ${thresholds.minScore}`,
        });
      else if (classification.provisional)
        found.push({ file: result.file, message: `scores ${result.score}${unsure}` });
    }
  }
  return found;
}

/** A scored file and the thresholds it fell short of. */
export interface Checked {
  digest: ResultDigest;
  shortfalls: Shortfall[];
}

/**
 * The shortfalls that count. A project assessed more than once (files sharing an `id`) is judged by
 * its latest assessment, as the batch summary counts it: an earlier one that was lower is its
 * history, not a failure now.
 */
export function countedShortfalls(framework: Framework, checked: readonly Checked[]): Shortfall[] {
  const rows = checked.map(({ digest }) => ({
    file: digest.file,
    classId: digest.classification.id,
    score: digest.score,
    ...(digest.assessment && { assessment: digest.assessment }),
  }));
  const counted = new Set(latestPerProject(framework, rows).map((row) => row.file));
  return checked.filter(({ digest }) => counted.has(digest.file)).flatMap((c) => c.shortfalls);
}

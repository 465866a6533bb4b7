import type { Framework } from './types.js';
import { NOT_APPLICABLE, UNKNOWN } from './types.js';

/** Position of a level in the framework's ordered list (higher shares more power); -1 for unknown / n/a. */
export function levelRank(framework: Pick<Framework, 'levels'>, level: string): number {
  if (level === UNKNOWN || level === NOT_APPLICABLE) return -1;
  return framework.levels.findIndex((l) => l.id === level);
}

export function levelLabel(framework: Pick<Framework, 'levels'>, level: string): string {
  if (level === UNKNOWN) return 'not described';
  if (level === NOT_APPLICABLE) return 'does not apply';
  return framework.levels.find((l) => l.id === level)?.label ?? level;
}

/** True when a stage at `level` is at or above `atLeast`. Unknown and n/a never are. */
export function reaches(framework: Pick<Framework, 'levels'>, level: string, atLeast: string): boolean {
  const rank = levelRank(framework, level);
  return rank >= 0 && rank >= levelRank(framework, atLeast);
}

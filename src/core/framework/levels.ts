import type { Framework } from '../model/types.js';
import { NOT_APPLICABLE, NOT_YET, STAGE_STATES, UNKNOWN } from '../model/types.js';

/** Position of a level in the framework's ordered list (higher shares more power); -1 for unknown, n/a and not-yet. */
export function levelRank(framework: Pick<Framework, 'levels'>, level: string): number {
  if (STAGE_STATES.includes(level)) return -1;
  return framework.levels.findIndex((l) => l.id === level);
}

export function levelLabel(framework: Pick<Framework, 'levels'>, level: string): string {
  if (level === UNKNOWN) return 'not described';
  if (level === NOT_APPLICABLE) return 'does not apply';
  if (level === NOT_YET) return 'not started yet';
  return framework.levels.find((l) => l.id === level)?.label ?? level;
}

/** True when a stage at `level` is at or above `atLeast`. Unknown and n/a never are. */
export function reaches(framework: Pick<Framework, 'levels'>, level: string, atLeast: string): boolean {
  const rank = levelRank(framework, level);
  return rank >= 0 && rank >= levelRank(framework, atLeast);
}

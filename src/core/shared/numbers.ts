/** Round to one decimal place: every score in a report is shown and compared at this precision. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Weighted mean of the entries that have a value; null when none has. */
export function weightedMean(entries: { value: number | null; weight: number }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { value, weight } of entries) {
    if (value === null) continue;
    total += value * weight;
    weights += weight;
  }
  return weights > 0 ? total / weights : null;
}

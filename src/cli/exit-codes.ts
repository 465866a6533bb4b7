// The one place that says what each exit code means (docs/guide.md, "Exit codes").
export const EXIT = {
  /** Done, and every threshold asked for was met. */
  ok: 0,
  /** Done, but a threshold the user asked for (--fail-under, --min-score) was not met. */
  belowThreshold: 1,
  /** Could not do the job: usage error, unreadable or invalid file or framework, nothing to score. */
  cannotRun: 2,
  /** Stopped by the person (Ctrl-C), as shells report it. */
  interrupted: 130,
  /** Stopped by SIGTERM (a service manager, `kill`), as shells report it. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(outcome: { errors: number; shortfalls: number }): ExitCode {
  if (outcome.errors > 0) return EXIT.cannotRun;
  if (outcome.shortfalls > 0) return EXIT.belowThreshold;
  return EXIT.ok;
}

// The shapes `copro compare` works with (comparison schema 1, schemas/comparison.schema.json):
// several assessments of one project, set side by side and followed over time.
import type { Answer } from './types.js';

/** One assessment, as the comparison shows it. */
export interface AssessmentSummary {
  file: string;
  name: string;
  /** YYYY-MM-DD, or null when the file gives no assessment date. */
  date: string | null;
  by: string | null;
  /** Whose point of view; null when the file does not say. */
  perspective: string | null;
  class: { id: string; label: string; provisional: boolean; provisionalReasons: string[] };
  score: number;
  /** Added additively: whether the human formats show the score (enough of the framework described). */
  scoreShown?: boolean;
  completeness: number;
  /** Each stage's level; `label` and `plan` (the level offered for a stage not started yet) added additively. */
  stages: { id: string; level: string; shared: boolean; label?: string; plan?: string }[];
  criteria: { id: string; title: string; score: number | null }[];
}

/** For one stage: what the latest plan offered, and what the latest record says happened. */
export interface StageOffer {
  id: string;
  label: string;
  /** The level offered (a stage's `plan`). */
  offered: string;
  offeredIn: { file: string; date: string | null };
  /** The level recorded where the stage happened; null when it has not happened in any assessment. */
  happened: string | null;
  happenedIn: { file: string; date: string | null } | null;
  /** "deliver: offered collaborate, happened consult" */
  text: string;
}

/** Up or down the co-production scale; `changed-kind` for a move onto or off it (added additively). */
export type Direction = 'up' | 'down' | 'same' | 'changed-kind';

/** What changed between an earlier and a later assessment of one project. */
export interface Change {
  from: { file: string; date: string | null };
  to: { file: string; date: string | null };
  class: { from: string; to: string; direction: Direction; provisional: { from: boolean; to: boolean } };
  score: { from: number; to: number; delta: number };
  completeness: { from: number; to: number; delta: number };
  /** Every criterion, so a chart can draw each line; delta null when either side has no score. */
  criteria: { id: string; title: string; from: number | null; to: number | null; delta: number | null }[];
  /** Stages whose level changed. */
  stages: { id: string; label: string; from: string; to: string; shared: { from: boolean; to: boolean } }[];
  /** Questions whose answer changed. */
  answers: { id: string; question: string; criterion: string; from: Answer; to: Answer }[];
  /** Evidence the later assessment gives that the earlier did not (new, or reworded). */
  evidenceAdded: { kind: 'stage' | 'indicator'; id: string; evidence: string }[];
  /** What the later assessment still leaves undescribed. */
  stillUnknown: { stages: string[]; indicators: string[] };
  /** The class or the practice score went down. */
  regression: boolean;
}

/** The change between consecutive dated assessments from one perspective. */
export interface TimeStep extends Change {
  perspective: string | null;
}

export type PerspectiveAnswer = { perspective: string | null; file: string; answer: string };

/** Something two perspectives see differently: a stage's level or a question's answer. */
export interface Disagreement {
  kind: 'stage' | 'indicator';
  id: string;
  /** The question, or the stage's name. */
  text: string;
  criterion: string | null;
  /** A question about who holds power: a stage, a shared-power question, or a question tied to a stage. */
  power: boolean;
  /** How far apart the answers are: 2 for yes against no (or shared against not shared), 1 otherwise. */
  gap: number;
  /** How much it matters: the gap, doubled for a power question. Disagreements are listed by it, highest first. */
  weight: number;
  answers: PerspectiveAnswer[];
}

export interface Agreement {
  /** Questions every perspective described (not unknown) with the same answer, as a share of those every perspective described; null when there are none. */
  overall: number | null;
  /** The same over the five stages' levels. */
  stages: number | null;
  criteria: { id: string; title: string; agreement: number | null; compared: number }[];
}

export interface CombinedVerdict {
  class: { id: string; label: string };
  provisional: boolean;
  provisionalReasons: string[];
  /** The perspectives whose verdict it is (the lowest any of them supports). */
  from: (string | null)[];
  /** The people most affected (community, people using services) support less than staff or others do. */
  mostAffectedLower: boolean;
  reason: string;
}

/** Assessments of one project from different perspectives in the same period. */
export interface SideBySide {
  period: { from: string | null; to: string | null };
  verdicts: AssessmentSummary[];
  /** Every question, with each perspective's answer. */
  answers: { id: string; question: string; criterion: string; answers: PerspectiveAnswer[] }[];
  /** Ranked: the questions to talk about together. */
  disagreements: Disagreement[];
  agreement: Agreement;
  combined: CombinedVerdict;
}

export interface ProjectComparison {
  /** The project's id; null for a file without one (it is compared with nothing). */
  id: string | null;
  name: string;
  /** Ordered by date (undated last, then by file). */
  assessments: AssessmentSummary[];
  overTime: TimeStep[];
  sideBySide: SideBySide[];
  /** The latest dated assessment (or the last one), and how its class moved since the one before it from the same perspective. */
  latest: { file: string; trend: Direction | null };
  /** Why there is nothing to compare, when there is not. */
  notes: string[];
  /** Added additively: present when an assessment gives a plan for a stage; per stage, the offer and what happened. */
  offers?: StageOffer[];
}

export const COMPARISON_SCHEMA_VERSION = 1;

/** What `copro compare --format json` prints. */
export interface ComparisonReport {
  schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  tool: { name: string; version: string };
  framework: { id: string; name: string; version: string; hash: string };
  /** How the comparison is done, in numbers, so a reader of the JSON need not look it up. */
  rules: { samePeriodDays: number; mostAffected: string[] };
  summary: {
    /** Files found, scored and not scored. */
    total: number;
    scored: number;
    invalid: number;
    /** Projects (groups by id; a file without an id is one), and those with something to compare. */
    projects: number;
    compared: number;
  };
  projects: ProjectComparison[];
  errors: { file: string; line?: number; column?: number; message: string }[];
}

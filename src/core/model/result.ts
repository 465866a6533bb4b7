// The scorecard: everything the renderers need, computed once by the core.
import type { Answer, ProjectInfo, ResolvedPartner } from './types.js';

export interface IndicatorResult {
  id: string;
  question: string;
  answer: Answer;
  evidence?: string;
  /** Points earned and possible; both 0 when the indicator does not apply. */
  earned: number;
  possible: number;
}

export interface CriterionResult {
  id: string;
  title: string;
  weight: number;
  /** 0–100, or null when no indicator of the criterion applies. */
  score: number | null;
  earned: number;
  possible: number;
  indicators: IndicatorResult[];
}

export interface StageResult {
  id: string;
  label: string;
  level: string;
  levelLabel: string;
  evidence?: string;
  /** For a stage not reached yet: the level planned for it. */
  plan?: string;
  /** Power was shared at this stage (at or above the framework's `sharedFrom` level). */
  shared: boolean;
}

interface SourceItemScore {
  id: string;
  name: string;
  score: number | null;
}

export interface SourceScore {
  id: string;
  title: string;
  score: number | null;
  items: SourceItemScore[];
}

export interface Reason {
  class: string;
  requirement: string | null;
  met: boolean;
  /**
   * Not described, so it neither counts for nor against the class (partners not named): `met` is
   * true, but the verdict is provisional and formats show it as an open question, never a tick.
   */
  open?: boolean;
  text: string;
}

export interface Classification {
  id: string;
  label: string;
  /** Too little is described, or power-sharing is claimed without evidence: the class may change. */
  provisional: boolean;
  /** Why the class is provisional, in words; empty when it is firm. */
  provisionalReasons: string[];
  reasons: Reason[];
  /**
   * Present whenever a stage has not started yet and has a planned level: the class the project
   * reaches if the planned levels happen as planned (counted as if evidenced).
   */
  onCourseFor?: string;
  /** With onCourseFor: the verdict in a sentence ("Partial co-production so far — on course for co-production if delivery is shared as planned"). */
  onCourseText?: string;
}

/** What a project calls itself, and which of the framework's terms the evidence supports. */
export interface TermFinding {
  /** The strongest term the project's own description uses, if any. */
  claimed: { id: string; label: string; tested: boolean; supported: boolean | null } | null;
  /** The first term, strongest first, whose test the project meets; null when none is met. */
  supported: { id: string; label: string } | null;
  /** The project calls itself something stronger than the evidence supports. */
  overclaim: boolean;
  /** The finding in a sentence, for the top of a scorecard. */
  message: string;
  /** For a term judged by a source's features (participatory budgeting, the PB Charter): the features not shown. */
  missing?: string[];
}

type NextStepKind = 'stage' | 'score' | 'evidence' | 'indicator';

export interface NextStep {
  kind: NextStepKind;
  text: string;
  /** What it would lift the overall score by, in points; null for a step that changes the class. */
  gain: number | null;
  criterion?: string;
  indicator?: string;
  /** The class the step works towards, for steps that change the class. */
  towards?: string;
}

type WarningCode =
  | 'self-description-unsupported'
  | 'unevidenced-answers'
  | 'unevidenced-stages'
  | 'contradiction'
  | 'too-little-described'
  | 'nothing-applies'
  | 'one-side-only'
  | 'partner-side-unknown'
  | 'partners-not-named'
  | 'no-community-partner'
  | 'weak-practice'
  | 'renamed-indicator'
  | 'retired-indicator'
  | 'expected-class-differs';

export interface Warning {
  code: WarningCode;
  message: string;
}

interface Excluded {
  stages: string[];
  indicators: string[];
}

export interface Scorecard {
  /** The project's details; `partners` as the names written, `partnerSides` each placed on its side. */
  project: ProjectInfo & { partners?: string[]; partnerSides?: ResolvedPartner[] };
  classification: Classification;
  score: number;
  /** Whether the human formats show the practice score: enough of the framework is described (scoring.showScoreFrom). */
  scoreShown: boolean;
  completeness: number;
  stages: StageResult[];
  criteria: CriterionResult[];
  sources: SourceScore[];
  excluded: Excluded;
  terms: TermFinding;
  nextSteps: NextStep[];
  warnings: Warning[];
  /** Stage levels and answers still marked `suggested: true` (proposed by copro draft, unchecked); absent when none. */
  suggestions?: number;
}

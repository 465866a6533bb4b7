// The shapes the pure core works with. Framework and project files are read and validated
// elsewhere (src/io); by the time data reaches the core it has these types and every id in it
// resolves.

export type Answer = 'yes' | 'partly' | 'no' | 'unknown' | 'n/a';
export const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no', 'unknown', 'n/a'];

/** A stage's level in a project: a framework level id, or "not described" / "does not apply". */
export const UNKNOWN = 'unknown';
export const NOT_APPLICABLE = 'n/a';

export interface SourceItem {
  id: string;
  name: string;
  kind?: string;
  summary: string;
  verified?: boolean;
  note?: string;
}

export interface Source {
  id: string;
  title: string;
  shortTitle?: string;
  publisher: string;
  year?: number | string | null;
  url?: string;
  urls?: string[];
  notes?: string[];
  items: SourceItem[];
}

export interface Stage {
  id: string;
  label: string;
  description?: string;
  phase?: 'planning' | 'carrying-through' | 'review';
}

export interface Level {
  id: string;
  label: string;
  description?: string;
  example?: string;
  sources?: string[];
}

export interface Indicator {
  id: string;
  question: string;
  yes?: string;
  partly?: string;
  /** A "yes" to this indicator means the stage was at least `impliesLevel`. */
  stage?: string;
  impliesLevel?: string;
}

export interface Criterion {
  id: string;
  title: string;
  summary: string;
  weight: number;
  sources: string[];
  advice?: string;
  indicators: Indicator[];
}

export interface Requirement {
  id: string;
  text: string;
  stageLevel?: { stages: string[]; atLeast: string; count?: number };
  score?: { atLeast: number };
  criterionScore?: { criterion: string; atLeast: number };
  completeness?: { atLeast: number };
  anyOf?: Requirement[];
  allOf?: Requirement[];
}

export interface ClassDef {
  id: string;
  label: string;
  description?: string;
  aliases?: string[];
  requires: Requirement[];
}

export interface Scoring {
  points: { yes: number; partly: number; no: number; unknown: number };
  unevidencedPoints: { yes: number; partly: number };
  sharedFrom: string;
  minimumCompleteness: number;
  nextSteps: number;
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  description?: string;
  notes?: string[];
  scoring: Scoring;
  sources: Source[];
  stages: Stage[];
  levels: Level[];
  criteria: Criterion[];
  classes: ClassDef[];
}

/** A framework ready for scoring, with its content hash and lookup tables. */
export interface LoadedFramework extends Framework {
  hash: string;
}

export interface StageEntry {
  level: string; // a level id, UNKNOWN or NOT_APPLICABLE
  evidence?: string;
}

export interface AnswerEntry {
  answer: Answer;
  evidence?: string;
}

export interface ProjectInfo {
  name: string;
  organisation?: string;
  location?: string;
  year?: number | string;
  summary?: string;
  describedAs?: string;
  expectedClass?: string;
  references?: { title: string; url?: string }[];
  tags?: string[];
}

export interface Project extends ProjectInfo {
  stages: Record<string, StageEntry>;
  answers: Record<string, AnswerEntry>;
}

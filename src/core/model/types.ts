// The shapes the pure core works with. Framework and project files are read and validated
// elsewhere (src/io); by the time data reaches the core it has these types and every id in it
// resolves.

export type Answer = 'yes' | 'partly' | 'no' | 'unknown' | 'n/a';
export const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no', 'unknown', 'n/a'];

/** A stage's level in a project: a framework level id, or "not described" / "does not apply" / "not reached yet". */
export const UNKNOWN = 'unknown';
export const NOT_APPLICABLE = 'n/a';
/** A stage that has not happened yet (planning mode); its planned level, the "offer", is in `plan`. */
export const NOT_YET = 'not-yet';
/** The stage states that are not rungs of the framework's spectrum of levels. */
export const STAGE_STATES: readonly string[] = [UNKNOWN, NOT_APPLICABLE, NOT_YET];

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
  /** Planning (define, design, decide) and carrying it through (deliver, evaluate): the two halves of the stage test. */
  phase?: 'planning' | 'carrying-through' | 'review';
  /** For each level id, a one-line concrete test of that level at this stage. */
  tests?: Record<string, string>;
  /** The stage as a noun in a sentence ("delivery"): "on course for co-production if delivery is shared as planned". */
  noun?: string;
  /** The stages of the Participation Handbook's delivery cycle this stage covers (six stages onto five). */
  handbookStages?: string[];
}

export interface Level {
  id: string;
  label: string;
  description?: string;
  example?: string;
  /** What a project offers people at this level, in its own voice (the Handbook's "offer"), for plans. */
  offer?: string;
  sources?: string[];
  models?: string[];
}

export interface Indicator {
  id: string;
  question: string;
  yes?: string;
  partly?: string;
  /** A "yes" to this indicator means the stage was at least `impliesLevel`. */
  stage?: string;
  impliesLevel?: string;
  /** Earlier ids of this indicator, still accepted in project files (with a warning). */
  aliases?: string[];
  /** What to do next to move this answer towards yes. */
  advice?: string;
}

export interface Criterion {
  id: string;
  title: string;
  summary: string;
  weight: number;
  sources: string[];
  advice?: string;
  models?: string[];
  indicators: Indicator[];
}

export interface Requirement {
  id: string;
  text: string;
  stageLevel?: { stages: string[]; atLeast: string; count?: number; evidenced?: boolean };
  /**
   * Each side is among the project's partners; open (not described, so the verdict is provisional)
   * when the project does not list partners. With `only`, every partner named is on the sides listed.
   */
  partners?: { sides: PartnerSide[]; only?: boolean };
  /** An indicator answered with one of `is` (e.g. yes): a fact a stage level cannot carry, such as control over money. */
  answer?: { indicator: string; is: Answer[] };
  /** Met when the requirement inside it is not met ("no stage has an evidenced level"). */
  not?: Requirement;
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
  /**
   * An outcome off the co-production scale (not yet assessable, community-led action): checked in
   * the framework's order like any class, but neither above nor below the classes on the scale.
   */
  offScale?: boolean;
  /** The source items the class draws on, where it draws on any. */
  sources?: string[];
  aliases?: string[];
  models?: string[];
  requires: Requirement[];
}

/** A model or study the framework draws on that is not one of its sources (a ladder, a spectrum). */
export interface Model {
  id: string;
  title: string;
  author?: string;
  year?: number | string | null;
  url?: string;
  summary: string;
  usedFor?: string;
  verified?: boolean;
  note?: string;
}

export type PartnerSide = 'community' | 'service';

export interface Partner {
  id: string;
  label: string;
  side: PartnerSide;
  description?: string;
  /** Words people use for partners of this kind ("residents", "council officers"): one list for project files and emails. */
  words?: string[];
}

/** A partner as a project file may give it: a kind's id, free text, or the name with its kind and side. */
export type PartnerEntry = string | { name: string; kind?: string; side?: PartnerSide };

/** A partner placed: its name as written, the kind it was matched to, and its side (absent: cannot be placed yet). */
export interface ResolvedPartner {
  name: string;
  kind?: string;
  side?: PartnerSide;
}

/** A word projects use for themselves, defined, and where possible tested against the evidence. */
export interface Term {
  id: string;
  label: string;
  definition: string;
  matches?: string[];
  sources?: string[];
  models?: string[];
  /** The evidence supports the term when the project reaches this class or a higher one. */
  class?: string;
  /** The evidence supports the term when every requirement is met. */
  shows?: Requirement[];
  /** A source whose items judge the quality of this kind of work (the PB Charter): items scoring under `atLeast` are named as missing. */
  quality?: { source: string; atLeast: number };
  note?: string;
}

interface RetiredIndicator {
  id: string;
  since?: string;
  note: string;
}

interface FrameworkChange {
  version: string;
  date?: string;
  changes: string[];
}

export interface Scoring {
  points: { yes: number; partly: number; no: number; unknown: number };
  unevidencedPoints: { yes: number; partly: number };
  sharedFrom: string;
  minimumCompleteness: number;
  nextSteps: number;
  /** The practice score is shown in the human formats only from this much of the framework described (%); absent: always. */
  showScoreFrom?: number;
}

/** Phrases that suggest a stage's levels, in the words of free text (see src/core/cues.ts). */
export interface StageCues {
  id: string;
  /** For each level id, the phrases that suggest it. */
  levels: Record<string, string[]>;
}

/** Phrases that suggest an answer to one indicator. */
export interface AnswerCues {
  id: string;
  yes?: string[];
  partly?: string[];
  no?: string[];
}

/** What `copro draft` looks for in free text: framework data, so a network can tune it. */
export interface Cues {
  /** Words and phrases that cancel a cue later in the same sentence ("not", "never", "without"). */
  negations: string[];
  /** Phrases that start with a negation word but do not negate ("not only", "not just"). */
  notNegations?: string[];
  /** Fixed phrases per stage level: the reading before the reader (kept for frameworks that give them). */
  stages?: StageCues[];
  answers: AnswerCues[];
  /** The reader's lexicons: who did what at which stage, and how far that shared power. */
  reader?: ReaderCues;
}

/** Level ids the reader gives from who acted, when no relation word sets one. */
interface ReaderLevels {
  sharedWithOtherSide: string;
  communityAlone: string;
  serviceAlone: string;
  overruled: string;
  endorsed: string;
  roleOnly: string;
}

/** The lexicons of `copro draft`'s reader (framework data, so a network can extend them). */
export interface ReaderCues {
  /** stage id → the actions (verbs and nouns) that belong to that stage. */
  actions: Record<string, string[]>;
  /** stage id → nouns for people in a role at that stage ("peer researchers"): a community actor in one is `roleOnly`. */
  roles?: Record<string, string[]>;
  /** stage id → nouns that name the stage's work ("the draft strategy"): the level comes from relation words only. */
  topics?: Record<string, string[]>;
  /** level id → words that set the level whoever acted ("together", "survey", "told"). */
  relations: Record<string, string[]>;
  /** "Together" that is not people acting together ("the themes were drawn together"). */
  notShared?: string[];
  /** Stages whose actions ("run", "hold") in a clause about a consultation ("the survey we ran") are not that stage's work. */
  notWhenConsulting?: string[];
  /** Words of equal standing ("an equal vote"): shared with a community actor in the clause, the other side implied. */
  equals?: string[];
  levels: ReaderLevels;
  /** Words that say a community decision was not theirs in the end ("anyway", "final decision"). */
  overruled: string[];
  /** stage id → stage id: in a sentence read at the second, the first's actions are part of it (a decision on a review's results is the review acting on them). */
  partOf?: Record<string, string>;
  /** stage id → stage id: an action of the first whose object is what the need or issue is (`needWords`) is the second's work ("decided the site needed doing up" is define). */
  aboutNeeds?: Record<string, string>;
  /** Words for what the need, issue or problem is ("needed", "the issue"): a decision about them settles the agenda, not the option. */
  needWords?: string[];
  /** stage id → stage id: a bare verb of the first ("work out") is its work only where the clause names what the need is (`needWords` or the stage's topics), else the second's: "worked out the rules" is design, not defining the need. */
  needsNamed?: Record<string, string>;
  /** Words saying an organisation is run by its members or users ("run by and for its members"): then its own staff ("our staff", "VOX staff") work for the members' side. */
  memberLed?: string[];
  /** stage id → purposes that tell others about the work ("to share their ideas"): the community side acting at that stage for one is not its running the work. */
  tellingOthers?: Record<string, string[]>;
  /** Words that make a verb what might be ("would", "could", "if"): a level above the role is not suggested from it. */
  hypothetical?: string[];
  /** Lemmas of verbs of saying ("say", "tell"): an action told after one is someone's account, not shown. */
  reporting?: string[];
  /** Nouns for an event about the work ("event", "presentation", "consultation"): running one is not running the stage's work. */
  eventsAboutTheWork?: string[];
  /** Verbs that only say something was done ("carried out", "done"): with a topic noun in the clause they are that topic's action. */
  lightVerbs?: string[];
  /** Nouns for an act ("vote"): straight after an actor ("the public vote") they are that actor's act at the noun's stage (a topic). */
  actNouns?: string[];
  /** Nouns for a group of people ("panel", "forum"): after an actor word they name a group of that side ("lived experience panel"). */
  groups?: string[];
  /** Words that say the community side was left out ("without asking", "behind closed doors"): only then is the service side acting alone `serviceAlone`. */
  leftOut?: string[];
  /** The service side approving what the community side chose ("signed it off"). */
  endorsements: string[];
  /** Future and planning markers: what follows is not yet done. */
  plans: string[];
  /** Aims and rhetoric: a clause holding one is not read for a stage. */
  aims: string[];
  /** stage id → labels for the work used as verbs ("co-designed"): quoted, never a level. */
  selfLabels?: Record<string, string[]>;
  /** stage id → words that say how the work began ("it started with a survey"): what began it is read at that stage (define). */
  beginnings?: Record<string, string[]>;
  /** Answers that follow from a stage drafted at a level or above. */
  stageAnswers?: { id: string; stage: string; atLeast: string }[];
  furniture?: EmailFurniture;
}

/** Parts of an email that are never evidence. */
export interface EmailFurniture {
  greetings?: string[];
  signOffs?: string[];
  replies?: string[];
  footers?: string[];
  /** Sentences about the exchange itself ("You asked whether…"): not read for evidence. */
  asides?: string[];
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
  models: Model[];
  partners: Partner[];
  terms: Term[];
  retired: RetiredIndicator[];
  changes?: FrameworkChange[];
  /** Phrases for drafting a project file from free text; absent in frameworks that have none. */
  cues?: Cues;
}

/** A framework ready for scoring, with its content hash and lookup tables. */
export interface LoadedFramework extends Framework {
  hash: string;
}

export interface StageEntry {
  level: string; // a level id, UNKNOWN, NOT_APPLICABLE or NOT_YET
  evidence?: string;
  /** For a stage not reached yet (NOT_YET): the level offered for it. */
  plan?: string;
  /** Proposed by `copro draft` and not yet confirmed by a person. */
  suggested?: boolean;
}

export interface AnswerEntry {
  answer: Answer;
  evidence?: string;
  /** Proposed by `copro draft` and not yet confirmed by a person. */
  suggested?: boolean;
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
  /** A stable id grouping several assessments of one project. */
  id?: string;
  /** Who took part (shared the work, or only gave views): kind ids, free text, or { name, kind, side } (see resolvePartners). */
  partners?: PartnerEntry[];
  assessment?: { date?: string; by?: string; perspective?: string };
  /** The nation (Scotland, England, Wales, Northern Ireland, elsewhere): from the file, else read from `location`. */
  nation?: string;
  /** In Scotland: the council area, from the file, else read from `location`. */
  councilArea?: string;
  /** What a public hub may show: consent to publish, by whom, and the summary to show. */
  publish?: { consent?: boolean; by?: string; summary?: string };
  /** Derived by copro: the years `year` covers (`to` null while still running). */
  years?: { from: number; to: number | null };
}

/** An answer given under an indicator's earlier id, or to an indicator that was retired. */
export interface IdChange {
  from: string;
  /** The indicator's id now; absent when the indicator was retired. */
  to?: string;
  note?: string;
}

export interface Project extends ProjectInfo {
  stages: Record<string, StageEntry>;
  answers: Record<string, AnswerEntry>;
  /** Answers that were given under old ids (renamed or retired indicators), kept for warnings. */
  idChanges?: IdChange[];
}

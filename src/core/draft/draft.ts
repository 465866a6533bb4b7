// `copro draft`'s pure core: the text of an email or document in, a proposed project file out.
// For each stage a level and for each question an answer, only where a sentence supports it, each
// quoting the sentence(s) it rests on and marked as a suggestion for a person to confirm; every
// thing else stays "not described". What it found is reported alongside, so nothing is hidden.
import { findHits, type CueHit, type SuggestedAnswer } from './draft-cues.js';
import { describedAsFrom } from './draft-described-as.js';
import { draftDetails } from './draft-details.js';
import { readText, type Sentence } from './draft-text.js';
import { levelRank } from '../framework/levels.js';
import { bodyOf } from '../reader/furniture.js';
import { readEmail, type EmailReading } from '../reader/read-email.js';
import type { Tagger } from '../reader/tokens.js';
import { termsUsedBy } from '../assess/terms.js';
import {
  NOT_YET,
  UNKNOWN,
  type AnswerEntry,
  type Framework,
  type PartnerEntry,
  type Project,
  type StageEntry,
} from '../model/types.js';

/** Sentences quoted as evidence for one suggestion, at most. */
const EVIDENCE_SENTENCES = 2;
/** Longest quoted sentence; longer ones are cut with an ellipsis. */
const EVIDENCE_CHARS = 400;

export interface DraftInput {
  text: string;
  /** A title the document gives itself: an email's subject, a web page's title. */
  title?: string;
  /** When the email was sent (its Date header), for "about two years ago". */
  date?: string;
  /** An email's attachments, read: their text is evidence too, after the body's. */
  attachments?: string[];
}

/** One suggestion and the sentences it rests on. */
interface Suggestion {
  /** A stage id or an indicator id. */
  id: string;
  /** The level or answer suggested. */
  value: string;
  sentences: number[];
  /** The cue phrases that were found, for the report. */
  cues: string[];
}

export interface DraftOutcome {
  project: Project;
  stages: Suggestion[];
  answers: Suggestion[];
  /** Each sentence used as evidence, by number, with what it was used for. */
  used: { number: number; text: string; for: string[] }[];
  /** The framework's terms the text uses for the work, strongest first, with the words it uses for each. */
  terms: { id: string; label: string; words: string[] }[];
  sentenceCount: number;
  /** The reader's side for the sender, when it could tell. */
  senderSide?: string;
}

function quote(sentence: Sentence): string {
  const text =
    sentence.text.length > EVIDENCE_CHARS ? `${sentence.text.slice(0, EVIDENCE_CHARS).trimEnd()}…` : sentence.text;
  return `“${text}”`;
}

/** The first sentences behind a suggestion, each once, in reading order. */
function evidenceOf(hits: CueHit[]): { sentences: Sentence[]; cues: string[] } {
  const seen = new Map<number, Sentence>();
  for (const hit of hits) seen.set(hit.sentence.number, hit.sentence);
  const sentences = [...seen.values()].sort((a, b) => a.number - b.number).slice(0, EVIDENCE_SENTENCES);
  return { sentences, cues: [...new Set(hits.map((h) => h.cue))] };
}

/** The highest level any sentence suggests for the stage: the strongest claim the text makes. */
function stageSuggestion(
  framework: Framework,
  id: string,
  byLevel: Map<string, CueHit[]>,
): { level: string; hits: CueHit[] } | undefined {
  const levels = [...byLevel.keys()]
    .filter((l) => levelRank(framework, l) >= 0)
    .sort((a, b) => levelRank(framework, b) - levelRank(framework, a));
  return levels[0] === undefined ? undefined : { level: levels[0], hits: byLevel.get(levels[0])! };
}

/** "yes" wins over "partly"; "no" only when nothing positive is found. */
function answerSuggestion(
  byAnswer: Map<SuggestedAnswer, CueHit[]>,
): { answer: SuggestedAnswer; hits: CueHit[] } | undefined {
  for (const answer of ['yes', 'partly', 'no'] as const) {
    const hits = byAnswer.get(answer);
    if (hits) return { answer, hits };
  }
  return undefined;
}

/** One entry per stage the reader found, quoting its sentences; a plan is `not-yet` with `plan`. */
function readerStages(
  framework: Framework,
  reading: EmailReading,
  sentences: Sentence[],
): { stages: Record<string, StageEntry>; suggestions: Suggestion[] } {
  const stages: Record<string, StageEntry> = {};
  const suggestions: Suggestion[] = [];
  for (const stage of framework.stages) {
    const read = reading.stages.find((r) => r.stage === stage.id);
    if (!read) continue;
    const quoted = read.sentences.slice(0, EVIDENCE_SENTENCES).map((n) => sentences[n - 1]!);
    stages[stage.id] = {
      level: read.level,
      ...(read.plan !== undefined ? { plan: read.plan } : {}),
      evidence: quoted.map(quote).join(' '),
      suggested: true,
    };
    const value = read.plan !== undefined ? `${read.level} (plan: ${read.plan})` : read.level;
    suggestions.push({ id: stage.id, value, sentences: quoted.map((s) => s.number), cues: read.why });
  }
  return { stages, suggestions };
}

/** Answers that follow from a stage's reading ("decide at collaborate" answers the binding-decision question). */
function stageAnswers(framework: Framework, stages: Record<string, StageEntry>, suggestions: Suggestion[]) {
  const found: { id: string; entry: AnswerEntry; suggestion: Suggestion }[] = [];
  for (const rule of framework.cues?.reader?.stageAnswers ?? []) {
    const entry = stages[rule.stage];
    const from = suggestions.find((s) => s.id === rule.stage);
    if (!entry || !from || entry.level === NOT_YET || entry.level === UNKNOWN) continue;
    if (levelRank(framework, entry.level) < levelRank(framework, rule.atLeast)) continue;
    found.push({
      id: rule.id,
      entry: { answer: 'yes', evidence: entry.evidence!, suggested: true },
      suggestion: { id: rule.id, value: 'yes', sentences: from.sentences, cues: [`${rule.stage}: ${entry.level}`] },
    });
  }
  return found;
}

export function draftProject(
  framework: Framework,
  input: DraftInput,
  fallbackName: string,
  tagger?: Tagger,
  placeNamedIn?: (text: string) => string | undefined,
): DraftOutcome {
  const reader = tagger ? framework.cues?.reader : undefined;
  const body = reader ? bodyOf(input.text, reader.furniture) : undefined;
  const attached = (input.attachments ?? []).filter((a) => a.trim());
  const text = readText([body ? body.text : input.text, ...attached].join('\n\n'));
  const title = input.title ?? body?.title;
  const details = draftDetails(text, title, input.date ?? body?.date, body?.signature, placeNamedIn);
  const cues = framework.cues;
  const hits = cues ? findHits(cues, text.sentences) : { stages: new Map(), answers: new Map() };
  const stageIds = new Set(framework.stages.map((s) => s.id));
  const indicatorIds = new Set(framework.criteria.flatMap((c) => c.indicators.map((i) => i.id)));

  let stages: Record<string, StageEntry> = {};
  let stageSuggestions: Suggestion[] = [];
  let reading: EmailReading | undefined;
  if (reader && tagger) {
    reading = readEmail(framework, text.sentences, body!.signature, tagger, NOT_YET);
    ({ stages, suggestions: stageSuggestions } = readerStages(framework, reading, text.sentences));
  }
  for (const [id, byLevel] of hits.stages) {
    const found = stageIds.has(id) && !reading ? stageSuggestion(framework, id, byLevel) : undefined;
    if (!found) continue;
    const { sentences, cues: used } = evidenceOf(found.hits);
    stages[id] = { level: found.level, evidence: sentences.map(quote).join(' '), suggested: true };
    stageSuggestions.push({ id, value: found.level, sentences: sentences.map((s) => s.number), cues: used });
  }

  const answers: Record<string, AnswerEntry> = {};
  const answerSuggestions: Suggestion[] = [];
  for (const [id, byAnswer] of hits.answers) {
    const found = indicatorIds.has(id) ? answerSuggestion(byAnswer) : undefined;
    if (!found) continue;
    const { sentences, cues: used } = evidenceOf(found.hits);
    answers[id] = { answer: found.answer, evidence: sentences.map(quote).join(' '), suggested: true };
    answerSuggestions.push({ id, value: found.answer, sentences: sentences.map((s) => s.number), cues: used });
  }
  for (const { id, entry, suggestion } of stageAnswers(framework, stages, stageSuggestions)) {
    if (!indicatorIds.has(id)) continue;
    answers[id] = entry;
    const at = answerSuggestions.findIndex((s) => s.id === id);
    if (at >= 0) answerSuggestions.splice(at, 1);
    answerSuggestions.push(suggestion);
  }

  // In the framework's order, so the draft reads like the framework.
  const stageOrder = framework.stages.map((s) => s.id);
  const indicatorOrder = framework.criteria.flatMap((c) => c.indicators.map((i) => i.id));
  stageSuggestions.sort((a, b) => stageOrder.indexOf(a.id) - stageOrder.indexOf(b.id));
  answerSuggestions.sort((a, b) => indicatorOrder.indexOf(a.id) - indicatorOrder.indexOf(b.id));

  // Every term the text uses is reported; only one it names the work by becomes its describedAs.
  const terms = termsUsedBy(framework, text.paragraphs.join('\n'));
  const describedAs = describedAsFrom(
    framework,
    details.name,
    text.sentences.map((s) => s.text),
  );
  const partners: PartnerEntry[] = (reading?.partners ?? []).map((p) => ({ name: p.name, kind: p.kind, side: p.side }));
  const project: Project = {
    name: details.name ?? fallbackName,
    ...(details.organisation ? { organisation: details.organisation } : {}),
    ...(details.location ? { location: details.location } : {}),
    ...(details.year !== undefined ? { year: details.year } : {}),
    ...(details.summary ? { summary: details.summary } : {}),
    ...(describedAs ? { describedAs: describedAs.label } : {}),
    ...(partners.length > 0 ? { partners } : {}),
    stages,
    answers,
  };
  return {
    project,
    stages: stageSuggestions,
    answers: answerSuggestions,
    used: sentencesUsed(text.sentences, stageSuggestions, answerSuggestions),
    terms: terms.map((t) => ({ id: t.id, label: t.label, words: t.words })),
    sentenceCount: text.sentences.length,
    ...(reading?.senderSide ? { senderSide: reading.senderSide } : {}),
  };
}

function sentencesUsed(sentences: Sentence[], stages: Suggestion[], answers: Suggestion[]): DraftOutcome['used'] {
  const uses = new Map<number, string[]>();
  for (const s of [...stages, ...answers]) {
    for (const n of s.sentences) uses.set(n, [...(uses.get(n) ?? []), `${s.id}: ${s.value}`]);
  }
  return [...uses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, used]) => ({ number, text: sentences[number - 1]!.text, for: used }));
}

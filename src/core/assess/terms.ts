// The family of words projects use for themselves (co-production, co-design, participatory
// budgeting, …). A project's own description is matched against each term's phrases, and each
// term's test (a class to reach, or requirements to meet) says whether the evidence supports it.
// The terms are framework data, strongest claim first, so a network can argue with them.
import { checkRequirement, describeCheck, type Measures, type RequirementCheck } from './classify.js';
import { higherOnScale, isOffScale } from './class-scale.js';
import type { Classification, TermFinding } from '../model/result.js';
import { sourceScores } from './score-overall.js';
import { perFramework } from '../framework/per-framework.js';
import type { Framework, Term } from '../model/types.js';

/** Words that, just before a term, say the project is not that ("not co-production"). */
const NEGATIONS = new Set(['not', 'non', 'never', 'no']);

/**
 * Lower-case words, with quotes dropped and every kind of dash or hyphen splitting words, and a
 * lone "co" joined to the word after it: "Co‑Production", “co-produced” and "co production" all
 * become one word starting "coproduc".
 */
export function termWords(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Pi}\p{Pf}"'`\u00b4]/gu, '')
    .split(/[^\p{L}\p{N}*\u00a3]+/u)
    .filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'co' && i + 1 < words.length) joined.push(`co${words[++i]}`);
    else joined.push(words[i]!);
  }
  return joined;
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** Where `phrase` stands in `words` without the word before it negating it: each start. */
function phraseStarts(phrase: string[], words: string[]): number[] {
  const starts: number[] = [];
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((pattern, k) => wordMatches(pattern, words[start + k]!)) && !NEGATIONS.has(words[start - 1] ?? ''))
      starts.push(start);
  }
  return starts;
}

function phraseIn(phrase: string[], words: string[]): boolean {
  return phraseStarts(phrase, words).length > 0;
}

interface TermEntry extends Term {
  phrases: string[][];
}

// A framework's terms with their phrases split into words, once per framework. A framework with no
// terms (an older custom one) still gets its classes' names and aliases checked, as before.
const frameworkTerms = perFramework((framework): TermEntry[] => {
  const terms: Term[] =
    framework.terms.length > 0
      ? framework.terms
      : framework.classes.map((c) => ({
          id: c.id,
          label: c.label,
          definition: c.description ?? c.label,
          matches: [c.id, c.label, ...(c.aliases ?? [])],
          class: c.id,
        }));
  return terms.map((term) => ({
    ...term,
    phrases: (term.matches ?? []).map(termWords).filter((p) => p.length > 0),
  }));
});

/** The strongest term a free-text self-description uses, if any. */
export function termNamedBy(framework: Framework, text: string | undefined): Term | undefined {
  return termsNamedBy(framework, text)[0];
}

/** Every term a free text uses, strongest first (an email may say "co-production" and "consultation"). */
function termsNamedBy(framework: Framework, text: string | undefined): Term[] {
  if (!text) return [];
  const words = termWords(text);
  return frameworkTerms(framework).filter((term) => term.phrases.some((phrase) => phraseIn(phrase, words)));
}

/**
 * Every term a free text uses, strongest first, with the words the text itself uses for it: a term
 * matched by one of its other words ("survey" for consultation, "involved" for engagement) is
 * reported by those words, never by a label the text does not use.
 */
export function termsUsedBy(framework: Framework, text: string | undefined): (Term & { words: string[] })[] {
  if (!text) return [];
  const words = termWords(text);
  return frameworkTerms(framework).flatMap((term) => {
    const used = term.phrases.flatMap((phrase) =>
      phraseStarts(phrase, words).map((start) => asWritten(term, words.slice(start, start + phrase.length))),
    );
    return used.length > 0 ? [{ ...term, words: [...new Set(used)] }] : [];
  });
}

/** Matched words as a reader would recognise them: the label where they are the label, and "co-" kept. */
function asWritten(term: Term, matched: string[]): string {
  if (matched.join(' ') === termWords(term.label).join(' ')) return term.label;
  const first = matched[0]!;
  const hyphened = term.label.startsWith('co-') && first.startsWith('co') && !first.startsWith('co-');
  return [hyphened ? `co-${first.slice(2)}` : first, ...matched.slice(1)].join(' ');
}

/** One place a term stands in a text's words (from `termWords`), not negated. */
export interface TermMention {
  term: Term;
  /** The index of its first word. */
  start: number;
  /** The index just after its last word. */
  end: number;
}

/** Every place any of the framework's terms stands in `words`, strongest term first. */
export function termMentions(framework: Framework, words: string[]): TermMention[] {
  return frameworkTerms(framework).flatMap((term) =>
    term.phrases.flatMap((phrase) =>
      phraseStarts(phrase, words).map((start) => ({ term, start, end: start + phrase.length })),
    ),
  );
}

/** Of the terms with these ids, the strongest (the framework lists its terms strongest first). */
export function strongestTerm(framework: Framework, ids: ReadonlySet<string>): Term | undefined {
  return frameworkTerms(framework).find((term) => ids.has(term.id));
}

interface TermTest {
  tested: boolean;
  met: boolean;
  /** The checks behind the verdict: what was met, or what was not. */
  why: string;
}

function testTerm(
  framework: Framework,
  term: Term,
  measures: Measures,
  classification: Classification,
  classChecks: Map<string, RequirementCheck[]>,
): TermTest {
  if (term.class) {
    // A class off the scale is met only by itself; one on the scale by it or a class above it.
    const met = isOffScale(framework, term.class)
      ? classification.id === term.class
      : classification.id === term.class || higherOnScale(framework, classification.id, term.class);
    const unmet = (classChecks.get(term.class) ?? []).filter((c) => !c.met).map(describeCheck);
    const label = framework.classes.find((c) => c.id === term.class)?.label ?? term.class;
    return { tested: true, met, why: met ? `it meets every requirement of ${label.toLowerCase()}` : unmet.join('; ') };
  }
  if (term.shows) {
    const checks = term.shows.map((r) => checkRequirement(framework, r, measures));
    const met = checks.every((c) => c.met);
    return {
      tested: true,
      met,
      why: checks
        .filter((c) => c.met === met)
        .map(describeCheck)
        .join('; '),
    };
  }
  return { tested: false, met: false, why: '' };
}

export function findTerms(
  framework: Framework,
  describedAs: string | undefined,
  measures: Measures,
  classification: Classification,
  classChecks: Map<string, RequirementCheck[]>,
): TermFinding {
  // Tested only as far as needed (terms in order up to the first one met, and the claimed one):
  // each test is a round of requirement checks, for every project of a batch.
  const tests = new Map<string, TermTest>();
  const testOf = (term: Term): TermTest => {
    if (!tests.has(term.id)) tests.set(term.id, testTerm(framework, term, measures, classification, classChecks));
    return tests.get(term.id)!;
  };
  const supportedTerm = frameworkTerms(framework).find((term) => testOf(term).met);
  const supported = supportedTerm ? { id: supportedTerm.id, label: supportedTerm.label } : null;
  const shows = supportedTerm
    ? `the evidence shows ${supportedTerm.label}: ${testOf(supportedTerm).why}`
    : 'the evidence does not yet show any of these terms';
  const claimedTerm = termNamedBy(framework, describedAs);
  const finding = judgeClaim(framework, claimedTerm, supportedTerm, supported, shows, testOf);
  // A term judged by a source's features (participatory budgeting, the PB Charter) names those not shown.
  const judged = claimedTerm ?? supportedTerm;
  const missing = judged?.quality ? missingFeatures(framework, judged.quality, measures) : [];
  if (missing.length === 0) return finding;
  const source = framework.sources.find((s) => s.id === judged!.quality!.source);
  const name = source?.shortTitle ?? source?.title ?? judged!.quality!.source;
  return {
    ...finding,
    missing,
    message: `${finding.message}. ${name} features not shown: ${missing.join(', ')}`,
  };
}

/** The items of a quality source whose score is under the bar, or not described. */
function missingFeatures(framework: Framework, quality: NonNullable<Term['quality']>, measures: Measures): string[] {
  const source = sourceScores(framework, measures.criteria).find((s) => s.id === quality.source);
  if (!source) return [];
  return source.items
    .filter((item) => item.score === null || item.score < quality.atLeast)
    .map((item) => `${item.name} (${item.score === null ? 'not described' : `scores ${item.score}`})`);
}

function judgeClaim(
  framework: Framework,
  claimedTerm: Term | undefined,
  supportedTerm: TermEntry | undefined,
  supported: TermFinding['supported'],
  shows: string,
  testOf: (term: Term) => TermTest,
): TermFinding {
  if (!claimedTerm) return { claimed: null, supported, overclaim: false, message: capitalise(shows) };
  const test = testOf(claimedTerm);
  const claimed = {
    id: claimedTerm.id,
    label: claimedTerm.label,
    tested: test.tested,
    supported: test.tested ? test.met : null,
  };
  const calls = `Calls itself ${claimedTerm.label}`;
  if (!test.tested) {
    const cannot = `a word copro cannot test from a project file (${firstSentence(claimedTerm.definition)})`;
    return { claimed, supported, overclaim: false, message: `${calls}, ${cannot}; ${shows}` };
  }
  if (test.met) {
    const more = supportedTerm && supportedTerm.id !== claimedTerm.id;
    const message = more
      ? `${calls}, and the evidence supports more: ${shows.replace(/^the evidence shows /, '')}`
      : `${calls}, and the evidence supports it: ${test.why}`;
    return { claimed, supported, overclaim: false, message };
  }
  // The claim's own test fails. It claims more than the evidence shows only when the term the
  // evidence does support is a weaker one (later in the list), or there is none.
  const terms = frameworkTerms(framework);
  const overclaim = !supportedTerm || terms.indexOf(supportedTerm) > terms.indexOf(claimedTerm as TermEntry);
  return {
    claimed,
    supported,
    overclaim,
    message: `${calls}, but ${shows}. Not shown for ${claimedTerm.label}: ${test.why}`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return (end >= 0 ? text.slice(0, end) : text).replace(/\s+/g, ' ').trim();
}

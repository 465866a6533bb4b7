// How a text names the work itself, for a draft's `describedAs`. A term counts only where the text
// uses it as the work's name: in its title ("Participatory budgeting in the east ward"), or after
// words that name the work ("We call it co-production", "our co-produced library strategy", "We
// are a user-led organisation", "This was a consultation"). A term met in passing describes one
// activity, not the work: "asked tenants in a survey", "tenants were involved", "young people
// co-designed the drop-in". Those words are still listed in the draft's report as words the text
// uses; they just do not become the project's own claim, which decides the overclaim finding.
import { strongestTerm, termMentions, termWords } from '../assess/terms.js';
import type { Framework, Term } from '../model/types.js';

/**
 * Words that, just before a term, say it is the work's own name. Articles and a few words of
 * emphasis between them and the term are passed over ("it was a genuine co-production").
 */
const NAMING = [
  // Whoever calls it so ("we", "people", "everyone", "the council"): the naming is the same.
  'call it',
  'calls it',
  'called it',
  'calling it',
  'call this',
  'calling this',
  'calls itself',
  'call ourselves',
  'called',
  'describe it as',
  'described as',
  'describes itself as',
  'known as',
  'badged as',
  'see it as',
  'see this as',
  'it is',
  'it was',
  'this is',
  'this was',
  'our',
  'this',
].map(termWords);

/** "We are", only with an article after it: "we are a user-led organisation", not "we were consulted". */
const NAMING_WITH_ARTICLE = ['we are', 'we were'].map(termWords);
const ARTICLES = new Set(['a', 'an']);

/** Passed over between the naming words and the term. */
const BETWEEN = new Set(['a', 'an', 'the', 'genuine', 'real', 'true', 'truly', 'proper', 'full', 'piece', 'of']);

/** Nouns for a whole piece of work: a term just before one names it ("a participatory budgeting process"). */
const WORK = new Set([
  'project',
  'projects',
  'programme',
  'program',
  'process',
  'approach',
  'initiative',
  'exercise',
  'scheme',
  'organisation',
  'organization',
]);

function endsWith(words: string[], end: number, phrase: string[]): boolean {
  return phrase.length <= end && phrase.every((word, k) => words[end - phrase.length + k] === word);
}

/** True when the words around a term's mention say it is the work's name. */
function namesTheWork(words: string[], start: number, end: number): boolean {
  if (WORK.has(words[end] ?? '')) return true;
  let before = start;
  while (before > 0 && BETWEEN.has(words[before - 1]!)) before--;
  if (NAMING.some((naming) => endsWith(words, before, naming))) return true;
  return ARTICLES.has(words[before] ?? '') && NAMING_WITH_ARTICLE.some((naming) => endsWith(words, before, naming));
}

/** The strongest term the text names its own work by, if it names it at all. */
export function describedAsFrom(
  framework: Framework,
  title: string | undefined,
  sentences: string[],
): Term | undefined {
  const named = new Set<string>();
  if (title) for (const { term } of termMentions(framework, termWords(title))) named.add(term.id);
  for (const sentence of sentences) {
    const words = termWords(sentence);
    for (const { term, start, end } of termMentions(framework, words))
      if (namesTheWork(words, start, end)) named.add(term.id);
  }
  return strongestTerm(framework, named);
}

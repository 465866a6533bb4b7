import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../../src/core/framework/framework-rules.js';
import { findCue, parseCue, type ParsedCue } from '../../../../src/core/draft/cues.js';
import { termWords } from '../../../../src/core/assess/terms.js';
import type { Framework } from '../../../../src/core/model/types.js';
import { defaultFramework } from '../../../helpers.js';

const bundled = await defaultFramework();
const copy = (): Framework => structuredClone(bundled);
const messages = (f: Framework) => checkFramework(f).map((p) => p.message);

function cue(phrase: string): ParsedCue {
  const parsed = parseCue(phrase);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}
const found = (phrase: string, text: string) => findCue(cue(phrase), termWords(text));

describe('cue phrases', () => {
  it('match whole words, ignoring case, quotes and hyphens', () => {
    expect(found('set the agenda', 'Young people Set the Agenda.')).toEqual([{ start: 2, end: 4 }]);
    expect(found('set the agenda', 'They reset the agendas')).toEqual([]);
    expect(found('co-design*', 'The service was Co‑Designed with tenants')).toEqual([{ start: 3, end: 3 }]);
    expect(found('co-design*', 'it was co designed')).toHaveLength(1);
  });

  it('let a word ending in * stand for any word starting with it', () => {
    expect(found('residents vot*', 'residents voted')).toHaveLength(1);
    expect(found('residents vot*', 'residents were voting')).toEqual([]);
  });

  it('let ... stand for up to four words, no more', () => {
    expect(found('residents ... voted', 'residents in all the wards voted')).toEqual([{ start: 0, end: 5 }]);
    expect(found('residents ... voted', 'residents in all of the wards voted')).toEqual([]);
    expect(found('residents ... voted', 'residents voted')).toEqual([{ start: 0, end: 1 }]);
  });

  it('say plainly what is wrong with a phrase that cannot be read', () => {
    expect(parseCue('... voted')).toBe('"..." must stand between two words, not at the start or end');
    expect(parseCue('residents ... ... voted')).toBe('has "..." twice in a row');
    expect(parseCue('  ')).toBe('has no words in it');
    expect(parseCue('vo*ted')).toBe('has a * that is not at the end of a word');
    expect(parseCue('a b c d e f g h i j k l m')).toMatch(/has 13 words/);
  });

  it('read long adversarial text in linear time (a hang guard, not a timing test)', () => {
    // Text built to defeat a backtracking matcher: endless near-matches of a phrase with gaps.
    const words = termWords('a '.repeat(100_000));
    const nearly = cue('a ... a ... a ... a ... a ... a ... b');
    expect(findCue(nearly, words)).toEqual([]);
    const long = cue('a* a* a* a* a* a* a* a* a* a* a* b');
    expect(findCue(long, words)).toEqual([]);
    expect(findCue(cue('a ... a'), words.slice(0, 10))).toHaveLength(9);
  }, 20_000);
});

describe("the framework's cues", () => {
  it('are in the bundled framework for every stage, and pass every rule', () => {
    expect(Object.keys(bundled.cues?.reader?.actions ?? {})).toEqual([
      'define',
      'design',
      'decide',
      'deliver',
      'evaluate',
    ]);
    expect(bundled.cues?.negations).toEqual(expect.arrayContaining(['not', 'never']));
    // "without X, none of this would have happened" and "little by little" are not negations of X.
    expect(bundled.cues?.negations).not.toEqual(expect.arrayContaining(['without']));
    expect(bundled.cues?.negations).not.toEqual(expect.arrayContaining(['little']));
    expect(bundled.cues!.answers.length).toBeGreaterThanOrEqual(40);
    expect(checkFramework(bundled)).toEqual([]);
  });

  it('must name stages, levels and indicators of the framework', () => {
    const f = copy();
    f.cues!.reader!.actions['defne'] = ['work out'];
    f.cues!.reader!.relations['colaborate'] = ['worked together'];
    f.cues!.answers[0]!.id = 'shared-power.binding';
    expect(messages(f)).toEqual(
      expect.arrayContaining([
        '"defne" is not a stage of this framework — did you mean "define"?',
        '"colaborate" is not a level of this framework — did you mean "collaborate"?',
        expect.stringMatching(/^"shared-power.binding" is not an indicator of this framework/),
      ]),
    );
  });

  it('refuse a cue that holds a negation, which would cancel itself, and a phrase that cannot be read', () => {
    const f = copy();
    f.cues!.answers[0]!.yes = ['residents were not asked', 'voted ...'];
    expect(messages(f)).toEqual([
      'the cue "residents were not asked" holds the negation "not", which would cancel it: write the cue without it',
      'the cue "voted ..." "..." must stand between two words, not at the start or end',
    ]);
  });

  it('refuse cues given twice for one stage', () => {
    const f = copy();
    f.cues!.stages = [
      { id: 'define', levels: { consult: ['surveyed'] } },
      { id: 'define', levels: { consult: ['asked'] } },
    ];
    expect(messages(f)).toEqual(['the cues for stage "define" are given more than once: give them once']);
  });

  it('are optional: a framework without them is still sound', () => {
    const f = copy();
    delete f.cues;
    expect(checkFramework(f)).toEqual([]);
  });
});

describe('cues and clauses', () => {
  it('refuse a cue holding a word that starts a new clause, which could never be found whole', () => {
    const f = copy();
    f.cues!.answers[0]!.yes = ['while the options were open'];
    expect(messages(f)).toEqual([
      'the cue "while the options were open" holds "while", which starts a new clause, so the cue could never be found whole: write it without',
    ]);
  });
});

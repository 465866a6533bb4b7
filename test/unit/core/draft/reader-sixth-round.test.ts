// The reader's sixth round: a precision gate on suggested levels (issue 19, point 7). A level at or
// above involve is suggested only where the sentence itself shows it — an action told as done, in
// the main clause, active or a passive naming who did it, on the stage's own work. Anything else
// about the stage is still quoted there, with the level left to a person. Each condition is tested on
// its own, on sentences written for it, and then in whole drafts.
import { describe, expect, it } from 'vitest';
import { draftProject } from '../../../../src/core/draft/draft.js';
import { wordsOfTokens, type Word } from '../../../../src/core/reader/clauses.js';
import {
  coordinatedPassive,
  eventAboutTheWork,
  hypothetical,
  inRelativeClause,
  nonFinite,
  passiveWithoutItsWork,
  proposedWording,
  reported,
} from '../../../../src/core/reader/level-gate.js';
import { tagSentence } from '../../../../src/io/tagger.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const reader = framework.cues!.reader!;
const draft = (text: string) => draftProject(framework, { text }, 'Draft', tagSentence);
const stageAt = (text: string, stage: string) => {
  const entry = draft(text).project.stages[stage];
  return typeof entry === 'string' ? { level: entry } : entry;
};
const levelAt = (text: string, stage: string) => stageAt(text, stage)?.level;

/** The sentence's words, and the span of the first word that is `verb`. */
function at(sentence: string, verb: string): { words: Word[]; action: { start: number; end: number } } {
  const words = wordsOfTokens(tagSentence(sentence));
  const start = words.findIndex((w) => w.word === verb);
  if (start < 0) throw new Error(`no "${verb}" in: ${sentence}`);
  return { words, action: { start, end: start } };
}

const RANK = ['none', 'inform', 'consult', 'involve', 'collaborate', 'delegate'];
const atMost = (level: string | undefined, most: string) =>
  level === undefined || level === 'unknown' || level === 'not-yet' || RANK.indexOf(level) <= RANK.indexOf(most);

describe('each condition of the gate, on its own', () => {
  it('a modal or a condition before the verb makes it what might be; "they\'d been" is had', () => {
    const could = at('Tenants could run the laundry themselves.', 'run');
    expect(hypothetical(reader, could.words, 0, could.action)).toBe(true);
    const ifRan = at('If the parents ran the rota, it would work.', 'ran');
    expect(hypothetical(reader, ifRan.words, 0, ifRan.action)).toBe(true);
    const ran = at('Tenants ran the laundry themselves.', 'ran');
    expect(hypothetical(reader, ran.words, 0, ran.action)).toBe(false);
    const had = at("We'd planned the route with the walkers before the council asked.", 'planned');
    expect(hypothetical(reader, had.words, 0, had.action)).toBe(false);
  });

  it("an action after a verb of saying is someone's account of it", () => {
    const said = at('The manager said the carers designed the new rota.', 'designed');
    expect(reported(reader, said.words, 0, said.action)).toBe(true);
    const told = at('The carers designed the new rota.', 'designed');
    expect(reported(reader, told.words, 0, told.action)).toBe(false);
    // A verb of saying in the clause before does not reach past a colon.
    const before = at('Tenants told the survey they felt unheard: now tenants choose the repairs.', 'choose');
    const colon = before.words.findIndex((w) => w.word === ':');
    expect(reported(reader, before.words, colon + 1, before.action)).toBe(false);
  });

  it('a wording in quotation marks put forward with a modal is proposed; a quoted account is not', () => {
    const proposed = at('"Pupils chose the new menu" might be fairer.', 'chose');
    expect(proposedWording(reader, proposed.words, proposed.action)).toBe(true);
    const account = at('One dad put it simply: "We chose the menu ourselves."', 'chose');
    expect(proposedWording(reader, account.words, account.action)).toBe(false);
  });

  it('a verb in a relative clause describes someone or something', () => {
    const which = at('The notes went to the trust board, which used them in setting the budget.', 'used');
    expect(inRelativeClause(which.words, 0, which.action, [])).toBe(true);
    const main = at('The trust board used the notes in setting the budget.', 'used');
    expect(inRelativeClause(main.words, 0, main.action, [])).toBe(false);
  });

  it('a verb after a preposition, or a participle opening its clause, is no main verb', () => {
    const gerund = at('The panel helped in choosing the grants.', 'choosing');
    expect(nonFinite(gerund.words, 0, gerund.action)).toBe(true);
    const opening = at('Drafted by volunteers, the leaflet went out in May.', 'drafted');
    expect(nonFinite(opening.words, 0, opening.action)).toBe(true);
    const finite = at('Volunteers drafted the leaflet in May.', 'drafted');
    expect(nonFinite(finite.words, 0, finite.action)).toBe(false);
  });

  it('a passive names its work in a noun, not a pronoun; a verb joined to a passive is passive', () => {
    const noun = at('The allotments are managed by the growers themselves.', 'managed');
    expect(passiveWithoutItsWork(noun.words, 0, noun.action, true)).toBe(false);
    const pronoun = at('It was organised by the growers.', 'organised');
    expect(passiveWithoutItsWork(pronoun.words, 0, pronoun.action, true)).toBe(true);
    expect(passiveWithoutItsWork(noun.words, 0, noun.action, false)).toBe(true);
    const joined = at('The fair was planned and run by pupils.', 'run');
    expect(coordinatedPassive(joined.words, joined.action)).toBe(true);
    const active = at('Pupils planned and ran the fair.', 'ran');
    expect(coordinatedPassive(active.words, active.action)).toBe(false);
  });

  it("an event about the work as the object is not the stage's work", () => {
    const event = at('Carers organised a launch event at the library.', 'organised');
    expect(eventAboutTheWork(reader, event.words, [0, event.words.length], event.action, false)).toBe(true);
    const service = at('Carers organised the respite rota.', 'organised');
    expect(eventAboutTheWork(reader, service.words, [0, service.words.length], service.action, false)).toBe(false);
    const passive = at('The open day was organised by carers.', 'organised');
    expect(eventAboutTheWork(reader, passive.words, [0, passive.words.length], passive.action, true)).toBe(true);
  });
});

describe('whole drafts: no level a careful person would not give', () => {
  it('what people said, passed to a board that used it, is no level above consult', () => {
    const text = 'What young people said was passed to the board, which used it in shaping the plan.';
    expect(atMost(levelAt(text, 'design'), 'consult')).toBe(true);
  });

  it('a proposed wording in quotation marks gives no level', () => {
    const text = '"Young people consulted on the draft, with a youth group shaping the materials" would be accurate.';
    for (const stage of ['design', 'deliver']) expect(atMost(levelAt(text, stage), 'consult')).toBe(true);
  });

  it('an event planned and run by members is not deliver above involve', () => {
    const text = 'The second event was planned and run by members of the youth forum.';
    expect(atMost(levelAt(text, 'deliver'), 'involve')).toBe(true);
  });

  it('residents running the café themselves is still deliver: delegate', () => {
    expect(levelAt('Residents ran the café themselves from the second year.', 'deliver')).toBe('delegate');
  });

  it('held-back sentences are still quoted at their stage, as suggestions', () => {
    const text = 'The manager said the tenants ran the repairs service.';
    expect(stageAt(text, 'deliver')).toMatchObject({ level: 'unknown', suggested: true });
  });

  it('a verb of saying in an earlier clause does not hold back what follows the colon', () => {
    const text = 'Parents told the survey they had no say: since then parents choose the holiday clubs every year.';
    expect(levelAt(text, 'decide')).toBe('delegate');
  });

  it('a wish with a modal gives no level; the same told as done does', () => {
    expect(atMost(levelAt('Pupils could design the new playground.', 'design'), 'consult')).toBe(true);
    expect(levelAt('Pupils designed the new playground themselves.', 'design')).toBe('delegate');
  });

  it('a present perfect is told as done, and a relative clause holds back only its own verb', () => {
    expect(levelAt('Residents have run the hall themselves since 2019.', 'deliver')).toBe('delegate');
    expect(levelAt("The tenants' panel, which residents elected, ran the hall.", 'deliver')).toBe('delegate');
  });

  it('a passive naming who did the work in a noun keeps its level', () => {
    expect(levelAt('The community garden is run by the residents themselves.', 'deliver')).toBe('delegate');
  });

  it('a participant quoted after a colon on what they did keeps the level of what they did', () => {
    const text = 'One parent told us: "Parents and the council staff planned the new timetable together."';
    expect(levelAt(text, 'design')).toBe('collaborate');
  });
});

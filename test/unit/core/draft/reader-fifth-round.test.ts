// The reader's fifth round: the principles behind the misreadings found on the former held-out-3
// part, each tested on sentences written for the principle (not the corpus's own). A heading names
// what is under it and says nothing itself; defining the need is naming it; looking back at what came
// back is evaluation; a sentence says who did what only in its own words (not in a relative clause
// about a thing or an unplaced someone, not in a question, not in the text's byline); and a partner
// is someone the text shows in the work, on the side the text puts them.
import { describe, expect, it } from 'vitest';
import { draftProject } from '../../../../src/core/draft/draft.js';
import { readText } from '../../../../src/core/draft/draft-text.js';
import { tagSentence } from '../../../../src/io/tagger.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const draft = (text: string) => draftProject(framework, { text }, 'Draft', tagSentence);
const stageAt = (text: string, stage: string) => {
  const entry = draft(text).project.stages[stage];
  return typeof entry === 'string' ? { level: entry } : entry;
};
const levelAt = (text: string, stage: string) => stageAt(text, stage)?.level;

describe('a heading names its section and says nothing itself', () => {
  it('a short line above a sentence is a heading, and a heading of its own paragraph too', () => {
    const { sentences } = readText(
      'Looking back\nIn March the whole group met again.\n\nWhat we changed\n\nWe moved it to Thursdays.',
    );
    expect(sentences.map((s) => [s.text, s.heading === true])).toEqual([
      ['Looking back', true],
      ['In March the whole group met again.', false],
      ['What we changed', true],
      ['We moved it to Thursdays.', false],
    ]);
  });

  it('a line of a sentence wrapped in the middle, or a closing line, is no heading', () => {
    const { sentences } = readText('Tenants and the housing officers planned\nthe garden together.\n\nSee you soon');
    expect(sentences.every((s) => !s.heading)).toBe(true);
    expect(sentences[0]!.text).toBe('Tenants and the housing officers planned the garden together.');
  });

  it('a heading about a stage quotes the first sentence under it there, never itself', () => {
    const text = 'Evaluation\n\nIn March the whole group met in the library and talked through the year.';
    const evaluate = stageAt(text, 'evaluate');
    expect(evaluate).toMatchObject({ level: 'unknown', suggested: true });
    expect(evaluate?.evidence).toBe('“In March the whole group met in the library and talked through the year.”');
  });

  it('the text speaking of itself (its byline, what it was written for) is no evidence', () => {
    const text =
      'A short case study for the network, prepared by Sam Lee, youth worker, with help from two of the young people who designed the club.';
    expect(draft(text).project.stages).toEqual({});
  });
});

describe('defining the need is saying what the need is', () => {
  it('"worked out" with no need named is not define: working out the rules is the design', () => {
    const text = 'Local residents and the council officers worked out the rules for the small grants together.';
    expect(stageAt(text, 'define')).toBeUndefined();
    expect(levelAt(text, 'design')).toBe('collaborate');
  });

  it('"worked out" with the need named is define', () => {
    const text = 'Parents and the school staff worked out together what the real problem with the buses was.';
    expect(levelAt(text, 'define')).toBe('collaborate');
  });

  it('a verb whose object is the need or the vision does define work, whatever the verb', () => {
    expect(levelAt('Residents and council officers wrote a shared vision for the park together.', 'define')).toBe(
      'collaborate',
    );
    expect(stageAt('The carers named the gaps they had found in the respite on offer.', 'define')).toBeDefined();
  });
});

describe('where the work came from is define, in everyday words', () => {
  it('choosing the issue or topic to work on is define, whoever chose it', () => {
    expect(levelAt('The pupils picked their own issue to work on: litter on the way to school.', 'define')).toBe(
      'delegate',
    );
    expect(stageAt('The theme was not picked by the managers.', 'define')).toMatchObject({ level: 'unknown' });
  });

  it('whose idea it was, and what it came out of, are quoted at define', () => {
    expect(stageAt("Starting a lunch club was two neighbours' idea.", 'define')).toBeDefined();
    expect(stageAt('The whole thing grew out of a row about the bins at a street party.', 'define')).toBeDefined();
  });

  it('how the work began gives a level only from how people were asked, never from other words in it', () => {
    const text = 'The questions came from what parents had been through when they tried to get help for their kids.';
    expect(['unknown', undefined]).toContain(levelAt(text, 'define'));
  });
});

describe('looking back at what came back is evaluation', () => {
  it('going through the comments or sitting down with the figures is evaluate', () => {
    const text =
      'Every quarter the tenants and the housing officers go through the complaint figures together and agree what to change.';
    expect(levelAt(text, 'evaluate')).toBe('collaborate');
    expect(stageAt('The residents sat down with the numbers from the first year.', 'evaluate')).toBeDefined();
  });

  it('the feedback looked at is not how the people looking took part', () => {
    const text = 'The carers and the ward staff went through the feedback cards together.';
    expect(levelAt(text, 'evaluate')).not.toBe('consult');
  });

  it('people interviewing one another are not being consulted', () => {
    expect(levelAt('The pupils interviewed one another about bullying on the way to school.', 'evaluate')).not.toBe(
      'consult',
    );
  });
});

describe('a sentence says who did what only in its own words', () => {
  it('an event held to tell others about the work is not the community side running it', () => {
    const text = 'The tenants ran an open day at the town hall to present their plans to the councillors.';
    expect(levelAt(text, 'deliver')).not.toBe('delegate');
  });

  it('an action in a relative clause about someone the reader cannot place is not the work', () => {
    const text = 'The findings went to the minister and to people who manage the local clinics.';
    expect(['unknown', undefined]).toContain(levelAt(text, 'deliver'));
  });

  it('relation words in a relative clause about a thing do not set the level of the main action', () => {
    const text = 'Parents helped carry out the survey that is informing the review of school transport.';
    expect(levelAt(text, 'evaluate')).not.toBe('delegate');
    expect(levelAt(text, 'evaluate')).not.toBe('inform');
  });

  it('relation words inside a reported question are what was thought about, not how anyone took part', () => {
    const text =
      'The council had drafted some ideas about how the halls might be managed, for instance by residents or alongside the library.';
    expect(levelAt(text, 'define')).not.toBe('collaborate');
  });

  it('a participle after a noun that follows "be" describes them: it is not their action', () => {
    expect(levelAt('We were forty tenants picked by lot, and we voted on the shortlist.', 'decide')).not.toBe(
      'delegate',
    );
  });

  it('a hyphen inside a word ("easy-read") is no dash between clauses', () => {
    expect(levelAt('Members wrote the easy-read guide with council staff.', 'design')).toBe('collaborate');
  });

  it('a question is neither an action nor a plan', () => {
    const text = 'Will the residents get to run the hall themselves next year?';
    expect(['unknown', undefined]).toContain(levelAt(text, 'deliver'));
  });

  it('"like to" alone is no plan: only "would like to" looks ahead', () => {
    expect(levelAt('Residents like to run the summer fair themselves.', 'deliver')).toBe('delegate');
    expect(stageAt("We'd like to see residents run the summer fair themselves.", 'deliver')).toMatchObject({
      level: 'not-yet',
    });
  });
});

describe('a partner is someone the text shows in the work, on the side the text puts them', () => {
  /** The draft's partners, each written with its name and side. */
  const partnersOf = (text: string) => (draft(text).project.partners ?? []) as { name: string; side?: string }[];
  const sides = (text: string) => Object.fromEntries(partnersOf(text).map((p) => [p.name, p.side]));

  it('staff of an organisation run by and for its members are on the members’ side; council staff are not', () => {
    const text =
      'Speak Up is run by and for people with learning disabilities. Speak Up staff and members wrote the easy-read guide with council staff.';
    const found = partnersOf(text);
    expect(found.find((p) => p.name === 'staff')?.side).toBe('community');
    expect(found.find((p) => p.name === 'council staff')?.side).toBe('service');
  });

  it('in an organisation not said to be member-led, its staff stay on the service side', () => {
    expect(sides('Speak Up staff and members wrote the easy-read guide.')).toMatchObject({ staff: 'service' });
  });

  it('"folk like me" puts the sender on their side', () => {
    expect(draft('The club is for folk like me who live alone. We run it ourselves.').senderSide).toBe('community');
  });

  it('"do the running" is running it', () => {
    expect(levelAt('Tenants do all the running of the hall now.', 'deliver')).toBe('delegate');
  });

  it('peer workers are people with lived experience', () => {
    expect(sides('Our peer workers run the café every evening.')).toMatchObject({ 'peer workers': 'community' });
  });

  it('someone named only in passing is no partner; someone working with the sender is', () => {
    const text =
      'Volunteers run the café every Friday. Some nurses from the ward come in for their lunch. It was all set up by the tenants’ association working with the housing association.';
    const named = Object.keys(sides(text));
    expect(named).not.toContain('nurses');
    expect(named).toContain('housing association');
  });
});

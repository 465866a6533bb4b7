import { describe, expect, it } from 'vitest';
import { draftProject } from '../../../../src/core/draft/draft.js';
import { readText } from '../../../../src/core/draft/draft-text.js';
import { draftDetails } from '../../../../src/core/draft/draft-details.js';
import type { Framework } from '../../../../src/core/model/types.js';
import { tagSentence } from '../../../../src/io/tagger.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const draft = (text: string, title?: string) =>
  draftProject(framework, { text, ...(title ? { title } : {}) }, 'Draft from test.txt', tagSentence);

/** A cue phrase written out as a sentence would say it: vot* → voted, ... → then. */
const spoken = (cue: string) => cue.replace(/\*/g, 'ed').replace(/\.\.\./g, 'then');

describe('copro draft, the core', () => {
  it('suggests a level for a stage only where a sentence supports it, quoting the sentence and marking it a suggestion', () => {
    const outcome = draft('Our project.\n\nResidents voted on how the £50,000 was spent. We had lunch afterwards.');
    expect(outcome.project.stages).toEqual({
      decide: { level: 'delegate', evidence: '“Residents voted on how the £50,000 was spent.”', suggested: true },
    });
    expect(outcome.stages).toEqual([{ id: 'decide', value: 'delegate', sentences: [2], cues: ['residents did it'] }]);
    expect(outcome.used).toEqual([
      {
        number: 2,
        text: 'Residents voted on how the £50,000 was spent.',
        for: expect.arrayContaining(['decide: delegate', 'shared-power.resources: yes']),
      },
    ]);
  });

  it('suggests nothing from text that says nothing about the work', () => {
    const outcome = draft('Hello, hope you are well. The weather in the hills was lovely this week.');
    expect(outcome.project.stages).toEqual({});
    expect(outcome.project.answers).toEqual({});
    expect(outcome.used).toEqual([]);
  });

  it('never suggests a "yes", or power shared, from a negated statement: every yes cue of the framework, negated', () => {
    const cues = framework.cues!;
    const yesCues = cues.answers.flatMap((a) => a.yes ?? []);
    // Every action of the reader, done together with staff: the strongest reading a clause can give.
    const sharedCues = Object.values(cues.reader!.actions)
      .flat()
      .map((action) => `${action} it together with staff`);
    for (const negation of ['not', 'never', "didn't"]) {
      for (const cue of [...yesCues, ...sharedCues]) {
        const text = `In the end residents were ${negation} ${spoken(cue)}.`;
        const outcome = draft(text);
        const yes = Object.entries(outcome.project.answers).filter(([, a]) => a.answer === 'yes');
        expect(yes, text).toEqual([]);
        const shared = Object.entries(outcome.project.stages).filter(
          ([, s]) => s.level === 'collaborate' || s.level === 'delegate',
        );
        expect(shared, text).toEqual([]);
      }
    }
  });

  it('reads the examples of the issue: "not involved in deciding" suggests no level, "not only … but" still counts', () => {
    // Quoted at its stage for a person to read, never with a level.
    expect(draft('Residents were not involved in deciding; residents did not vote.').project.stages).toEqual({
      decide: expect.objectContaining({ level: 'unknown', suggested: true }),
    });
    expect(draft('Residents never co-designed the service.').project.answers['shared-roles.co-design']).toBeUndefined();
    const both = draft('Residents were not only consulted but designed the service with staff.');
    expect(both.project.stages.design).toMatchObject({ level: 'collaborate', suggested: true });
    // A negation in one clause does not reach past "but" into the next.
    const contrast = draft('It was not a consultation, but residents designed the new service together with staff.');
    expect(contrast.project.stages.design?.level).toBe('collaborate');
  });

  it('suggests the highest level the text supports for a stage, with the sentences for that level', () => {
    const outcome = draft(
      'Residents answered an online survey about the design options. Then residents designed the final plan together with officers.',
    );
    expect(outcome.project.stages.design).toEqual({
      level: 'collaborate',
      evidence: '“Then residents designed the final plan together with officers.”',
      suggested: true,
    });
  });

  it('quotes at most two sentences, and cuts a very long one', () => {
    const long = `Residents voted ${'and voted again '.repeat(60)}.`;
    const outcome = draft(`Residents voted once. Residents voted twice. Residents voted thrice. ${long}`);
    const evidence = outcome.project.stages.decide!.evidence!;
    expect(evidence).toBe('“Residents voted once.” “Residents voted twice.”');
    const alone = draft(long).project.stages.decide!.evidence!;
    expect(alone.length).toBeLessThanOrEqual(403);
    expect(alone.endsWith('…”')).toBe(true);
  });

  it('takes describedAs from the family of terms, the strongest the text uses, and reports them all', () => {
    const outcome = draft('We call it co-production. The consultation ran for six weeks.');
    expect(outcome.project.describedAs).toBe('co-production');
    expect(outcome.terms.map((t) => t.id)).toEqual(['co-production', 'consultation']);
    expect(draft('This was not co-production; it was a consultation.').project.describedAs).toBe('consultation');
  });

  it('keeps a framework whose cues are phrases per stage level (no reader) working as before', () => {
    const cues = framework.cues!;
    const { reader: _reader, ...rest } = cues;
    const phrases: Framework = {
      ...structuredClone(framework),
      cues: { ...rest, stages: [{ id: 'decide', levels: { delegate: ['residents vot*'] } }] },
    };
    const outcome = draftProject(phrases, { text: 'Residents voted on how the money was spent.' }, 'x', tagSentence);
    expect(outcome.project.stages.decide).toMatchObject({ level: 'delegate', suggested: true });
    expect(outcome.stages[0]!.cues).toEqual(['residents vot*']);
  });

  it('keeps a framework without cues working: details only, nothing suggested', () => {
    const bare: Framework = { ...structuredClone(framework), cues: undefined };
    const outcome = draftProject(bare, { text: 'Residents voted on how the money was spent.' }, 'x');
    expect(outcome.project.stages).toEqual({});
  });
});

describe('the details of a draft', () => {
  const details = (text: string, title?: string) => draftDetails(readText(text), title);

  it('names the project from a title without reply marks, else a short first line', () => {
    expect(details('Some text here.', 'Re: Fwd: Leith Decides').name).toBe('Leith Decides');
    expect(details('Leith Decides\n\nResidents share out the fund each year.').name).toBe('Leith Decides');
    expect(details('Hi Sam,\n\nResidents share out the fund.').name).toBeUndefined();
  });

  it('finds the organisation, the place and the years where the text says them', () => {
    const d = details(
      'Between 2018 and 2020 the Glasgow Disability Alliance ran sessions in Govan with the council. In March 2019 we met again.',
    );
    expect(d.organisation).toBe('Glasgow Disability Alliance');
    expect(d.location).toBe('Govan');
    expect(d.year).toBe('2018-2020');
    expect(details('It started in 2016-2021 in Stirling.').year).toBe('2016-2021');
    expect(details('Nothing of the sort here.')).toEqual({});
  });

  it('summarises from the first paragraph that says something, not the greeting, cut to size', () => {
    const text = `Dear all,\n\n${'Residents and staff ran the hub together every week for three years. '.repeat(20)}\n\nBest wishes,\nSam`;
    const summary = details(text).summary!;
    expect(summary.startsWith('Residents and staff ran the hub')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(700);
    expect(summary.endsWith('years.')).toBe(true);
  });

  it('splits lists and headings into sentences of their own', () => {
    const { sentences } = readText(
      '# Our project\n- residents voted\n- staff built the\n  new parks\n\nA closing line. Another one.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'Our project',
      'residents voted',
      'staff built the new parks',
      'A closing line.',
      'Another one.',
    ]);
  });
});

describe('where the work took place, when the text never says "in …"', () => {
  const list = (text: string) => (text.includes('East Kilbride') ? 'East Kilbride' : undefined);

  it('comes from the list of places the caller gives, and never before the text’s own "in …"', () => {
    const named = draftProject(
      framework,
      { text: 'I work with East Kilbride Youth Forum. We met twice.' },
      'x',
      undefined,
      list,
    );
    expect(named.project.location).toBe('East Kilbride');
    const inText = draftProject(
      framework,
      { text: 'I work with East Kilbride Youth Forum. We met twice in Hamilton.' },
      'x',
      undefined,
      list,
    );
    expect(inText.project.location).toBe('Hamilton');
    expect(draftProject(framework, { text: 'We met twice.' }, 'x', undefined, list).project.location).toBeUndefined();
  });
});

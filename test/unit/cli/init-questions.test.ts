// The questionnaire's flow, with a scripted Asker standing in for the terminal.
import { describe, expect, it } from 'vitest';
import { askProject, BACK, type Asker } from '../../../src/cli/init-questions.js';
import { suggestionsChecked, suggestionsCheckedLine } from '../../../src/core/draft/suggestions.js';
import type { Project } from '../../../src/core/model/types.js';
import { PLAIN_STYLE } from '../../../src/render/text/style.js';
import { defaultFramework } from '../../helpers.js';

const framework = await defaultFramework();
const indicators = framework.criteria.flatMap((c) => c.indicators);

type Reply = string | boolean;

/** Answers each question in turn from `replies` (matched by message), recording what was asked. */
function scripted(replies: [RegExp, Reply][], fallback: { text: string; choose?: string; confirm: boolean }) {
  const asked: { kind: string; message: string; choices?: string[]; default?: unknown }[] = [];
  const said: string[] = [];
  const next = (message: string): Reply | undefined => {
    const at = replies.findIndex(([pattern]) => pattern.test(message));
    return at < 0 ? undefined : replies.splice(at, 1)[0]![1];
  };
  const asker: Asker = {
    async text({ message, validate }) {
      asked.push({ kind: 'text', message });
      const reply = String(next(message) ?? fallback.text);
      if (validate && validate(reply) !== true) throw new Error(`rejected "${reply}": ${String(validate(reply))}`);
      return reply;
    },
    async choose({ message, choices, default: initial }) {
      asked.push({ kind: 'choose', message, choices: choices.map((c) => c.value), default: initial });
      const reply = (next(message) ?? fallback.choose ?? initial) as typeof initial;
      if (!choices.some((c) => c.value === reply)) throw new Error(`"${String(reply)}" is not a choice for ${message}`);
      return reply;
    },
    async confirm({ message }) {
      asked.push({ kind: 'confirm', message });
      return Boolean(next(message) ?? fallback.confirm);
    },
    say: (text) => void said.push(text),
  };
  return { asker, asked, said };
}

const acceptYear = (year: string | number) => (/^\d{4}(-\d{4})?$/.test(String(year)) ? true : 'bad year');

describe('the init questionnaire', () => {
  it('gathers details, stage levels with evidence, and answers with evidence', async () => {
    const { asker, asked } = scripted(
      [
        [/name/, 'Leith Decides'],
        [/When\?/, '2010'],
        [/call itself/, 'co-production'],
        [/Define stage/, 'collaborate'],
        [/What happened at this stage/, 'Residents set the aims'],
        [/Decide stage/, 'n/a'],
        [/Answer them now/, 'all'],
        [new RegExp(`\\[1/${indicators.length}\\]`), 'yes'],
        [/Evidence/, 'The vote was binding'],
        [new RegExp(`\\[2/${indicators.length}\\]`), 'no'],
      ],
      { text: '', confirm: true },
    );
    const project = await askProject(asker, framework, acceptYear, PLAIN_STYLE);
    expect(project).toMatchObject({ name: 'Leith Decides', year: 2010, describedAs: 'co-production' });
    expect(project.organisation).toBeUndefined();
    expect(project.stages.define).toEqual({ level: 'collaborate', evidence: 'Residents set the aims' });
    expect(project.stages.decide).toEqual({ level: 'n/a' });
    expect(project.stages.design).toEqual({ level: 'unknown' });
    expect(project.answers[indicators[0]!.id]).toEqual({ answer: 'yes', evidence: 'The vote was binding' });
    expect(project.answers[indicators[1]!.id]).toEqual({ answer: 'no' });
    expect(project.answers[indicators[2]!.id]).toEqual({ answer: 'unknown' });
    // Evidence is asked for after a level or yes/partly/no, never after unknown or n/a.
    const evidenceAsked = asked.filter((q) => /What happened at this stage|Evidence/.test(q.message)).length;
    expect(evidenceAsked).toBe(1 + 2);
    const stageQuestion = asked.find((q) => /Define stage/.test(q.message))!;
    expect(stageQuestion.choices).toEqual([...framework.levels.map((l) => l.id), 'not-yet', 'unknown', 'n/a']);
    expect(stageQuestion.default).toBe('unknown');
  });

  it('asks the offer for a stage not started yet, and who the partners are with the side of those it cannot place', async () => {
    const { asker, asked } = scripted(
      [
        [/name/, 'Half way'],
        [/Who took part/, 'parents, council staff, Sustrans Scotland'],
        [/Which side is "Sustrans Scotland" on\?/, 'service'],
        [/Deliver stage/, 'not-yet'],
        [/offer people at the Deliver stage/, 'collaborate'],
        [/What is planned/, 'From spring parents will run the hub with staff'],
        [/Evaluate stage/, 'not-yet'],
        [/offer people at the Evaluate stage/, 'unknown'],
        [/Answer them now/, 'none'],
      ],
      { text: '', confirm: true },
    );
    const project = await askProject(asker, framework, acceptYear, PLAIN_STYLE);
    expect(project.partners).toEqual(['parents', 'council staff', { name: 'Sustrans Scotland', side: 'service' }]);
    // Only the partner the framework's words cannot place is asked its side.
    expect(asked.filter((q) => /Which side/.test(q.message))).toHaveLength(1);
    expect(project.stages.deliver).toEqual({
      level: 'not-yet',
      plan: 'collaborate',
      evidence: 'From spring parents will run the hub with staff',
    });
    expect(project.stages.evaluate).toEqual({ level: 'not-yet' });
    const offer = asked.find((q) => /offer people at the Deliver stage/.test(q.message))!;
    expect(offer.choices).toEqual([...framework.levels.map((l) => l.id), 'unknown']);
  });

  it('asks about every indicator once when answering all', async () => {
    const { asker, asked } = scripted(
      [
        [/name/, 'P'],
        [/Answer them now/, 'all'],
      ],
      { text: '', confirm: true },
    );
    await askProject(asker, framework, acceptYear, PLAIN_STYLE);
    expect(asked.filter((q) => /^\[\d+\/\d+\]/.test(q.message))).toHaveLength(indicators.length);
  });

  it('asks no indicator question when they are left for later', async () => {
    const { asker, asked } = scripted(
      [
        [/name/, 'P'],
        [/Answer them now/, 'none'],
      ],
      { text: '', confirm: true },
    );
    const project = await askProject(asker, framework, acceptYear, PLAIN_STYLE);
    expect(project.answers).toEqual({});
    expect(asked.some((q) => /^\[\d+\/\d+\]/.test(q.message))).toBe(false);
  });

  it('group by group, skips the groups declined and keeps counting', async () => {
    const first = framework.criteria[0]!;
    const { asker, asked } = scripted(
      [
        [/name/, 'P'],
        [/Answer them now/, 'by-group'],
        [new RegExp(first.title), false],
      ],
      { text: '', confirm: true },
    );
    const project = await askProject(asker, framework, acceptYear, PLAIN_STYLE);
    for (const i of first.indicators) expect(project.answers[i.id]).toBeUndefined();
    const numbered = asked.filter((q) => /^\[\d+\/\d+\]/.test(q.message));
    expect(numbered).toHaveLength(indicators.length - first.indicators.length);
    expect(numbered[0]!.message).toMatch(new RegExp(`^\\[${first.indicators.length + 1}/${indicators.length}\\]`));
  });

  it('checks the year with the check it is given', async () => {
    const { asker } = scripted(
      [
        [/name/, 'P'],
        [/When\?/, 'soon'],
      ],
      { text: '', confirm: true },
    );
    await expect(askProject(asker, framework, acceptYear, PLAIN_STYLE)).rejects.toThrow('bad year');
  });

  it('offers yes and partly with what counts as each', async () => {
    const descriptions: (string | undefined)[][] = [];
    const { asker } = scripted(
      [
        [/name/, 'P'],
        [/Answer them now/, 'all'],
      ],
      { text: '', confirm: true },
    );
    const choose = asker.choose.bind(asker);
    asker.choose = async (q) => {
      if (/^\[1\//.test(q.message)) descriptions.push(q.choices.map((c) => c.description));
      return choose(q);
    };
    await askProject(asker, framework, acceptYear, PLAIN_STYLE);
    expect(descriptions[0]![0]).toBe(`Counts as yes: ${indicators[0]!.yes}`);
    expect(descriptions[0]![1]).toBe(`Counts as partly: ${indicators[0]!.partly}`);
  });
});

describe('checking what copro draft suggested (init --resume on a drafted file)', () => {
  const quote = '“A panel of tenants and staff designed the service together.”';
  const [first, second, third] = indicators;
  /** A drafted file as loaded: three suggested stages, two suggested answers, one answer a person gave. */
  function drafted(): Project {
    return {
      name: 'Repairs panel',
      stages: {
        define: { level: 'consult', evidence: '“Tenants answered a survey.”', suggested: true },
        design: { level: 'collaborate', evidence: quote, suggested: true },
        decide: { level: 'collaborate', evidence: quote, suggested: true },
        deliver: { level: 'unknown' },
        evaluate: { level: 'consult', evidence: 'Feedback forms' },
      },
      answers: {
        [first!.id]: { answer: 'yes', evidence: quote, suggested: true },
        [second!.id]: { answer: 'yes', evidence: '“Panel members are paid.”', suggested: true },
        [third!.id]: { answer: 'no' },
      },
    };
  }

  it('asks each suggestion with it as the default, keeps its quote on Enter, and counts what became of each', async () => {
    const before = drafted();
    const { asker, asked, said } = scripted(
      [
        [/What happened at this stage/, ''], // define: Enter
        [/Design stage/, 'involve'],
        [/What happened at this stage/, 'Staff wrote the specification'],
        [/Decide stage/, 'unknown'],
        [/Answer them now/, 'suggested'],
      ],
      { text: '', confirm: true },
    );
    const project = await askProject(asker, framework, acceptYear, PLAIN_STYLE, structuredClone(before));

    // Kept on Enter: the level and the quoted sentence stay, the mark goes.
    expect(project.stages.define).toEqual({ level: 'consult', evidence: '“Tenants answered a survey.”' });
    // Changed: the person's evidence replaces the quote.
    expect(project.stages.design).toEqual({ level: 'involve', evidence: 'Staff wrote the specification' });
    // "Don't know": unknown, the quote dropped with the level it was for.
    expect(project.stages.decide).toEqual({ level: 'unknown' });
    expect(project.stages.evaluate).toEqual({ level: 'consult', evidence: 'Feedback forms' });
    expect(project.answers[first!.id]).toEqual({ answer: 'yes', evidence: quote });
    expect(project.answers[third!.id]).toEqual({ answer: 'no' });

    const defineQuestion = asked.find((q) => /Define stage/.test(q.message))!;
    expect(defineQuestion.default).toBe('consult');
    expect(defineQuestion.message).toContain('(suggested: consult)');
    expect(asked.find((q) => /Deliver stage/.test(q.message))!.default).toBe('unknown');
    expect(asked.some((q) => /Evaluate stage/.test(q.message))).toBe(false); // a person's level is not asked again
    expect(said.join('\n')).toContain('Suggested from your text: consult, from “Tenants answered a survey.”');
    // Only the two suggested answers were asked, numbered as such.
    const numbered = asked.filter((q) => /^\[\d+\/\d+\]/.test(q.message));
    expect(numbered.map((q) => q.message.slice(0, 5))).toEqual(['[1/2]', '[2/2]']);
    expect(numbered[0]!.default).toBe('yes');

    const tally = suggestionsChecked(before, project);
    expect(tally).toEqual({ confirmed: 3, changed: 1, unknown: 1, unchecked: 0 });
    expect(suggestionsCheckedLine(tally)).toBe('3 suggestions confirmed, 1 changed, 1 left unknown');
  });

  it('offers the suggested answers alone first, and all of them or none as before', async () => {
    const { asker, asked } = scripted([[/Answer them now/, 'none']], { text: '', confirm: true });
    const project = await askProject(asker, framework, acceptYear, PLAIN_STYLE, drafted());
    const scope = asked.find((q) => /Answer them now/.test(q.message))!;
    expect(scope.choices).toEqual(['suggested', 'all', 'by-group', 'none']);
    expect(scope.default).toBe('suggested');
    // Not now: the suggested answers stay suggestions, still to check.
    expect(project.answers[second!.id]?.suggested).toBe(true);
    const tally = suggestionsChecked(drafted(), project);
    expect(tally.unchecked).toBe(2);
    expect(suggestionsCheckedLine(tally)).toBe(
      '3 suggestions confirmed, 0 changed, 0 left unknown; 2 still to check (still marked "suggested: true")',
    );
  });

  it('going back asks the suggestion again, with it as the default, and puts it back as it was', async () => {
    const replies: [RegExp, string][] = [
      [/Define stage/, 'unknown'],
      [/Design stage/, BACK],
    ];
    const { asker, asked } = scripted(replies, { text: '', confirm: true });
    const choose = asker.choose.bind(asker);
    let stopped = false;
    asker.choose = async (q) => {
      // Stop (as Ctrl-C would) when Define is asked the second time, to see what Back put back.
      if (/Define stage/.test(q.message) && asked.some((a) => /Design stage/.test(a.message))) {
        stopped = true;
        asked.push({ kind: 'choose', message: q.message, default: q.default });
        throw new Error('stopped');
      }
      return choose(q);
    };
    const draft = drafted();
    await expect(askProject(asker, framework, acceptYear, PLAIN_STYLE, draft)).rejects.toThrow('stopped');
    expect(stopped).toBe(true);
    expect(asked.filter((q) => /Define stage/.test(q.message)).map((q) => q.default)).toEqual(['consult', 'consult']);
    expect(draft.stages.define).toEqual(drafted().stages.define);
  });

  it('speaks of one suggestion in the singular', async () => {
    const one: Project = {
      name: 'One',
      stages: {},
      answers: { [first!.id]: { answer: 'yes', evidence: quote, suggested: true } },
    };
    const { asker, asked, said } = scripted([[/Answer them now/, 'none']], { text: '', confirm: true });
    await askProject(asker, framework, acceptYear, PLAIN_STYLE, one);
    expect(said[0]).toContain('and the suggestion copro draft made from your text is shown');
    expect(said.join('\n')).toContain('One of them has an answer copro draft suggested');
    const scope = asked.find((q) => /Answer them now/.test(q.message))!;
    expect(scope.choices![0]).toBe('suggested');
  });

  it('says nothing about suggestions, and offers no "only the suggested", for a file without any', async () => {
    const plain: Project = { name: 'Plain', stages: {}, answers: {} };
    const { asker, asked, said } = scripted([[/Answer them now/, 'none']], { text: '', confirm: true });
    await askProject(asker, framework, acceptYear, PLAIN_STYLE, plain);
    expect(asked.find((q) => /Answer them now/.test(q.message))!.choices).toEqual(['all', 'by-group', 'none']);
    expect(said.join('\n')).not.toMatch(/suggest/i);
    expect(said[0]).toContain('Carrying on: only what is still unknown is asked.');
  });
});

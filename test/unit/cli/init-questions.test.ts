// The questionnaire's flow, with a scripted Asker standing in for the terminal.
import { describe, expect, it } from 'vitest';
import { askProject, type Asker } from '../../../src/cli/init-questions.js';
import { PLAIN_STYLE } from '../../../src/render/text/style.js';
import { defaultFramework } from '../../helpers.js';

const framework = await defaultFramework();
const indicators = framework.criteria.flatMap((c) => c.indicators);

type Reply = string | boolean;

/** Answers each question in turn from `replies` (matched by message), recording what was asked. */
function scripted(replies: [RegExp, Reply][], fallback: { text: string; choose?: string; confirm: boolean }) {
  const asked: { kind: string; message: string; choices?: string[]; default?: unknown }[] = [];
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
    say: () => undefined,
  };
  return { asker, asked };
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
    expect(stageQuestion.choices).toEqual([...framework.levels.map((l) => l.id), 'unknown', 'n/a']);
    expect(stageQuestion.default).toBe('unknown');
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

// `copro review` on drafted files, through a pseudo-terminal as a person checking a draft would:
// the missing details first, each suggested stage with its sentence, the suggested answers, then
// the few open questions that would most change the verdict; at most 25 answers for a drafted
// email; Ctrl-C keeps what was checked (UNFINISHED, exit 130); the file always validates.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, STACK_TRACE, tempDir } from '../helpers.js';
import { HAS_SCRIPT, KEY, TerminalSession } from '../pty.js';

const dir = tempDir();
afterAll(() => dir.remove());
const { enter } = KEY;

interface Entry {
  level?: string;
  answer?: string;
  plan?: string;
  evidence?: string;
  suggested?: boolean;
}
interface Written {
  name: string;
  organisation?: string;
  location?: string;
  partners?: unknown[];
  stages: Record<string, Entry | string>;
  answers: Record<string, Entry | string>;
}
const read = (file: string) => parse(readFileSync(file, 'utf8')) as Written;

/**
 * Answers the open questions at the end with Enter ("not sure", the default), however many there
 * are, then the publishing question with Enter ("not asked yet", which records nothing).
 */
async function enterThroughOpenQuestions(session: TerminalSession): Promise<void> {
  const last = await session.waitFor(/Last, (\d+|the) questions?|Finally, publishing|Reviewed in \d+ answers/);
  if (last.startsWith('Reviewed')) return;
  const count = last.startsWith('Finally') ? 0 : last.includes('the question') ? 1 : Number(/\d+/.exec(last)![0]);
  for (let n = 0; n < count; n++) await session.answer(/\n\? \S/, enter);
  await session.answer(/May this example be shown on a public hub/, enter);
}

/**
 * A drafted email to review: a fixed draft of docs/email-example.eml (test/corpus/drafts), so that
 * these tests follow the review step, not whatever the reader suggests today.
 */
const drafted = (name: string) => {
  const file = join(dir.path, name);
  copyFileSync(join(ROOT, 'test', 'corpus', 'drafts', 'repairs-email-draft.yaml'), file);
  return file;
};

describe.skipIf(!HAS_SCRIPT)('copro review (through util-linux script)', () => {
  it('checks a drafted email in at most 25 answers: partners and their side, each stage, each answer, the open questions that matter', async () => {
    const file = drafted('repairs.yaml');
    const session = new TerminalSession(['review', file], dir.path);
    try {
      await session.waitFor(/11 suggestions from copro draft to check/);
      await session.waitFor(/Verdict now: Partial co-production, provisional/);
      await session.answer(/Who took part\?/, `tenants, repairs staff, the board${enter}`);
      // Only the partner the framework's words cannot place is asked its side.
      await session.answer(/Which side is "the board" on\?/, `2${enter}`);
      await session.waitFor(/Suggested from your text: consult, from “In 2023 Riverside/);
      await session.answer(/at the Define stage\? \(suggested:\s+consult\)/, enter);
      await session.answer(/at the Design stage\? \(suggested:\s+collaborate\)/, `4${enter}`); // involve
      await session.answer(/What happened at this stage that shows it\? \(Enter keeps the sentence/, enter);
      // Not sure about decide: with design at involve, nothing shared with evidence is left in planning.
      await session.answer(/at the Decide stage\? \(suggested:\s+collaborate\)/, `8${enter}`);
      await session.waitFor(/Verdict now: Consultation/);
      await session.answer(/at the Deliver stage\? \(suggested:\s+none\)/, `7${enter}`); // not started yet
      await session.answer(/What will the project offer people at the Deliver stage\?/, `5${enter}`);
      await session.answer(
        /What is planned, and who agreed it\?/,
        `From spring tenants will co-run the service${enter}`,
      );
      await session.answer(/at the Evaluate stage\? \(suggested:\s+consult\)/, enter);
      for (let n = 0; n < 6; n++) {
        await session.waitFor(/Suggested from your text: yes, from/);
        await session.answer(/\(suggested:\s+yes\)/, enter);
      }
      await enterThroughOpenQuestions(session);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.text).not.toMatch(STACK_TRACE);
    expect(session.text).toMatch(/8 suggestions confirmed, 2 changed, 1 left unknown\./);
    const answers = Number(/Reviewed in (\d+) answers/.exec(session.text)![1]);
    expect(answers).toBeLessThanOrEqual(25);
    expect(answers).toBeGreaterThanOrEqual(2 + 5 + 2 + 6); // details, stages, their follow-ups, answers
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/DRAFT, TO CHECK|UNFINISHED|suggested: true/);
    const written = read(file);
    expect(written.partners).toEqual(['tenants', 'repairs staff', { name: 'the board', side: 'service' }]);
    expect(written.stages.define).toEqual({
      level: 'consult',
      evidence:
        '“In 2023 Riverside Housing Association asked tenants in Dundee what was wrong with the repairs service in a survey.”',
    });
    expect(written.stages.design).toMatchObject({ level: 'involve' });
    // "Not sure" about a quoted sentence keeps the sentence for whoever looks again.
    expect(written.stages.decide).toMatchObject({ level: 'unknown', evidence: expect.stringMatching(/^“A panel/) });
    expect(written.stages.deliver).toEqual({
      level: 'not-yet',
      plan: 'collaborate',
      evidence: 'From spring tenants will co-run the service',
    });
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('asks who took part when the partners copro read are wrong', async () => {
    const file = join(dir.path, 'partners-read.yaml');
    writeFileSync(
      file,
      [
        'name: Hillfoot repairs',
        'organisation: Hillfoot Tenants Forum',
        'location: Alloa',
        'year: 2025',
        'partners:',
        '  - { name: members, kind: community-groups, side: community }',
        '  - { name: committee, kind: public-body, side: service }',
        'stages:',
        '  design: { level: collaborate, evidence: "We wrote the standard together with the repairs staff.", suggested: true }',
        'answers: {}',
        '',
      ].join('\n'),
    );
    const session = new TerminalSession(['review', file], dir.path);
    try {
      await session.answer(/each on the right side\?/, `n${enter}`);
      await session.answer(/Who took part\?/, `tenants, repairs staff${enter}`);
      await session.answer(/at the Design stage\?/, KEY.ctrlC);
      expect(await session.exited).toBe(130);
    } finally {
      session.kill();
    }
    expect(session.text).toMatch(
      /Who took part, as copro read your text: members \(the community side\); committee \(the\s+service side\)/,
    );
    expect(read(file).partners).toEqual(['tenants', 'repairs staff']);
  });

  it('keeps what was checked when stopped with Ctrl-C: UNFINISHED, the rest still suggested, exit 130', async () => {
    const file = drafted('stopped.yaml');
    const session = new TerminalSession(['review', file], dir.path);
    try {
      await session.answer(/Who took part\?/, enter);
      await session.answer(/at the Define stage\? \(suggested:\s+consult\)/, enter);
      await session.answer(/at the Design stage\?/, KEY.ctrlC);
      expect(await session.exited).toBe(130);
    } finally {
      session.kill();
    }
    expect(session.text).toMatch(/1 suggestion confirmed, 0 changed, 0 left unknown; 10 still to check/);
    expect(session.text).toMatch(/Carry on with `copro review .*stopped\.yaml`/);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# UNFINISHED: copro review was stopped before the last question.');
    const { stages } = read(file);
    expect(stages.define).not.toHaveProperty('suggested');
    expect(stages.design).toMatchObject({ level: 'collaborate', suggested: true });
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('keeps a level just chosen when stopped with Ctrl-C at its evidence question', async () => {
    const file = drafted('stopped-at-evidence.yaml');
    const session = new TerminalSession(['review', file], dir.path);
    try {
      await session.answer(/Who took part\?/, enter);
      await session.answer(/at the Define stage\? \(suggested:\s+consult\)/, `1${enter}`); // no involvement
      await session.answer(/What happened at this stage that shows it\?/, KEY.ctrlC);
      expect(await session.exited).toBe(130);
    } finally {
      session.kill();
    }
    const { stages } = read(file);
    // The level chosen is kept, with the sentence it was suggested from, no longer marked to check.
    expect(stages.define).toEqual({
      level: 'none',
      evidence:
        '“In 2023 Riverside Housing Association asked tenants in Dundee what was wrong with the repairs service in a survey.”',
    });
    expect(stages.design).toMatchObject({ suggested: true });
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('asks the missing name and place of a hand-written draft, a level left to the reviewer, and keeps a planned stage', async () => {
    const file = join(dir.path, 'respite.yaml');
    const quote = '“Right from the first meeting we worked out together what the actual problem was.”';
    writeFileSync(
      file,
      [
        'name: Draft from respite.txt',
        'year: 2023',
        'describedAs: co-production',
        'partners:',
        '  - { name: parents, side: community }',
        "  - { name: the council's children and families team, side: service }",
        'stages:',
        `  define: { level: unknown, evidence: "${quote}", suggested: true }`,
        '  design: { level: collaborate, evidence: "We spent six months redesigning it with council staff.", suggested: true }',
        '  decide: { level: collaborate, evidence: "We agreed as a group which option to go for.", suggested: true }',
        '  deliver: { level: not-yet, plan: collaborate, evidence: "From spring two parents will be paid peer coordinators.", suggested: true }',
        '  evaluate: unknown',
        'answers: {}',
        '',
      ].join('\n'),
    );
    expect(runCli(['validate', file]).code).toBe(0);
    const session = new TerminalSession(['review', file], dir.path);
    try {
      await session.answer(/The project's name:/, `Respite booking hub${enter}`);
      await session.answer(/Who ran or hosted it\?/, `Parents' group${enter}`);
      await session.answer(/Where did it take place\?/, `Fife${enter}`);
      // The partners it read are shown with their sides, for a yes.
      await session.waitFor(
        /Who took part, as copro read your text: parents \(the community side\); the council's children and\s+families team \(the service side\)/s,
      );
      await session.answer(/Are these the people and organisations who took part, each on the right side\?/, enter);
      await session.waitFor(/copro could not tell the level from this sentence/);
      await session.answer(/at the Define stage\?/, `5${enter}`); // collaborate
      await session.answer(/What happened at this stage that shows it\? \(Enter keeps the sentence/, enter);
      await session.answer(/at the Design stage\? \(suggested:\s+collaborate\)/, enter);
      await session.answer(/at the Decide stage\? \(suggested:\s+collaborate\)/, enter);
      await session.answer(/at the Deliver stage\? \(suggested:\s+not-yet\)/, enter);
      // The plan read from the text is checked too, as the choice promised; Enter keeps it.
      await session.answer(/What will the project offer people at the Deliver stage\?/, enter);
      await session.answer(/What is planned, and who agreed it\?/, enter);
      await enterThroughOpenQuestions(session);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    const answers = Number(/Reviewed in (\d+) answers/.exec(session.text)![1]);
    expect(answers).toBeLessThanOrEqual(25);
    const written = read(file);
    expect(written).toMatchObject({ name: 'Respite booking hub', organisation: "Parents' group", location: 'Fife' });
    expect(written.stages.define).toEqual({ level: 'collaborate', evidence: quote });
    expect(written.stages.deliver).toEqual({
      level: 'not-yet',
      plan: 'collaborate',
      evidence: 'From spring two parents will be paid peer coordinators.',
    });
    expect(readFileSync(file, 'utf8')).not.toContain('suggested: true');
    expect(runCli(['validate', file]).code).toBe(0);
  });
});

describe.skipIf(!HAS_SCRIPT)('copro review: publishing (through util-linux script)', () => {
  const checked = (name: string, extra: string[] = []) => {
    const file = join(dir.path, name);
    writeFileSync(
      file,
      [
        'name: Peer cafe',
        'organisation: Recovery group',
        'location: Irvine',
        'year: 2022',
        'summary: Jen from the cafe wrote to us about the rota she shares with the partnership worker.',
        'partners: [{ name: people in recovery, side: community }, { name: the partnership, side: service }]',
        ...extra,
        'stages:',
        ...['define', 'design', 'decide', 'deliver', 'evaluate'].map(
          (s) => `  ${s}: { level: involve, evidence: "We met." }`,
        ),
        'answers: {}',
        '',
      ].join('\n'),
    );
    return file;
  };
  const throughOpenQuestions = async (session: TerminalSession) => {
    const last = await session.waitFor(/Last, (\d+|the) questions?|Finally, publishing/);
    const count = last.startsWith('Finally') ? 0 : last.includes('the question') ? 1 : Number(/\d+/.exec(last)![0]);
    for (let n = 0; n < count; n++) await session.answer(/\n\? \S/, enter);
  };

  it('records consent and a summary written for the public page, still within 25 answers', async () => {
    const file = checked('consent-yes.yaml');
    const session = new TerminalSession(['review', file], dir.path);
    try {
      await throughOpenQuestions(session);
      await session.answer(/May this example be shown on a public hub/, `${KEY.down}${enter}`); // yes
      await session.waitFor(/The summary, as it stands: Jen from the cafe/);
      await session.answer(/Show this summary on the public page\?/, `n${enter}`);
      await session.answer(/A sentence or two for the public page/, `A peer-run recovery cafe in Irvine.${enter}`);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(Number(/Reviewed in (\d+) answers/.exec(session.text)![1])).toBeLessThanOrEqual(25);
    expect(parse(readFileSync(file, 'utf8')).publish).toEqual({
      consent: true,
      summary: 'A peer-run recovery cafe in Irvine.',
    });
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('records a no, which a hub leaves out; Enter records nothing; a recorded answer is not asked again', async () => {
    const no = checked('consent-no.yaml');
    let session = new TerminalSession(['review', no], dir.path);
    try {
      await throughOpenQuestions(session);
      await session.answer(/May this example be shown on a public hub/, `${KEY.down}${KEY.down}${enter}`);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(parse(readFileSync(no, 'utf8')).publish).toEqual({ consent: false });
    expect(runCli(['hub', no, '-o', join(dir.path, 'hub-no')]).stderr).toMatch(/left out of the hub/);

    const notAsked = checked('consent-not-asked.yaml');
    session = new TerminalSession(['review', notAsked], dir.path);
    try {
      await throughOpenQuestions(session);
      await session.answer(/May this example be shown on a public hub/, enter);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(parse(readFileSync(notAsked, 'utf8'))).not.toHaveProperty('publish');

    const recorded = checked('consent-recorded.yaml', ['publish: { consent: true }']);
    session = new TerminalSession(['review', recorded], dir.path);
    try {
      await throughOpenQuestions(session);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.text).not.toMatch(/public hub/);
  });
});

describe('copro review without a person to ask', () => {
  it('needs a terminal, and says what to do instead, leaving the file as it was', () => {
    const file = drafted('no-terminal.yaml');
    const before = readFileSync(file, 'utf8');
    const run = runCli(['review', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/copro review asks questions, and there is no terminal to ask them in/);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('says there is no such file, and how to draft one', () => {
    const run = runCli(['review', join(dir.path, 'missing.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/there is no .*missing\.yaml to review: draft one with `copro draft <email> -o/);
  });

  it('lists the problems of a file that is not valid', () => {
    const file = join(dir.path, 'bad.yaml');
    writeFileSync(file, 'name: Bad\nstages:\n  defne: consult\n');
    const run = runCli(['review', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot be reviewed until its problems are fixed/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

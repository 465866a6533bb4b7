// `copro init` at a terminal, driven through a pseudo-terminal as a new user would use it: the
// file it writes is accepted by `copro assess`, and holds exactly what was answered.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { HAS_SCRIPT, KEY, TerminalSession } from '../pty.js';

const dir = tempDir();
afterAll(() => dir.remove());
const { enter } = KEY;

describe.skipIf(!HAS_SCRIPT)('copro init at a terminal (through util-linux script)', () => {
  it('asks its questions and writes a project file that copro assess accepts', async () => {
    const file = join(dir.path, 'asked.yaml');
    const session = new TerminalSession(['init', file], dir.path);
    try {
      await session.answer(/The project's name:/, `Terminal Test Project${enter}`);
      await session.answer(/Who ran or hosted it\?/, `Leith Neighbourhood Partnership${enter}`);
      await session.answer(/Where did it take place\?/, enter);
      await session.answer(/When\?/, `soon${enter}`);
      // The refused answer is cleared: what is typed next is the whole answer, not "soon2023/24".
      await session.waitFor(/Write a year from 1800 to 2100 such as 2019/);
      session.type(`2023/24${enter}`);
      await session.answer(/what happened, who took part/, `Residents chose and ran it${enter}`);
      await session.answer(/call itself/, `co-production${enter}`);
      await session.answer(/Who took part\?/, `tenants, Sustrans Scotland${enter}`);
      await session.answer(/Which side is "Sustrans Scotland" on\?/, `2${enter}`);
      // Define: collaborate (number 5), with evidence; design: moved to with the arrow keys.
      await session.answer(/power .* at the Define stage\?/, '5');
      await session.waitFor(/At define, collaborate means: People with lived experience/);
      session.type(enter);
      await session.answer(/What happened at this stage/, `Residents set the priorities${enter}`);
      await session.answer(/at the Design stage\?/, `${KEY.down}${enter}`); // from "unknown" down to "n/a"
      await session.answer(/at the Decide stage\?/, `6${enter}`);
      await session.answer(/What happened at this stage/, `Residents voted and the vote was binding${enter}`);
      await session.answer(/at the Deliver stage\?/, enter);
      await session.answer(/at the Evaluate stage\?/, enter);
      // Indicators group by group: the first group answered, every other declined.
      await session.answer(/Answer them now\?/, `2${enter}`);
      await session.answer(/Answer the \d+ questions on "Power is shared" now\?/, `y${enter}`);
      await session.answer(/\[1\/\d+\] Was the final decision taken jointly/, `1${enter}`);
      await session.answer(/Evidence:/, `The council funded every winning project${enter}`);
      await session.answer(/\[2\/\d+\]/, `2${enter}`);
      await session.answer(/Evidence:/, enter);
      await session.answer(/\[3\/\d+\]/, enter);
      await session.answer(/\[4\/\d+\]/, `5${enter}`);
      await session.answer(/\[5\/\d+\]/, enter);
      while ((await session.waitFor(/Answer the \d+ questions on "[^"]+" now\?|Score .* now\?/)).startsWith('Answer'))
        session.type(`n${enter}`);
      session.type(`n${enter}`);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.text).toContain(`Wrote ${file}`);
    expect(session.text).toContain(`Score it any time with \`copro assess ${file}\``);

    const assess = runCli(['assess', file, '--format', 'json']);
    expect(assess.code).toBe(0);
    const [result] = JSON.parse(assess.stdout).results;
    expect(result.project).toMatchObject({
      name: 'Terminal Test Project',
      organisation: 'Leith Neighbourhood Partnership',
      year: '2023/24',
      describedAs: 'co-production',
      partners: ['tenants', 'Sustrans Scotland'],
    });
    // The partner the framework's words could not place is written with the side given for it.
    expect(readFileSync(file, 'utf8')).toMatch(/- name: Sustrans Scotland\n\s+side: service/);
    const stages = Object.fromEntries(result.stages.map((s: { id: string; level: string }) => [s.id, s.level]));
    expect(stages).toEqual({
      define: 'collaborate',
      design: 'n/a',
      decide: 'delegate',
      deliver: 'unknown',
      evaluate: 'unknown',
    });
    const answers = Object.fromEntries(
      result.criteria
        .flatMap((c: { indicators: { id: string; answer: string }[] }) => c.indicators)
        .map((i: { id: string; answer: string }) => [i.id, i.answer]),
    );
    expect(answers).toMatchObject({
      'shared-power.binding-decision': 'yes',
      'shared-power.strategic': 'partly',
      'shared-power.resources': 'unknown',
      'shared-power.equal-say': 'n/a',
      'shared-power.independent-facilitation': 'unknown',
      'from-the-start.defined-problem': 'unknown',
    });
    expect(runCli(['validate', file]).code).toBe(0);
  });

  it('offers to score the file, and does', async () => {
    const file = join(dir.path, 'scored.yaml');
    const session = new TerminalSession(['init', file], dir.path);
    try {
      await session.answer(/The project's name:/, `Scored at once${enter}`);
      for (const prompt of [/Who ran/, /Where did/, /When\?/, /what happened/, /call itself/, /Who took part/])
        await session.answer(prompt, enter);
      for (const stage of ['Define', 'Design', 'Decide', 'Deliver', 'Evaluate'])
        await session.answer(new RegExp(`at the ${stage} stage\\?`), enter);
      await session.answer(/Answer them now\?/, `3${enter}`);
      await session.answer(/Score .* now\?/, enter);
      await session.waitFor(/NOT YET ASSESSABLE — SAY WHO HELD POWER AT EACH STAGE/);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.text).toContain('Next steps');
  });

  it('keeps what was answered when stopped with Ctrl-C, marked unfinished, and exits 130', async () => {
    const file = join(dir.path, 'stopped.yaml');
    const session = new TerminalSession(['init', file], dir.path);
    try {
      await session.answer(/The project's name:/, `Half done${enter}`);
      await session.answer(/Who ran or hosted it\?/, `Leith Neighbourhood Partnership${enter}`);
      for (const prompt of [/Where did/, /When\?/, /what happened/, /call itself/, /Who took part/])
        await session.answer(prompt, enter);
      await session.answer(/at the Define stage\?/, `5${enter}`);
      await session.answer(/What happened at this stage/, `Residents set the priorities${enter}`);
      await session.answer(/at the Design stage\?/, KEY.ctrlC);
      expect(await session.exited).toBe(130);
    } finally {
      session.kill();
    }
    expect(session.text).toContain(
      `Stopped: your answers so far are in ${file}, the rest marked "unknown". Carry on with \`copro init --resume ${file}\`.`,
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# UNFINISHED: copro init was stopped before the last question.');
    expect(text).toContain(`#   copro init --resume ${file}`);
    const assess = runCli(['assess', file, '--format', 'json']);
    expect(assess.code).toBe(0);
    const [result] = JSON.parse(assess.stdout).results;
    expect(result.project).toMatchObject({ name: 'Half done', organisation: 'Leith Neighbourhood Partnership' });
    expect(result.stages.find((s: { id: string }) => s.id === 'define')).toMatchObject({ level: 'collaborate' });
    expect(result.stages.find((s: { id: string }) => s.id === 'design')).toMatchObject({ level: 'unknown' });
  });

  it('--resume asks only what is still unknown, and a list can go back to the previous question', async () => {
    const file = join(dir.path, 'resumed.yaml');
    writeFileSync(
      file,
      'name: Resumed\norganisation: Leith\nlocation: Edinburgh\nyear: 2019\nsummary: Done\ndescribedAs: co-production\npartners: [residents]\nstages:\n  define: collaborate\n  design: unknown\n  decide: delegate\n  deliver: consult\n  evaluate: n/a\n',
    );
    const session = new TerminalSession(['init', '--resume', file], dir.path);
    try {
      await session.waitFor(/Carrying on: only what is still unknown is asked/);
      // Design is the only stage asked.
      await session.answer(/at the Design stage\?/, `4${enter}`);
      await session.answer(/What happened at this stage/, enter);
      await session.answer(/Answer them now\?/, `1${enter}`);
      await session.answer(/\[1\/\d+\] Was the final decision taken jointly/, `1${enter}`);
      await session.answer(/Evidence:/, enter);
      // "← Back" is the last choice (number 6): the first question is asked again, its answer cleared.
      await session.answer(/\[2\/\d+\]/, `6${enter}`);
      await session.answer(/\[1\/\d+\] Was the final decision taken jointly/, `3${enter}`);
      await session.answer(/Evidence:/, `It was not${enter}`);
      await session.answer(/\[2\/\d+\]/, KEY.ctrlC);
      expect(await session.exited).toBe(130);
    } finally {
      session.kill();
    }
    const [result] = JSON.parse(runCli(['assess', file, '--format', 'json']).stdout).results;
    expect(result.project).toMatchObject({ name: 'Resumed', organisation: 'Leith', year: 2019 });
    const levels = Object.fromEntries(result.stages.map((s: { id: string; level: string }) => [s.id, s.level]));
    expect(levels).toEqual({
      define: 'collaborate',
      design: 'involve',
      decide: 'delegate',
      deliver: 'consult',
      evaluate: 'n/a',
    });
    const indicator = result.criteria
      .flatMap((c: { indicators: { id: string }[] }) => c.indicators)
      .find((i: { id: string }) => i.id === 'shared-power.binding-decision');
    expect(indicator).toMatchObject({ answer: 'no', evidence: 'It was not' });
    expect(session.text).not.toMatch(
      /The project's name:|Who ran or hosted it|at the Define stage\?|at the Decide stage\?/,
    );
  });

  it('colours the questions for a person, and not with --no-color', async () => {
    // eslint-disable-next-line no-control-regex -- matching the escape sequence of a colour is the point
    const colour = /\u001b\[(?:3\d|9\d)m/;
    const shown: Record<string, string> = {};
    for (const flags of [[], ['--no-color']]) {
      const session = new TerminalSession(['init', join(dir.path, `colour${flags.length}.yaml`), ...flags], dir.path);
      try {
        await session.answer(/The project's name:/, KEY.ctrlC);
        expect(await session.exited).toBe(130);
      } finally {
        session.kill();
      }
      shown[flags.join('') || 'default'] = session.raw;
    }
    expect(shown.default).toMatch(colour);
    expect(shown['--no-color']).not.toMatch(colour);
  });
});

// `copro init --plan`, through a pseudo-terminal: the offer at each stage in the Participation
// Handbook's terms, written as not-yet stages with their plan, an id, today's date and the
// perspective, so the plan can be compared with what happened later.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, STACK_TRACE, tempDir } from '../helpers.js';
import { HAS_SCRIPT, KEY, TerminalSession } from '../pty.js';

const dir = tempDir();
afterAll(() => dir.remove());
const { enter } = KEY;
const today = new Date().toISOString().slice(0, 10);

describe.skipIf(!HAS_SCRIPT)('copro init --plan (through util-linux script)', () => {
  it('asks the offer at each stage and writes a dated plan with an id and a perspective', async () => {
    const file = join(dir.path, 'plan.yaml');
    const session = new TerminalSession(['init', '--plan', file], dir.path);
    try {
      await session.waitFor(/A plan for a project not started yet/);
      await session.answer(/The project's name:/, `Youth space on Harbour Street${enter}`);
      await session.answer(/Who will run or host it\?/, `Harbour Youth Trust${enter}`);
      await session.answer(/Where will it take place\?/, `Kirkcaldy${enter}`);
      await session.answer(/When\?/, `2027${enter}`);
      await session.answer(/what is planned, and who will take part\?/, enter);
      await session.answer(/Who will take part\?/, `young people, youth workers${enter}`);
      await session.answer(/Whose point of view does this plan take\?/, enter); // mixed, the default
      await session.answer(/Who made the plan\?/, `Youth forum${enter}`);
      await session.answer(/What will the project offer people at the Define stage\?/, `5${enter}`);
      await session.answer(/What is planned, and who agreed it\?/, `Young people will set the aims with staff${enter}`);
      await session.answer(/at the Design stage\?/, `5${enter}`);
      await session.answer(/What is planned/, enter);
      await session.answer(/at the Decide stage\?/, `6${enter}`);
      await session.answer(/What is planned/, enter);
      await session.answer(/at the Deliver stage\?/, `8${enter}`); // doesn't apply
      await session.answer(/at the Evaluate stage\?/, enter); // not decided yet
      await session.answer(/What is planned/, enter);
      await session.answer(/Score .* now\?/, `n${enter}`);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.text).not.toMatch(STACK_TRACE);
    // Each level is listed as the offer made to people, in the Handbook's terms.
    expect(session.text).toMatch(/Delegate: We will carry out what you decide\./);
    expect(session.text).toContain(`Wrote the plan to ${file} (id youth-space-on-harbour-street, dated ${today})`);
    const plan = parse(readFileSync(file, 'utf8'));
    expect(plan).toMatchObject({
      name: 'Youth space on Harbour Street',
      id: 'youth-space-on-harbour-street',
      organisation: 'Harbour Youth Trust',
      location: 'Kirkcaldy',
      year: 2027,
      partners: ['young people', 'youth workers'],
      assessment: { date: today, perspective: 'mixed', by: 'Youth forum' },
    });
    expect(plan.stages).toEqual({
      define: { level: 'not-yet', plan: 'collaborate', evidence: 'Young people will set the aims with staff' },
      design: { level: 'not-yet', plan: 'collaborate' },
      decide: { level: 'not-yet', plan: 'delegate' },
      deliver: 'n/a',
      evaluate: 'not-yet',
    });
    expect(runCli(['validate', file]).code).toBe(0);
    const assessed = runCli(['assess', file, '--format', 'json']);
    expect(assessed.code).toBe(0);
    const [result] = JSON.parse(assessed.stdout).results;
    expect(result.stages.find((s: { id: string }) => s.id === 'decide')).toMatchObject({
      level: 'not-yet',
      plan: 'delegate',
    });
  });
});

describe('copro init --plan, refused before any question', () => {
  it('goes with none of --resume, --from and --yes', () => {
    for (const other of [['--resume'], ['--yes'], ['--from', 'x.yaml']]) {
      const run = runCli(['init', join(dir.path, 'p.yaml'), '--plan', ...other]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--plan asks for a new plan, one question at a time/);
    }
  });

  it('needs a terminal, and says how to write a plan by hand', () => {
    const run = runCli(['init', join(dir.path, 'p.yaml'), '--plan']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--plan asks questions, and there is no terminal.*level: not-yet.*plan:/);
  });
});

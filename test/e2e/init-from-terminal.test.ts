// `copro init --from a.yaml b.yaml` at a terminal, as a person would run it the first time, with
// an earlier file that has no id, date or perspective (issue 21): copro offers to add them, first,
// adds only those lines, and the `copro compare` it then suggests works with no hand edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { HAS_SCRIPT, KEY, TerminalSession } from '../pty.js';

const dir = tempDir();
afterAll(() => dir.remove());
const { enter } = KEY;

// Written by hand, with a comment and odd spacing that must survive the rewrite.
const EARLIER = [
  '# Our first go, from the minutes',
  'name:   Kirkcaldy Food Pantry   # as the committee calls it',
  'location: Kirkcaldy',
  'stages:',
  '  define: { level: collaborate, evidence: "Members and staff chose what to stock" }',
  '  deliver: { level: collaborate, evidence: "Members run the pantry with staff" }',
  'partners: [community-members, staff]',
  '',
].join('\n');

describe.skipIf(!HAS_SCRIPT)('copro init --from at a terminal, the first time', () => {
  it('offers to add an id, a date and a perspective to the earlier file, and the compare it suggests works', async () => {
    const a = dir.write('a.yaml', EARLIER);
    const b = join(dir.path, 'b.yaml');
    const session = new TerminalSession(['init', '--from', 'a.yaml', 'b.yaml'], dir.path);
    try {
      await session.waitFor(/a\.yaml lacks an id, an assessment date and a perspective/);
      await session.answer(/Add "id: kirkcaldy-food-pantry" and the rest to a\.yaml\?/, `y${enter}`);
      await session.answer(/When was that earlier assessment made\?/, `2025-05-01${enter}`);
      await session.answer(/Whose point of view did that earlier assessment take\?/, `3${enter}`); // staff
      await session.waitFor(
        /Added an id, an assessment date and a perspective to a\.yaml; nothing else in it changed\./,
      );
      await session.answer(/The date of this assessment/, `2026-06-01${enter}`);
      // The earlier perspective is offered first: the same point of view, a year on.
      await session.waitFor(/Whose point of view does this assessment take\?/);
      await session.answer(/❯ 3\. Staff/, enter);
      await session.answer(/Who is assessing\?/, `residents' panel${enter}`);
      // Every stage and its evidence kept as it was (Enter takes the earlier one); no questions answered now.
      await session.answer(/at the Define stage\?/, enter);
      await session.answer(/What happened at this stage/, enter);
      await session.answer(/at the Design stage\?/, enter);
      await session.answer(/at the Decide stage\?/, enter);
      await session.answer(/at the Deliver stage\?/, enter);
      await session.answer(/What happened at this stage/, enter);
      await session.answer(/at the Evaluate stage\?/, enter);
      await session.answer(/Answer them now\?/, '3');
      await session.answer(/❯ 3\. Not now/, enter);
      await session.answer(/Score .* now\?/, `n${enter}`);
      expect(await session.exited).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.text).toContain('Compare the two with `copro compare a.yaml b.yaml`.');

    // The earlier file gained exactly the lines offered, and nothing else changed.
    expect(readFileSync(a, 'utf8')).toBe(
      EARLIER.replace(
        'as the committee calls it\n',
        'as the committee calls it\nid: kirkcaldy-food-pantry\nassessment: { date: 2025-05-01, perspective: staff }\n',
      ),
    );
    expect(readFileSync(b, 'utf8')).toContain('id: kirkcaldy-food-pantry\n');

    // The printed command, run as printed.
    const compare = runCli(['compare', 'a.yaml', 'b.yaml', '--format', 'json'], { cwd: dir.path });
    expect(compare.code, compare.stderr).toBe(0);
    const [project] = JSON.parse(compare.stdout).projects;
    expect(project.id).toBe('kirkcaldy-food-pantry');
    expect(project.notes).toEqual([]);
    expect(project.assessments.map((x: { perspective: string }) => x.perspective)).toEqual(['staff', 'staff']);
    expect(project.overTime).toHaveLength(1);
    const table = runCli(['compare', 'a.yaml', 'b.yaml'], { cwd: dir.path });
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(/same `id`|cannot be compared/);
  });

  it('leaves the earlier file alone when the person says no, and says what to add by hand', async () => {
    const a = dir.write('no/a.yaml', EARLIER);
    const session = new TerminalSession(['init', '--from', 'a.yaml', 'b.yaml'], join(dir.path, 'no'));
    try {
      await session.answer(/Add "id: kirkcaldy-food-pantry" and the rest to a\.yaml\?/, `n${enter}`);
      await session.waitFor(/add "id: kirkcaldy-food-pantry" and "assessment: \{ date: YYYY-MM-DD, perspective: /);
      session.type(KEY.ctrlC);
      expect(await session.exited).toBe(130);
    } finally {
      session.kill();
    }
    expect(readFileSync(a, 'utf8')).toBe(EARLIER);
  });
});

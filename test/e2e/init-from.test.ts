// `copro init --from earlier.yaml`, run as a script would (no terminal: it writes at once): the
// details, id and answers copied, the new date and perspective recorded; bad input refused plainly.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leithVariant } from '../compare-fixtures.js';
import { STACK_TRACE, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const dir = tempDir();
const earlier = dir.write(
  'earlier.yaml',
  leithVariant({ id: 'leith', assessment: { date: '2025-05-01', by: 'council staff', perspective: 'staff' } }),
);
afterAll(() => dir.remove());

describe('copro init --from', () => {
  it('writes a new assessment with the details, id and answers copied, and the new date and perspective', async () => {
    const file = join(dir.path, 'residents.yaml');
    const run = await runMain([
      'init',
      file,
      '--from',
      earlier,
      '--perspective',
      'community',
      '--date',
      '2026-06-01',
      '--by',
      "residents' panel",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `Wrote ${file}: a new assessment of "£eith Decides (later Leith Chooses)" dated 2026-06-01, from the community perspective`,
    );
    expect(run.stderr).toContain(`copro compare ${earlier} ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('id: leith\n');
    expect(text).toContain("assessment:\n  date: 2026-06-01\n  by: residents' panel\n  perspective: community\n");
    expect(text).toContain(
      'shared-power.binding-decision:\n    answer: yes\n    evidence: Grants go to the projects residents vote for.',
    );
    expect(text).not.toContain('expectedClass');
    const compare = await runMain(['compare', earlier, file, '--format', 'json']);
    expect(compare.code).toBe(0);
    const [project] = JSON.parse(compare.stdout).projects;
    expect(project.id).toBe('leith');
    expect(project.assessments.map((a: { perspective: string }) => a.perspective)).toEqual(['staff', 'community']);
  });

  it('gives the new file an id from the name when the earlier has none, and says what the earlier lacks, changing nothing in it', async () => {
    const bare = dir.write('bare.yaml', 'name: Cardiff Youth Voice\nlocation: Cardiff\n');
    const file = join(dir.path, 'bare-again.yaml');
    const run = await runMain(['init', file, '--from', bare, '--perspective', 'community']);
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('id: cardiff-youth-voice\n');
    expect(run.stderr).toContain(
      `${bare} lacks an id, an assessment date and a perspective, which \`copro compare\` needs: add "id: cardiff-youth-voice" and "assessment: { date: YYYY-MM-DD, perspective:`,
    );
    expect(readFileSync(bare, 'utf8')).toBe('name: Cardiff Youth Voice\nlocation: Cardiff\n');
  });

  it('keeps the earlier perspective and dates the new assessment today when not told', async () => {
    const file = join(dir.path, 'again.yaml');
    expect((await runMain(['init', file, '--from', earlier, '--yes'])).code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(readFileSync(file, 'utf8')).toContain(
      `assessment:\n  date: ${today}\n  by: council staff\n  perspective: staff\n`,
    );
  });

  it('never writes the new assessment over the earlier one, even with --force', async () => {
    const before = readFileSync(earlier, 'utf8');
    const run = await runMain(['init', earlier, '--from', earlier, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`copro: the report ${earlier} is also an input of this run`);
    expect(readFileSync(earlier, 'utf8')).toBe(before);
  });

  it('refuses an unreadable earlier file, a wrong perspective or date, and the options without --from, writing nothing', async () => {
    const broken = dir.write('broken.yaml', 'name: Broken\nstages:\n  define: sideways\n');
    const out = join(dir.path, 'never.yaml');
    const cases: [string[], RegExp][] = [
      [
        ['--from', broken],
        /copro: --from .*broken\.yaml: the earlier assessment cannot be read, so nothing was written\n.*broken\.yaml:3:11: /,
      ],
      [
        ['--from', earlier, '--perspective', 'managers'],
        /copro: --date, --perspective or --by is not right: .*community/,
      ],
      [['--from', earlier, '--date', '2026-02-30'], /: "2026-02-30" is not a date in the calendar\n$/],
      [['--from', earlier, '--date', '1 May 2026'], /--date, --perspective or --by is not right/],
      [['--perspective', 'community'], /--date, --perspective and --by go with --from <earlier\.yaml>/],
      [['--from', join(dir.path, 'nowhere.yaml')], /nowhere\.yaml/],
      [['--from', earlier, '--resume'], /--resume carries on with a file, and --from starts a new one/],
    ];
    for (const [args, message] of cases) {
      const run = await runMain(['init', out, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("quotes the earlier project's name as every message quotes a value: capped, on one line, escapes removed", async () => {
    const name = `\u001b]0;owned\u0007Leith ${'and its neighbours '.repeat(20)}`;
    const odd = dir.write(
      'odd-name.yaml',
      leithVariant({ id: 'odd' }).replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`),
    );
    const file = join(dir.path, 'odd-again.yaml');
    const run = await runMain(['init', file, '--from', odd, '--date', '2026-06-01']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `a new assessment of "\uFFFDLeith and its neighbours and its neighb…" dated 2026-06-01`,
    );
    expect(run.stderr).not.toContain('\u001b');
  });
});

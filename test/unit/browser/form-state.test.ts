// The self-assessment page's logic, outside the browser: an example file loaded into the form and
// written out again scores exactly as the original (the page's scorecard and `copro assess` run
// the same core on the same project), and unreadable files are explained.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entryOf,
  fileNameOf,
  firstOpenScreen,
  loadProjectText,
  partnersReadFromText,
  savedState,
  projectFileOf,
  scorecardOf,
  suggestionsLeft,
  withEntry,
} from '../../../src/browser/form-state.js';
import { assessProject } from '../../../src/core/assess/assess.js';
import { loadProjectBytes } from '../../../src/io/load-project.js';
import { defaultFramework, EXAMPLES } from '../../helpers.js';

const framework = await defaultFramework();

describe('the self-assessment page, round trip', () => {
  for (const name of readdirSync(EXAMPLES)) {
    it(`${name}: loaded, written again and read by copro, it scores the same`, () => {
      const text = readFileSync(join(EXAMPLES, name), 'utf8');
      const original = loadProjectBytes(framework, name, Buffer.from(text));
      if (!original.ok) throw new Error(JSON.stringify(original.errors));
      const loaded = loadProjectText(framework, text);
      expect(loaded.problems).toEqual([]);
      const inPage = scorecardOf(framework, loaded.raw!);
      const written = projectFileOf(framework, loaded.raw!, name).text!;
      const reread = loadProjectBytes(framework, name, Buffer.from(written));
      if (!reread.ok) throw new Error(JSON.stringify(reread.errors));
      const expected = assessProject(framework, original.project);
      expect(inPage).toEqual(expected);
      expect(assessProject(framework, reread.project)).toEqual(expected);
    });
  }

  it('explains a file it cannot read', () => {
    expect(loadProjectText(framework, 'name: [unclosed').problems[0]).toMatch(
      /^This is not a project file copro can read: /,
    );
    expect(loadProjectText(framework, '- a list').problems).toEqual([
      'This file does not hold a project (a name, stages and answers).',
    ]);
    // A wrong field is named and left out; the rest is loaded.
    const loaded = loadProjectText(framework, 'name: x\nstages:\n  defne: consult\n  design: involve\n');
    expect(loaded.problems[0]).toMatch(/^stages\.defne: "defne" is not a stage/);
    expect(loaded.raw!.stages).toEqual({ design: { level: 'involve' } });
  });

  it('names the file after the project', () => {
    expect(fileNameOf({ name: 'Leith Decides! (2010)' })).toBe('leith-decides-2010.yaml');
    expect(fileNameOf({ name: '' })).toBe('project.yaml');
  });
});

describe('suggestions from copro draft in the self-assessment page', () => {
  const quote = '“The panel and the board decided jointly.”';
  const drafted = [
    'name: Drafted',
    'stages:',
    '  define: consult',
    '  decide:',
    '    level: collaborate',
    `    evidence: ${quote}`,
    '    suggested: true',
    'answers:',
    '  shared-power.binding-decision:',
    '    answer: "yes"',
    `    evidence: ${quote}`,
    '    suggested: true',
    '',
  ].join('\n');

  it('reads each entry whole: its value, its evidence and its mark, from the short or the long form', () => {
    const { raw } = loadProjectText(framework, drafted);
    expect(entryOf(raw!, 'stages', 'define')).toEqual({ value: 'consult' });
    expect(entryOf(raw!, 'stages', 'decide')).toEqual({ value: 'collaborate', evidence: quote, suggested: true });
    expect(entryOf(raw!, 'stages', 'deliver')).toEqual({});
    expect(suggestionsLeft(raw!)).toBe(2);
  });

  it('writes a checked entry without its mark, keeping the quoted evidence, and the short form when nothing else is left', () => {
    const { raw } = loadProjectText(framework, drafted);
    const kept = withEntry(raw!, 'stages', 'decide', { ...entryOf(raw!, 'stages', 'decide'), suggested: false });
    expect(kept.stages!.decide).toEqual({ level: 'collaborate', evidence: quote });
    expect(suggestionsLeft(kept)).toBe(1);
    expect(withEntry(kept, 'stages', 'define', { value: 'involve' }).stages!.define).toBe('involve');
    // The original is not changed: the page keeps its state by replacing it.
    expect(entryOf(raw!, 'stages', 'decide').suggested).toBe(true);
  });

  it('downloads "suggested: true" only on entries never checked, with the note at the top only while any are left', () => {
    const { raw } = loadProjectText(framework, drafted);
    const oneChecked = withEntry(raw!, 'stages', 'decide', { value: 'involve', evidence: quote, suggested: false });
    const text = projectFileOf(framework, oneChecked, 'drafted.yaml').text!;
    expect(text).toContain('# DRAFT, TO CHECK: 1 answer below was suggested by `copro draft`');
    expect(text.match(/^ +suggested: true$/gm)).toHaveLength(1);
    const reread = loadProjectText(framework, text).raw!;
    expect(entryOf(reread, 'answers', 'shared-power.binding-decision').suggested).toBe(true);
    expect(entryOf(reread, 'stages', 'decide')).toEqual({ value: 'involve', evidence: quote });
    const allChecked = withEntry(oneChecked, 'answers', 'shared-power.binding-decision', { value: 'no' });
    expect(projectFileOf(framework, allChecked, 'drafted.yaml').text).not.toMatch(/DRAFT|suggested: true/);
  });

  it('scores a drafted file as copro assess does: provisional while it rests on a suggested stage', () => {
    const { raw } = loadProjectText(framework, drafted);
    const original = loadProjectBytes(framework, 'drafted.yaml', Buffer.from(drafted));
    if (!original.ok) throw new Error(JSON.stringify(original.errors));
    expect(scorecardOf(framework, raw!)).toEqual(assessProject(framework, original.project));
  });
});

describe('partners read from a text, in the self-assessment page as in copro review', () => {
  const base = [
    'name: Respite hub',
    'organisation: Parents group',
    'location: Fife',
    'year: 2023',
    'stages:',
    ...framework.stages.map((s) => `  ${s.id}: involve`),
  ];
  const draft = (partners: string, suggested: boolean) =>
    loadProjectText(
      framework,
      [
        ...base,
        `partners: ${partners}`,
        'answers:',
        `  shared-power.binding-decision: { answer: "yes", evidence: "We agreed it together."${suggested ? ', suggested: true' : ''} }`,
        '',
      ].join('\n'),
    ).raw!;
  const placed = '[{ name: parents, side: community }, { name: council staff, side: service }]';

  it('are a reading to confirm only in a draft whose partners could each be placed on a side', () => {
    expect(partnersReadFromText(framework, draft(placed, true))).toBe(true);
    // A file a person wrote (no suggestions left) is not re-asked.
    expect(partnersReadFromText(framework, draft(placed, false))).toBe(false);
    // A partner no side can be found for is asked about anyway, as its own question.
    expect(partnersReadFromText(framework, draft('[Friends of the Glen]', true))).toBe(false);
  });

  it('open the page on its first screen until confirmed, and survive a reload', () => {
    const raw = draft(placed, true);
    // Every detail is given and the stages are set: only the answer is open, on a criterion's screen.
    expect(firstOpenScreen(framework, raw)).toBeGreaterThan(framework.stages.length);
    expect(firstOpenScreen(framework, raw, true)).toBe(0);
    const screens = 2 + framework.stages.length + framework.criteria.length;
    expect(savedState(framework, JSON.parse(JSON.stringify({ raw, step: 0, partnersToCheck: true })), screens)).toEqual(
      { raw, step: 0, partnersToCheck: true },
    );
    expect(savedState(framework, { raw, step: 0, partnersToCheck: 'yes' }, screens)).toEqual({ raw, step: 0 });
  });
});

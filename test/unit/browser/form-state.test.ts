// The self-assessment page's logic, outside the browser: an example file loaded into the form and
// written out again scores exactly as the original (the page's scorecard and `copro assess` run
// the same core on the same project), and unreadable files are explained.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameOf, loadProjectText, projectFileOf, scorecardOf } from '../../../src/browser/form-state.js';
import { assessProject } from '../../../src/core/assess.js';
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
      const written = projectFileOf(framework, loaded.raw!, name);
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
    expect(loadProjectText(framework, 'name: x\nstages:\n  defne: consult\n').problems[0]).toMatch(
      /^stages\.defne: "defne" is not a stage/,
    );
  });

  it('names the file after the project', () => {
    expect(fileNameOf({ name: 'Leith Decides! (2010)' })).toBe('leith-decides-2010.yaml');
    expect(fileNameOf({ name: '' })).toBe('project.yaml');
  });
});

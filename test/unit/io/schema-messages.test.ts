// A pattern's description from the schema is read as the rest of a sentence after "use".
import { describe, expect, it } from 'vitest';
import { loadProjectBytes } from '../../../src/io/load-project.js';
import { followingUse } from '../../../src/io/schema-messages.js';
import { defaultFramework } from '../../helpers.js';

describe('followingUse', () => {
  it('lowers a leading capital of an ordinary word and drops the full stop', () => {
    expect(followingUse('The date of the assessment, as YYYY-MM-DD.')).toBe(
      'the date of the assessment, as YYYY-MM-DD',
    );
    expect(followingUse('a year from 1800 to 2100 such as 2019')).toBe('a year from 1800 to 2100 such as 2019');
    expect(followingUse('YYYY-MM-DD, the ISO form.')).toBe('YYYY-MM-DD, the ISO form');
  });

  it('reads plainly in the message for a date that is not one', async () => {
    const framework = await defaultFramework();
    const loaded = loadProjectBytes(framework, 'p.yaml', Buffer.from('name: Ours\nassessment:\n  date: soon\n'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.message)).toContain(
      '"date" cannot be "soon": use the date of the assessment, as YYYY-MM-DD',
    );
  });

  it('describes an answer given as a map whose toString is not a function, rather than failing', async () => {
    // Found by the property test (seed 202914901): String() of such a map throws.
    const framework = await defaultFramework();
    const text = 'name: "!"\nanswers:\n  shared-power.resources: [{ toString: false }]\n';
    const loaded = loadProjectBytes(framework, 'p.yaml', Buffer.from(text));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.message).join('\n')).toContain('not a list');
  });
});

// Issue 23: "use A stable id for the project" — a one-letter word starts a sentence too.
describe('followingUse: a leading one-letter word', () => {
  it('lowers "A" before a space, and keeps an acronym', () => {
    expect(followingUse('A stable id for the project.')).toBe('a stable id for the project');
    expect(followingUse('URL of the page.')).toBe('URL of the page');
  });

  it('reads plainly in the message for an id that is not one', async () => {
    const framework = await defaultFramework();
    const loaded = loadProjectBytes(framework, 'p.yaml', Buffer.from('name: Ours\nid: "Bad Id!"\n'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.message).join('\n')).toMatch(
      /"id" cannot be "Bad Id!": use a stable id for the project/,
    );
  });
});

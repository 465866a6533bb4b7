// Forty-five everyday sentences, each read by a blind domain reader who never saw the cues
// (everyday-sentences.yaml), drafted one by one: the reader must give each stage that reading, and
// suggest no level at a stage the person left empty (a quote with `unknown` is fine there: it is
// left to the reviewer). Where the reader still gets a sentence wrong, the row is a known miss with
// the reason, run as `it.fails`, so it shows up the day it is fixed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftProject } from '../../../../src/core/draft/draft.js';
import { levelRank } from '../../../../src/core/framework/levels.js';
import { tagSentence } from '../../../../src/io/tagger.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();

interface Row {
  sentence: string;
  stages: Record<string, string>;
  why: string;
}

const rows = parse(readFileSync(new URL('everyday-sentences.yaml', import.meta.url), 'utf8')) as Row[];

/** The rows the reader does not read yet, by their first words, with why. */
const KNOWN_MISSES: Record<string, string> = {
  'We spent two evenings':
    'design: involve rests on "came straight out of those sessions", influence told as an outcome with no stage action; the reader finds no stage',
  'The HSCP told us':
    'decide: inform rests on a decision told as a fact ("would close"); no decision verb, so no stage is found',
  'We were meant to be':
    'define: inform; "the priorities had already been set by the partnership board" puts the action after its topic, so the reader only quotes it (unknown)',
  'The trust board has agreed':
    'a binding promise ("whatever the assembly recommends will be carried out") is read from "recommends" as involve, not delegate',
  "The group's recommendations":
    '"the group" names no side, so the reader leaves the level to a person; the person takes it as the community group',
  'Our members ranked':
    'design: none; the reader quotes "options the council had drawn up" with the level left to a person, since nothing says people were left out',
  'The community panel decided':
    '"decided the pilot hadn\'t worked" is a judgement (evaluate), read as a decision (decide: delegate)',
  'The session was billed':
    'design: inform rests on "officers presenting the finished layout"; no stage action the reader knows, so no stage',
  'Staff asked people':
    'deliver: consult rests on "changed the times" of a running class; not a stage action the reader knows',
};

/** What the draft has at each stage: a level, `not-yet: plan`, or undefined when not quoted. */
function drafted(sentence: string): Record<string, string> {
  const { stages } = draftProject(framework, { text: sentence }, 'Draft', tagSentence).project;
  const out: Record<string, string> = {};
  for (const [id, entry] of Object.entries(stages)) {
    if (entry === undefined) continue;
    if (typeof entry === 'string') out[id] = entry;
    else out[id] = entry.plan !== undefined ? `${entry.level}: ${entry.plan}` : entry.level;
  }
  return out;
}

const suggestsALevel = (got: string | undefined) => got !== undefined && got !== 'unknown';

/** True when the drafted value gives the person's reading of one stage. */
function reads(want: string | undefined, got: string | undefined): boolean {
  if (want === undefined) return !suggestsALevel(got);
  const atMost = /^(\S+) at most$/.exec(want);
  if (atMost) return !suggestsALevel(got) || levelRank(framework, got!) <= levelRank(framework, atMost[1]!);
  const not = /^not (\S+)$/.exec(want);
  if (not) return got !== not[1];
  return got === want;
}

function misread(row: Row): string[] {
  const got = drafted(row.sentence);
  return framework.stages
    .filter((stage) => !reads(row.stages[stage.id], got[stage.id]))
    .map(
      (stage) =>
        `${stage.id}: the person reads ${row.stages[stage.id] ?? 'nothing'}, the draft has ${got[stage.id] ?? 'nothing'}`,
    );
}

describe('everyday sentences, each with a blind reader’s reading', () => {
  it('has every row of the table, and every known miss names a row', () => {
    expect(rows).toHaveLength(45);
    for (const start of Object.keys(KNOWN_MISSES)) expect(rows.some((r) => r.sentence.startsWith(start))).toBe(true);
  });

  for (const row of rows) {
    const miss = Object.entries(KNOWN_MISSES).find(([start]) => row.sentence.startsWith(start))?.[1];
    const title = `${row.sentence.slice(0, 90)}${row.sentence.length > 90 ? '…' : ''}`;
    if (miss) it.fails(`known miss: ${title} (${miss})`, () => expect(misread(row)).toEqual([]));
    else it(title, () => expect(misread(row)).toEqual([]));
  }
});

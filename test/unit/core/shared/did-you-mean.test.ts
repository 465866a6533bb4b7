import { describe, expect, it } from 'vitest';
import {
  closest,
  closestDescribed,
  editDistance,
  Suggester,
  SUGGESTIONS_SOUGHT_PER_FILE,
  SUGGESTIONS_PER_FILE,
} from '../../../../src/core/shared/did-you-mean.js';
import { checkProject } from '../../../../src/core/project/project-rules.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();
const indicators = framework.criteria.flatMap((c) => c.indicators.map((i) => ({ id: i.id, text: i.question })));
const ids = indicators.map((i) => i.id);

describe('did you mean: ordinary typos', () => {
  it('finds a dropped, doubled, changed or swapped letter', () => {
    expect(closest('colaborate', ['collaborate', 'consult'])).toBe('collaborate');
    expect(closest('deliverr', ['design', 'deliver'])).toBe('deliver');
    expect(closest('desing', ['design', 'decide'])).toBe('design');
    expect(closest('jsn', ['json', 'table'])).toBe('json');
    expect(closest('banana', ['collaborate', 'consult'])).toBeUndefined();
  });

  it('stops counting once a word cannot be close enough, with the same answer when it is', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a'.repeat(500), 'b', 3)).toBe(4);
    expect(editDistance('ab', 'ba', 5)).toBe(1);
  });
});

describe('did you mean: an indicator id by the words of its question', () => {
  it('suggests the id whose words or question hold every word typed', () => {
    expect(closestDescribed('shared-power.decision', indicators)).toBe('shared-power.binding-decision');
  });

  it('still finds a misspelt id', () => {
    const id = ids[0]!;
    expect(closestDescribed(`${id.slice(0, -2)}${id.slice(-1)}${id.slice(-2, -1)}`, indicators)).toBe(id);
    expect(closestDescribed(`${id}x`, indicators)).toBe(id);
  });

  it('suggests nothing for words no id or question holds', () => {
    expect(closestDescribed('gardening.tomatoes', indicators)).toBeUndefined();
  });
});

describe('did you mean: bounded work', () => {
  it('gives no suggestion for a word longer than any id', () => {
    expect(closest('x'.repeat(10_000), ['collaborate'])).toBeUndefined();
    expect(closestDescribed(`shared-power.${'x'.repeat(10_000)}`, indicators)).toBeUndefined();
  });

  it('makes at most SUGGESTIONS_PER_FILE suggestions per file; the problems are all still reported', () => {
    const answers = Object.fromEntries(
      Array.from({ length: 2_000 }, (_, n) => [`${ids[n % ids.length]}x${n}`, 'yes' as const]),
    );
    const { problems } = checkProject(framework, { name: 'P', answers });
    expect(problems).toHaveLength(2_000);
    expect(problems.filter((p) => p.message.includes('did you mean')).length).toBe(SUGGESTIONS_PER_FILE);
  });

  it('counts only the suggestions it made towards its share', () => {
    const suggest = new Suggester();
    for (let n = 0; n < SUGGESTIONS_SOUGHT_PER_FILE - 1; n++)
      expect(suggest.didYouMean('banana', (w) => closest(w, ['collaborate']))).toBe('');
    expect(suggest.didYouMean('colaborate', (w) => closest(w, ['collaborate']))).toBe(' — did you mean "collaborate"?');
  });

  it('stops looking once it has looked as often as five files could show (issue 23 S1)', () => {
    const suggest = new Suggester();
    let looked = 0;
    const find = (w: string) => {
      looked++;
      return closest(w, ['collaborate']);
    };
    for (let n = 0; n < 40_000; n++) suggest.didYouMean('banana', find);
    expect(looked).toBe(SUGGESTIONS_SOUGHT_PER_FILE);
    expect(suggest.didYouMean('colaborate', find)).toBe('');
  });
});

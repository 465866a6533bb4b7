// Every pattern in every shipped schema (schemas/*.json), run against long adversarial strings
// (issue 11.13): a pattern that backtracks badly takes minutes on a few thousand characters, in
// copro and in any editor using the schema. Each pattern runs in a worker that is stopped after
// HANG_GUARD_MS: a hang guard with a wide margin (a linear pattern needs about a millisecond for
// all of these strings), not a timing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.js';

const HANG_GUARD_MS = 2_000;
const SCHEMAS = join(ROOT, 'schemas');

/** Every `pattern` (and patternProperties key) in a schema, with where it sits. */
function patternsIn(value: unknown, path: string, found: [where: string, pattern: string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => patternsIn(item, `${path}/${i}`, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'pattern' && typeof item === 'string') found.push([path, item]);
      if (key === 'patternProperties' && typeof item === 'object' && item !== null)
        for (const p of Object.keys(item)) found.push([`${path}/patternProperties`, p]);
      patternsIn(item, `${path}/${key}`, found);
    }
  }
  return found;
}

const PATTERNS = readdirSync(SCHEMAS)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => patternsIn(JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8')), name, []));

/**
 * Long strings built to make a backtracking pattern try everything: a run of one or two
 * characters (those the pattern names, and the usual suspects: spaces, digits, letters, dashes),
 * after a start the pattern may accept, and before an end that makes the match fail at last.
 */
function adversarialParts(pattern: string) {
  const named = [
    ...new Set(
      pattern
        .replace(/\\[dswDSW]/g, '')
        .replace(/[\\^$()[\]{}*+?|]/g, '')
        .split(''),
    ),
  ];
  const pieces = [...new Set([' ', '\t', '0', '9', 'a', 'z', '-', '.', '/', '–', '_', ...named])];
  return {
    runs: [...pieces, ...pieces.flatMap((a) => pieces.map((b) => a + b))],
    starts: ['', '2019', 'a', '0', 'a.', '2019-'],
    ends: ['!', 'x', '\n', ' x'],
    length: 5_000,
  };
}

/** Whether every string is matched (or refused) before the guard runs out; the worker is stopped either way. */
function finishesInTime(pattern: string): Promise<boolean> {
  // The strings are made in the worker: thousands of 5,000-character strings are too many to copy.
  const worker = new Worker(
    `const { parentPort, workerData: { pattern, runs, starts, ends, length } } = require('node:worker_threads');
     const re = new RegExp(pattern, 'u'); // ajv compiles patterns with the u flag
     for (const start of starts) for (const run of runs) for (const end of ends) re.test(start + run.repeat(Math.ceil(length / run.length)) + end);
     parentPort.postMessage('done');`,
    { eval: true, workerData: { pattern, ...adversarialParts(pattern) } },
  );
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), HANG_GUARD_MS);
    worker.once('message', () => {
      clearTimeout(timer);
      resolve(true);
    });
  }).finally(() => worker.terminate()) as Promise<boolean>;
}

describe('every schema pattern is linear on long adversarial strings', () => {
  it('the schemas hold patterns to check', () => {
    expect(PATTERNS.length).toBeGreaterThanOrEqual(4);
  });

  for (const [where, pattern] of PATTERNS) {
    it(
      `${where}: ${pattern}`,
      async () => {
        expect(await finishesInTime(pattern)).toBe(true);
      },
      HANG_GUARD_MS * 5,
    );
  }
});

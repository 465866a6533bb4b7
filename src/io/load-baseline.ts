// read → validate a baseline for `copro assess --baseline`: a JSON report that copro wrote
// earlier. Anything else is refused in plain words, located where JSON itself says where.
import { resolve } from 'node:path';
import type { BaselineResult } from '../core/compare/baseline.js';
import { UsageError } from './usage-error.js';
import { readCapped } from './read-bytes.js';
import { schemaErrors } from './schema-validators.js';

/** Reports of whole collections are large; a baseline may be much larger than a project file. */
const MAX_BASELINE_BYTES = 512 * 1024 * 1024;

const NOT_A_REPORT = 'is not a copro JSON report (one made with `copro assess --format json`)';

/** Line and column of a character offset in `text`, both from 1. */
function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const where = at ? locate(text, Number(at[1])) : undefined;
    throw new UsageError(`the baseline ${NOT_A_REPORT}: it is not valid JSON`, [
      {
        file,
        ...where,
        message: `this is not JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`,
      },
    ]);
  }
}

/** The results of an earlier report, or a UsageError saying why the file is not one. */
export async function loadBaseline(file: string): Promise<BaselineResult[]> {
  const read = await readCapped(file, MAX_BASELINE_BYTES);
  if (!read.ok) throw new UsageError(`the baseline could not be read: ${file}: ${read.message}`);
  const data = parseJson(file, read.bytes.toString('utf8'));
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('results' in data)) {
    throw new UsageError(`the baseline ${file} ${NOT_A_REPORT}: it has no "results"`);
  }
  if (version !== 1)
    throw new UsageError(
      `the baseline ${file} is a report of schemaVersion ${JSON.stringify(version)}; this copro reads schemaVersion 1`,
    );
  const problems = schemaErrors('report', data);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new UsageError(
      `the baseline ${file} ${NOT_A_REPORT}: at ${first.instancePath || 'the top'}, ${first.message ?? 'something is wrong'}`,
    );
  }
  return (data as { results: BaselineResult[] }).results;
}

/** Two spellings of one path (./a.yaml and a.yaml) are one key; standard input stays itself. */
export const baselineFileKey = (file: string) => (file === '<stdin>' ? file : resolve(file));

// What a command loads: `copro draft` of a .txt or .md file reads no document-reader bundle, and
// a .docx loads only mammoth's (bin/load-bundle.cjs keeps every bundle it loads; a preloaded probe
// prints them as the process ends).
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers.js';

const dir = tempDir();
const probe = dir.write(
  'probe.cjs',
  `const { loaded } = require(${JSON.stringify(join(ROOT, 'bin', 'load-bundle.cjs'))});
process.on('exit', () => process.stderr.write('bundles: ' + [...loaded.keys()].map((f) => require('node:path').basename(f)).join(' ') + '\\n'));
`,
);

afterAll(() => dir.remove());

function bundlesOf(args: string[]): string[] {
  const run = runCli(args, { env: { NODE_OPTIONS: `--require ${probe}` } });
  expect(run.code, run.stderr).toBe(0);
  return /bundles: (.*)\n/.exec(run.stderr)![1]!.split(' ').filter(Boolean);
}

describe('bundles loaded only when used', () => {
  it('drafts a .txt and a .md without any document reader', () => {
    const text = 'Residents designed the new play park with council officers, and voted on the final plan.\n';
    for (const name of ['note.txt', 'note.md']) {
      const input = dir.write(name, text);
      expect(bundlesOf(['draft', input, '-o', join(dir.path, `${name}.yaml`), '-q'])).toEqual(['copro.cjs']);
    }
  });

  it('loads the one reader a format needs', () => {
    const input = join(ROOT, 'test', 'draft-corpus', 'tuning', 'a-your-say-community-plan.docx');
    expect(bundlesOf(['draft', input, '-o', join(dir.path, 'docx.yaml'), '-q'])).toEqual([
      'copro.cjs',
      'reader-mammoth.cjs',
    ]);
  });
});

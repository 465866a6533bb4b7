// What a command loads and asks: `copro draft` of a .txt or .md file reads no document-reader
// bundle, and a .docx loads only mammoth's (bin/load-bundle.cjs keeps every bundle it loads; a
// preloaded probe prints them as the process ends); JSON output never asks whether standard output
// is a terminal, table output does (the probe counts the calls).
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers.js';

const dir = tempDir();
const probe = dir.write(
  'probe.cjs',
  `const { loaded } = require(${JSON.stringify(join(ROOT, 'bin', 'load-bundle.cjs'))});
const tty = require('node:tty');
const isatty = tty.isatty;
let asked = 0;
tty.isatty = (fd) => (asked++, isatty(fd));
process.on('exit', () => process.stderr.write('bundles: ' + [...loaded.keys()].map((f) => require('node:path').basename(f)).join(' ') + '\\nisatty: ' + asked + '\\n'));
`,
);

afterAll(() => dir.remove());

function probed(args: string[]): { bundles: string[]; isatty: number } {
  const run = runCli(args, { env: { NODE_OPTIONS: `--require ${probe}` } });
  expect(run.code, run.stderr).toBe(0);
  return {
    bundles: /bundles: (.*)\n/.exec(run.stderr)![1]!.split(' ').filter(Boolean),
    isatty: Number(/isatty: (\d+)\n/.exec(run.stderr)![1]),
  };
}
const bundlesOf = (args: string[]) => probed(args).bundles;

describe('bundles loaded only when used', () => {
  // tagger.cjs is the reader's language model, which every draft uses: it is not a document reader.
  it('drafts a .txt and a .md without any document reader', () => {
    const text = 'Residents designed the new play park with council officers, and voted on the final plan.\n';
    for (const name of ['note.txt', 'note.md']) {
      const input = dir.write(name, text);
      expect(bundlesOf(['draft', input, '-o', join(dir.path, `${name}.yaml`), '-q'])).toEqual([
        'copro.cjs',
        'tagger.cjs',
      ]);
    }
  });

  it('asks whether standard output is a terminal only for a table', () => {
    const one = join(ROOT, 'examples', 'leith-decides.yaml');
    expect(probed(['assess', one, '--format', 'json']).isatty).toBe(0);
    expect(probed(['assess', one]).isatty).toBeGreaterThan(0);
  });

  it('loads the one reader a format needs', () => {
    const input = join(ROOT, 'test', 'draft-corpus', 'tuning', 'a-your-say-community-plan.docx');
    expect(bundlesOf(['draft', input, '-o', join(dir.path, 'docx.yaml'), '-q'])).toEqual([
      'copro.cjs',
      'reader-mammoth.cjs',
      'tagger.cjs',
    ]);
  });
});

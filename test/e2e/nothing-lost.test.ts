// Nothing lost: -o replaces the previous report only with a complete one; a closed pipe ends
// quietly, with the exit code the run would have had; Ctrl-C in the middle of a long batch leaves no partial file; bad files in a batch
// never cost the good ones their results.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync, runPipeline, startCli, temporaryFiles, waitFor } from '../cli-process.js';
import { BIN, EXAMPLES, STACK_TRACE, tempDir } from '../helpers.js';

const dir = tempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
const PREVIOUS = 'the previous report, which must survive\n';
const BATCH_SIZE = 400;

beforeAll(() => {
  // A long batch: copies of the examples, enough for a table far bigger than a pipe's buffer.
  mkdirSync(at('batch'));
  const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.yaml'));
  for (let i = 0; i < BATCH_SIZE; i++) {
    const example = examples[i % examples.length]!;
    copyFileSync(join(EXAMPLES, example), at('batch', `${String(i).padStart(4, '0')}-${example}`));
  }
});
afterAll(() => dir.remove());

function previousReport(name: string): string {
  const path = at('out', name);
  mkdirSync(at('out'), { recursive: true });
  writeFileSync(path, PREVIOUS);
  return path;
}

describe('-o writes through a temporary file and a rename', () => {
  it('a run that fails (here: its framework is missing) leaves the previous file as it was', async () => {
    const out = previousReport('failed.json');
    const run = await runCliAsync([
      'assess',
      EXAMPLES,
      '--format',
      'json',
      '-o',
      out,
      '--framework',
      at('no-such-framework.yaml'),
    ]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    expect(temporaryFiles(at('out'))).toEqual([]);
  });

  it('-o naming a folder is a plain error, and no temporary file stays behind', async () => {
    mkdirSync(at('a-folder'));
    const run = await runCliAsync(['assess', EXAMPLES, '-o', at('a-folder')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^copro: the output could not be written to .*a-folder: this is a folder, not a file\n$/,
    );
    expect(temporaryFiles(dir.path)).toEqual([]);
  });

  it('a batch with bad files replaces the report with every good result and every error', async () => {
    const out = previousReport('mixed.json');
    const run = await runCliAsync(['assess', EXAMPLES, at('batch', 'missing.yaml'), '--format', 'json', '-o', out]);
    expect(run.code).toBe(2);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.results).toHaveLength(readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml')).length);
    expect(report.errors).toEqual([{ file: at('batch', 'missing.yaml'), message: 'no such file or folder' }]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during a long batch leaves no partial file, and the previous report intact`, async () => {
      const out = previousReport(`interrupted-${signal}.json`);
      // "-" last keeps the run going after the batch (it waits on standard input), so the signal
      // always arrives before the report could be complete.
      const { child, done } = startCli(['assess', at('batch'), '-', '--format', 'json', '-o', out], {
        keepStdinOpen: true,
      });
      await waitFor(() => temporaryFiles(at('out')).length > 0, 'the temporary output file');
      child.kill(signal);
      const run = await done;
      expect(run.code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(temporaryFiles(at('out'))).toEqual([]);
      expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    });
  }

  it('with no previous file, an interrupted run leaves none', async () => {
    mkdirSync(at('fresh'));
    const out = at('fresh', 'report.json');
    const { child, done } = startCli(['assess', at('batch'), '-', '-o', out], { keepStdinOpen: true });
    await waitFor(() => temporaryFiles(at('fresh')).length > 0, 'the temporary output file');
    child.kill('SIGINT');
    await done;
    expect(readdirSync(at('fresh'))).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});

/** A batch whose report is bigger than a pipe holds: the examples as JSON, else the long batch. */
const source = (format: string) => (format === 'json' ? EXAMPLES : at('batch'));

describe('a closed pipe ends quietly', () => {
  for (const [format, source] of [
    ['json', EXAMPLES],
    ['table', at('batch')],
  ] as const) {
    it(`copro assess … --format ${format} | head -c 10: ten bytes out, nothing on stderr`, () => {
      const stderrFile = at(`pipe-${format}.stderr`);
      const { stdout, coproExit } = runPipeline(
        ['assess', source, '--format', format],
        'head -c 10 | wc -c',
        stderrFile,
      );
      expect(stdout.trim()).toBe('10');
      expect(readFileSync(stderrFile, 'utf8')).toBe('');
      expect(coproExit).toBe(0);
    });
  }

  it('a threshold missed is still exit 1 when the reader left early (scripts with pipefail)', () => {
    for (const [format, threshold] of [
      ['json', ['--fail-under', 'co-production']],
      ['csv', ['--min-score', '50']],
    ] as const) {
      const stderrFile = at(`pipe-threshold-${format}.stderr`);
      const { stdout, coproExit } = runPipeline(
        ['assess', source(format), '--format', format, ...threshold],
        'head -c 10 | wc -c',
        stderrFile,
      );
      expect(stdout.trim()).toBe('10');
      expect(coproExit).toBe(1);
      expect(readFileSync(stderrFile, 'utf8')).not.toMatch(STACK_TRACE);
    }
  });

  it('the reports are bigger than a pipe holds, so the pipe really was closed under them', async () => {
    // Without this, "nothing on stderr" could pass only because copro finished before head left.
    const PIPE_BUFFER = 64 * 1024;
    expect((await runCliAsync(['assess', EXAMPLES, '--format', 'json'])).stdout.length).toBeGreaterThan(
      4 * PIPE_BUFFER,
    );
    expect((await runCliAsync(['assess', at('batch')])).stdout.length).toBeGreaterThan(PIPE_BUFFER);
  });
});

/** perl is in every Debian (perl-base is essential); elsewhere the test says it was skipped. */
const HAS_PERL = spawnSync('perl', ['-e', '1']).status === 0;

describe('standard output that is a pipe', () => {
  it.skipIf(!HAS_PERL)(
    'a pipe another program made non-blocking still gets the whole report, after it fills',
    async () => {
      // perl sets O_NONBLOCK on the pipe, then becomes copro. The reader waits before reading, so
      // the pipe fills and copro's writes meet EAGAIN: it hands the rest to process.stdout, which waits.
      const nonBlocking =
        'use Fcntl; my $f = fcntl(STDOUT, F_GETFL, 0); fcntl(STDOUT, F_SETFL, $f | O_NONBLOCK); exec @ARGV';
      const child = spawn('perl', ['-e', nonBlocking, process.execPath, BIN, 'assess', EXAMPLES, '--format', 'json'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.pause();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const chunks: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.stdout.resume();
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(Buffer.concat(stderr).toString()).toBe('');
      expect(code).toBe(0);
      const piped = Buffer.concat(chunks).toString('utf8');
      expect(piped).toBe((await runCliAsync(['assess', EXAMPLES, '--format', 'json'])).stdout);
      expect(JSON.parse(piped).summary.scored).toBeGreaterThan(10);
    },
  );
});

// Several outputs are made final together: all of them, or none.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainFailures } from '../../../src/cli/output.js';
import { UsageError } from '../../../src/io/usage-error.js';
import { closeAll, fileOutput, type TextOutput } from '../../../src/io/text-output.js';
import { tempDir, type TempDir } from '../../helpers.js';

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

describe('closeAll', () => {
  it('replaces no previous file when one of the outputs cannot be put in place', () => {
    dir = tempDir();
    const first = dir.write('first.json', 'old first\n');
    const second = join(dir.path, 'second.csv');
    const outputs = [fileOutput(first), fileOutput(second)];
    outputs[0]!.write('new first\n');
    outputs[1]!.write('new second\n');
    mkdirSync(second); // the name is taken by a folder while the run goes on: its rename must fail
    expect(() => closeAll(outputs)).toThrow();
    expect(readFileSync(first, 'utf8')).toBe('old first\n');
    expect(readdirSync(dir.path).sort()).toEqual(['first.json', 'second.csv']);
  });

  it('puts every output in place when all can be', () => {
    dir = tempDir();
    const files = ['a.json', 'b.csv'].map((name) => join(dir!.path, name));
    writeFileSync(files[0]!, 'old\n');
    const outputs = files.map((file) => fileOutput(file));
    outputs.forEach((output, i) => output.write(`report ${i}\n`));
    closeAll(outputs);
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(['report 0\n', 'report 1\n']);
    expect(readdirSync(dir.path).sort()).toEqual(['a.json', 'b.csv']);
  });
});

describe('explainFailures', () => {
  const full = () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  const failing: TextOutput = {
    name: 'r.json',
    isStdout: false,
    write: full,
    writeBytes: full,
    finish: full,
    close: full,
    abort: () => undefined,
  };

  it('says in words that the disk is full, for text and for bytes alike', () => {
    const output = explainFailures(failing, 'r.json');
    for (const write of [
      () => output.write('x'),
      () => output.writeBytes!(new Uint8Array([120])),
      () => output.close(),
    ]) {
      expect(write).toThrow(UsageError);
      expect(write).toThrow('the output could not be written to r.json: the disk is full');
    }
  });
});

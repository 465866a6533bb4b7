import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileExistsError, nameTaken, writeFileAtomic } from '../../../src/io/write-file-atomic.js';
import { tempDir } from '../../helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const file = join(dir.path, 'new.yaml');
    writeFileAtomic(file, 'name: A\n');
    expect(readFileSync(file, 'utf8')).toBe('name: A\n');
    expect(readdirSync(dir.path).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces an existing file unless told to', () => {
    const file = join(dir.path, 'kept.yaml');
    writeFileSync(file, 'original\n');
    expect(() => writeFileAtomic(file, 'new\n')).toThrow(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('original\n');
    writeFileAtomic(file, 'new\n', { replace: true });
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(dir.path).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('counts a dangling link as taken, and does not write through it', () => {
    const link = join(dir.path, 'dangling.yaml');
    symlinkSync(join(dir.path, 'nowhere.yaml'), link);
    expect(nameTaken(link)).toBe(true);
    expect(() => writeFileAtomic(link, 'x\n')).toThrow(FileExistsError);
    expect(existsSync(join(dir.path, 'nowhere.yaml'))).toBe(false);
  });

  it('reports a missing folder as a file-system error', () => {
    expect(() => writeFileAtomic(join(dir.path, 'missing', 'p.yaml'), 'x\n')).toThrow(/ENOENT/);
  });
});

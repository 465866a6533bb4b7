// The file a mistyped name most likely meant, from the names beside it.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nearbyName } from '../../../src/io/nearby-name.js';
import { tempDir } from '../../helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());
for (const name of ['braehead-repairs.yaml', 'kilbride.yml', 'notes.txt', 'park-2024.yaml', 'park-2025.yaml'])
  dir.write(name, 'name: x\n');
const at = (name: string) => join(dir.path, name);

describe('the name a person most likely meant', () => {
  it('is the same name with the other YAML ending', () => {
    expect(nearbyName(at('kilbride.yaml'))).toBe(at('kilbride.yml'));
  });

  it('is a name one or two letters away', () => {
    expect(nearbyName(at('braehead-repair.yaml'))).toBe(at('braehead-repairs.yaml'));
    expect(nearbyName(at('notse.txt'))).toBe(at('notes.txt'));
  });

  it('is the one longer name that begins with the name typed, never one of several', () => {
    expect(nearbyName(at('braehead.yaml'))).toBe(at('braehead-repairs.yaml'));
    expect(nearbyName(at('park.yaml'))).toBeUndefined();
  });

  it('is nothing when no name is close, or the folder cannot be read', () => {
    expect(nearbyName(at('something-else-entirely.yaml'))).toBeUndefined();
    expect(nearbyName(join(dir.path, 'no-such-folder', 'a.yaml'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { commonFolder } from '../../../../src/render/table/batch.js';

describe('the batch table', () => {
  it('shows paths after the folder they all share', () => {
    expect(commonFolder(['examples/a.yaml', 'examples/sub/b.yaml'])).toBe('examples/');
    expect(commonFolder(['/x/y/a.yaml', '/x/z/b.yaml'])).toBe('/x/');
    expect(commonFolder(['a.yaml', 'examples/b.yaml'])).toBe('');
    expect(commonFolder(['examples/a.yaml'])).toBe('');
    expect(commonFolder(['ex/a.yaml', 'examples/b.yaml'])).toBe('');
  });
});

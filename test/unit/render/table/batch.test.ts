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

describe('the folder the batch table takes off every path (issue 11.1: it never ended once it reached "/")', () => {
  it.each([
    [['/abs/path/e.yaml', 'rel.yaml'], ''],
    [['/abs/good.yaml', 'missing.yaml'], ''],
    [['rel.yaml', '/abs/good.yaml'], ''],
    [['/a.yaml', '/b.yaml'], '/'],
    [['/a.yaml', '/x/b.yaml'], '/'],
    [['/x/a.yaml', 'x/a.yaml'], ''],
    [['C:/x/a.yaml', 'D:/x/a.yaml'], ''],
    [['./a.yaml', './b.yaml'], './'],
    [['./a.yaml', 'a.yaml'], ''],
    [['../a.yaml', '../b/c.yaml'], '../'],
    [['../a.yaml', './a.yaml'], ''],
    [['..', '.'], ''],
    [['/', '/'], '/'],
    [['<stdin>', '/x/a.yaml'], ''],
    [['examples/sub/a.yaml', 'examples/subway/b.yaml'], 'examples/'],
  ])('%j share %j', (files, folder) => {
    expect(commonFolder(files)).toBe(folder);
  });
});

// Page names in the hub: from the project's id or file name, readable, stable, never colliding.
import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../../../src/core/model/report.js';
import { PageNames, slugOf } from '../../../src/render/hub/model.js';

const result = (file: string, id?: string) => ({ file, project: { name: 'x', ...(id ? { id } : {}) } }) as ReportResult;

describe('hub page names', () => {
  it('turns any text into lower-case letters, digits and dashes', () => {
    expect(slugOf('Leith Decides')).toBe('leith-decides');
    expect(slugOf('Café Ünïcode 2024!')).toBe('cafe-unicode-2024');
    expect(slugOf('../../etc/passwd')).toBe('etc-passwd');
    expect(slugOf('<script>')).toBe('script');
    expect(slugOf('£££')).toBe('project');
    expect(slugOf('a'.repeat(100))).toHaveLength(60);
  });

  it('names each page by its file (assessments sharing a project id keep pages of their own), numbering repeats in file order', () => {
    const names = new PageNames();
    expect(names.next(result('examples/leith-decides.yaml'))).toBe('projects/leith-decides.html');
    expect(names.next(result('other/Leith Decides.yml'))).toBe('projects/leith-decides-2.html');
    expect(names.next(result('a/2024.yaml', 'leith-decides'))).toBe('projects/2024.html');
    expect(names.next(result('C:\\work\\dundee.yaml'))).toBe('projects/dundee.html');
  });

  it("names the pages that compare a project's assessments by its id, in a folder of their own", () => {
    const names = new PageNames('compare');
    expect(names.named('leith-decides')).toBe('compare/leith-decides.html');
    expect(names.named('Leith Decides')).toBe('compare/leith-decides-2.html');
  });
});

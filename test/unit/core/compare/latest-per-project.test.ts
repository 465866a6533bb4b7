// A batch summary shows each project once: the latest assessment, with how many there are and
// which way the latest moved; files without an id, or with an id used once, stay as they are.
import { describe, expect, it } from 'vitest';
import { latestPerProject } from '../../../../src/core/compare/latest-per-project.js';
import { historyNote } from '../../../../src/render/batch-row.js';
import { defaultFramework } from '../../../helpers.js';

const framework = await defaultFramework();

const row = (
  file: string,
  classId: string,
  score: number,
  assessment?: { id: string; date: string | null; perspective: string | null },
) => ({
  file,
  classId,
  score,
  ...(assessment ? { assessment } : {}),
});

describe('latestPerProject', () => {
  it('leaves rows without an id, and an id used once, exactly as they are', () => {
    const rows = [
      row('a.yaml', 'consultation', 20),
      row('b.yaml', 'co-production', 80, { id: 'b', date: '2026-01-01', perspective: 'staff' }),
    ];
    expect(latestPerProject(framework, rows)).toEqual(rows);
  });

  it('shows one row per project, the latest dated assessment, where the project first appears', () => {
    const rows = [
      row('leith-2025.yaml', 'partial-co-production', 60, { id: 'leith', date: '2025-05-01', perspective: 'staff' }),
      row('other.yaml', 'consultation', 20),
      row('leith-undated.yaml', 'consultation', 10, { id: 'leith', date: null, perspective: 'staff' }),
      row('leith-2026.yaml', 'co-production', 70, { id: 'leith', date: '2026-05-01', perspective: 'staff' }),
    ];
    const shown = latestPerProject(framework, rows);
    expect(shown.map((r) => r.file)).toEqual(['leith-2026.yaml', 'other.yaml']);
    expect(shown[0]!.history).toEqual({ assessments: 3, trend: 'up', since: '2025-05-01' });
    expect(historyNote(shown[0]!)).toBe('3 assessments; latest 2026-05-01 (staff), up since 2025-05-01');
    expect(historyNote(shown[1]!)).toBe('');
  });

  it('follows the trend within the latest perspective, and by score when the class holds', () => {
    const rows = [
      row('staff.yaml', 'co-production', 80, { id: 'p', date: '2025-01-01', perspective: 'staff' }),
      row('community-1.yaml', 'co-production', 75, { id: 'p', date: '2025-02-01', perspective: 'community' }),
      row('community-2.yaml', 'co-production', 70, { id: 'p', date: '2026-02-01', perspective: 'community' }),
    ];
    expect(latestPerProject(framework, rows)[0]!.history).toEqual({
      assessments: 3,
      trend: 'down',
      since: '2025-02-01',
    });
    const alone = latestPerProject(framework, rows.slice(0, 2))[0]!;
    expect(alone.history).toEqual({ assessments: 2, trend: null, since: null });
    expect(historyNote(alone)).toBe('2 assessments; latest 2025-02-01 (community)');
  });
});

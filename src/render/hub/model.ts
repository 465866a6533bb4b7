// What the hub knows of each project once its scorecard is rendered: a short row for the index,
// the class and term pages and the filters, and the address of its own page.
import type { ReportResult } from '../../core/report.js';

export interface HubRow {
  name: string;
  organisation: string;
  summary: string;
  place: string;
  year: string;
  tags: string[];
  classId: string;
  provisional: boolean;
  score: number;
  completeness: number;
  /** The strongest term the project uses for itself, and the one the evidence supports (ids). */
  claimed: string | null;
  supported: string | null;
  /** The project's page, relative to the site's top: projects/<slug>.html. */
  page: string;
}

export function hubRowOf(result: ReportResult, page: string): HubRow {
  const { project } = result;
  return {
    name: project.name,
    organisation: project.organisation ?? '',
    summary: (project.summary ?? '').replace(/\s+/g, ' ').trim(),
    place: project.location ?? '',
    year: project.year === undefined ? '' : String(project.year),
    tags: project.tags ?? [],
    classId: result.classification.id,
    provisional: result.classification.provisional,
    score: result.score,
    completeness: result.completeness,
    claimed: result.terms.claimed?.id ?? null,
    supported: result.terms.supported?.id ?? null,
    page,
  };
}

/** A file name from a project's id or file name: lower-case letters, digits and dashes. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'project';
}

/**
 * Hands out page names in file order, one page per file; a second file with the same name gets -2,
 * and so on. Pages are named by file, not by project id: several assessments of one project share
 * its id (copro compare), and each keeps a page of its own.
 */
export class PageNames {
  private readonly taken = new Set<string>();

  next(result: ReportResult): string {
    const base = slugOf(result.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, ''));
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return `projects/${slug}.html`;
  }
}

/** Index order: by name, as a reader looks things up; file order breaks ties. */
export function byName(rows: readonly HubRow[]): HubRow[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => collator.compare(a.row.name, b.row.name) || a.index - b.index)
    .map(({ row }) => row);
}

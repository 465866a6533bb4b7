// What the hub knows of each project once its scorecard is rendered: a short row for the index,
// the class and term pages and the filters, and the address of its own page.
import type { History } from '../../core/compare/latest-per-project.js';
import { assessmentKey, type AssessmentKey, type ReportResult } from '../../core/model/report.js';
import { idFromName } from '../../core/project/project-id.js';
import { NOT_YET } from '../../core/model/types.js';
import { practiceScoreText } from '../scorecard-parts.js';

export interface HubRow {
  name: string;
  organisation: string;
  summary: string;
  place: string;
  /** The nation and, in Scotland, the council area (empty when they cannot be told). */
  nation: string;
  councilArea: string;
  year: string;
  tags: string[];
  classId: string;
  provisional: boolean;
  score: number;
  /** The score as pages show it: the number, or why it is not shown. */
  scoreText: string;
  /** A stage has not started yet: the project is in progress. */
  inProgress: boolean;
  completeness: number;
  /** The strongest term the project uses for itself, and the one the evidence supports (ids). */
  claimed: string | null;
  supported: string | null;
  /** The project's page, relative to the site's top: projects/<slug>.html, or compare/<slug>.html for a project assessed several times. */
  page: string;
  /** The project id, date and perspective, when the file gives an id: several files may be assessments of one project. */
  assessment?: AssessmentKey;
  /** On a project's one row when it has several assessments: how many, and which way the latest moved. */
  history?: History;
  /** A draft no one has checked (listed only with --include-drafts): shown without class or score. */
  draft?: boolean;
}

export function hubRowOf(result: ReportResult, page: string): HubRow {
  const { project } = result;
  return {
    name: project.name,
    organisation: project.organisation ?? '',
    summary: (project.summary ?? '').replace(/\s+/g, ' ').trim(),
    place: project.location ?? '',
    nation: project.nation ?? '',
    councilArea: project.councilArea ?? '',
    year: project.year === undefined ? '' : String(project.year),
    tags: project.tags ?? [],
    classId: result.classification.id,
    provisional: result.classification.provisional,
    score: result.score,
    scoreText: practiceScoreText(result),
    inProgress: result.stages.some((s) => s.level === NOT_YET),
    completeness: result.completeness,
    claimed: result.terms.claimed?.id ?? null,
    supported: result.terms.supported?.id ?? null,
    page,
    ...(project.id !== undefined && { assessment: assessmentKey(result) }),
  };
}

/** A file name from a project's id or file name: lower-case letters, digits and dashes. */
export function slugOf(text: string): string {
  return idFromName(text, 60);
}

/**
 * Hands out page names in a folder of the site, in the order asked; a second page of the same name
 * gets -2, and so on. A project file's page is named by its file, not by its project id: several
 * assessments of one project share its id (copro compare), and each keeps a page of its own; the
 * page that compares them is named by the id, in a folder of its own.
 */
export class PageNames {
  private readonly taken = new Set<string>();

  constructor(private readonly folder = 'projects') {}

  /** The page of a project file, by its file name. */
  next(result: ReportResult): string {
    return this.nextForFile(result.file);
  }

  nextForFile(file: string): string {
    return this.named(file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, ''));
  }

  named(text: string): string {
    const base = slugOf(text);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return `${this.folder}/${slug}.html`;
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

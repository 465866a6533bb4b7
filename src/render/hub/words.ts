// The framework's words for the hub: each class's and term's label, rank and page, looked up by
// id, so every page names and links them the same way.
import type { LoadedFramework } from '../../core/model/types.js';
import { shortLabel } from '../../core/shared/text.js';
import { classRankNumber } from '../html/parts.js';
import { PageNames } from './model.js';

export interface Word {
  id: string;
  label: string;
  /**
   * The label without its gloss ("Not yet assessable", not "Not yet assessable — say who held
   * power…"): for badges, chips, lists and menus, where the full label would crowd the page.
   */
  short: string;
  /** An outcome off the co-production scale (listed only where a project has it). */
  offScale: boolean;
  /** The class's place in the framework's order (0 is the highest; terms are 0). */
  rank: number;
  page: string;
}

export interface HubWords {
  classes: Word[];
  terms: Word[];
  classOf(id: string): Word | undefined;
  termOf(id: string | null): Word | undefined;
}

export function hubWords(framework: LoadedFramework): HubWords {
  // Page names handed out once each: two ids alike in their first 60 letters get two pages.
  const classPages = new PageNames('classes');
  const termPages = new PageNames('terms');
  const classes = framework.classes.map((c) => ({
    id: c.id,
    label: c.label,
    short: shortLabel(c.label),
    offScale: c.offScale === true,
    rank: classRankNumber(framework.classes, c.id),
    page: classPages.named(c.id),
  }));
  const terms = framework.terms.map((t) => ({
    id: t.id,
    label: t.label,
    short: shortLabel(t.label),
    offScale: false,
    rank: 0,
    page: termPages.named(t.id),
  }));
  const classById = new Map(classes.map((c) => [c.id, c]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  return {
    classes,
    terms,
    classOf: (id) => classById.get(id),
    termOf: (id) => (id === null ? undefined : termById.get(id)),
  };
}

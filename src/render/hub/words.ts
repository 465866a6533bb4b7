// The framework's words for the hub: each class's and term's label, rank and page, looked up by
// id, so every page names and links them the same way.
import type { LoadedFramework } from '../../core/model/types.js';
import { classRankNumber } from '../html/parts.js';
import { PageNames } from './model.js';

export interface Word {
  id: string;
  label: string;
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
    rank: classRankNumber(framework.classes, c.id),
    page: classPages.named(c.id),
  }));
  const terms = framework.terms.map((t) => ({ id: t.id, label: t.label, rank: 0, page: termPages.named(t.id) }));
  const classById = new Map(classes.map((c) => [c.id, c]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  return {
    classes,
    terms,
    classOf: (id) => classById.get(id),
    termOf: (id) => (id === null ? undefined : termById.get(id)),
  };
}

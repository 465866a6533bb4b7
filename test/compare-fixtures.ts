// Assessments of one documented example (Leith Decides), as a test needs them: the same project
// from another perspective or on another date, with some levels and answers changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { EXAMPLES } from './helpers.js';

export interface Variant {
  id?: string;
  assessment?: { date?: string; by?: string; perspective?: string };
  stages?: Record<string, unknown>;
  answers?: Record<string, unknown>;
}

/** examples/leith-decides.yaml with `variant` applied, as YAML text (comments kept); without an id unless the variant gives one. */
export function leithVariant(variant: Variant, base = 'leith-decides.yaml'): string {
  const doc = parseDocument(readFileSync(join(EXAMPLES, base), 'utf8'));
  // The example's own id and assessment (if any) give way to the variant's, or go.
  doc.delete('id');
  doc.delete('assessment');
  if (variant.id) doc.set('id', variant.id);
  if (variant.assessment) doc.set('assessment', variant.assessment);
  for (const [stage, value] of Object.entries(variant.stages ?? {})) doc.setIn(['stages', stage], value);
  for (const [indicator, value] of Object.entries(variant.answers ?? {})) doc.setIn(['answers', indicator], value);
  return doc.toString();
}

/** How residents might see Leith: the vote could be overruled, and staff ran and reviewed the process. */
export const RESIDENTS_DOUBT: Variant = {
  stages: {
    decide: { level: 'consult', evidence: 'Councillors could overrule the vote.' },
    deliver: { level: 'consult', evidence: 'Council staff ran the events.' },
    evaluate: { level: 'consult', evidence: 'Staff wrote the review.' },
  },
  answers: { 'shared-power.binding-decision': { answer: 'no', evidence: 'Councillors could overrule the vote.' } },
};

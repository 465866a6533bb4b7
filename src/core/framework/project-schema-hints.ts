// Editor hints in the project schema: the framework's stage ids and indicator ids as named
// properties (described by the stage and the question, so an editor completes them and shows the
// question on hover) and its levels as `examples` for a stage's level. They change nothing about
// what is valid: stages and answers still take any id, because the ids belong to whichever
// framework is in use, and copro checks them against it (with "did you mean …?").
// The shipped schemas/project.schema.json carries the bundled framework's hints; a test keeps
// them in step with criteria/framework.yaml (`npm run schemas` rewrites them).
import { foldLines } from '../shared/text.js';
import type { Framework } from '../model/types.js';
import { STAGE_STATES } from '../model/types.js';

type Json = Record<string, unknown>;

function hinted(description: string, definition: string): Json {
  // A description beside "$ref" is ignored under draft-07, so the reference goes inside allOf.
  return { description, allOf: [{ $ref: `#/definitions/${definition}` }] };
}

/** A copy of the project schema with `framework`'s ids as editor hints. */
export function withFrameworkHints(
  schema: Json,
  framework: Pick<Framework, 'stages' | 'levels' | 'criteria' | 'partners'>,
): Json {
  const copy = structuredClone(schema) as {
    properties: { stages: Json; answers: Json; partners: { items: { anyOf: Json[] } } };
    definitions: { stageEntry: { anyOf: Json[] } };
  };
  const levels = [...framework.levels.map((l) => l.id), ...STAGE_STATES];
  // A stage's hover text carries its test for each level, so that two people code it the same way.
  const tests = (s: Framework['stages'][number]) =>
    framework.levels
      .filter((l) => s.tests?.[l.id])
      .map((l) => ` ${l.id}: ${foldLines(s.tests![l.id]!)}.`)
      .join('');
  copy.properties.stages.properties = Object.fromEntries(
    framework.stages.map((s) => [
      s.id,
      hinted(foldLines(`${s.label}: ${s.description ?? ''}`) + tests(s), 'stageEntry'),
    ]),
  );
  copy.properties.answers.properties = Object.fromEntries(
    framework.criteria.flatMap((c) =>
      c.indicators.map((i) => [i.id, hinted(`${foldLines(i.question)} (${foldLines(c.title)})`, 'answerEntry')]),
    ),
  );
  const [text, map] = copy.definitions.stageEntry.anyOf as [Json, { properties: { level: Json } }];
  text.examples = levels;
  map.properties.level.examples = levels;
  // Partner ids as completions (any id is checked against the framework in use, as stage ids are).
  copy.properties.partners.items.anyOf[0]!.examples = (framework.partners ?? []).map((p) => p.id);
  return copy as unknown as Json;
}

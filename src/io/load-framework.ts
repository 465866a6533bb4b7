// read → validate for frameworks: follows `extends` (refusing cycles), checks each file's shape,
// merges, checks the result's meaning, and stamps it with a content hash.
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { checkFramework } from '../core/framework/framework-rules.js';
import { mergeLayers, type Layer } from '../core/framework/framework-merge.js';
import { isObject } from '../core/shared/plain-object.js';
import type { Framework, LoadedFramework } from '../core/model/types.js';
import { capErrors, type InputError } from '../core/model/input-error.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import { DEFAULT_FRAMEWORK } from './package-paths.js';
import { readYamlFile, toInputErrors, type YamlSource } from './read-yaml.js';
import { kindOf, schemaProblems } from './schema-messages.js';
import { schemaErrors } from './schema-validators.js';

/** `files`: every framework file read (the one named and each it extends), so that no output replaces one. */
export type FrameworkResult =
  { ok: true; framework: LoadedFramework; files: string[] } | { ok: false; errors: InputError[] };

const MAX_EXTENDS = 16;

/** A path as short as it can be said: relative to where copro runs, when it is below it. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
}

/** The chain of framework files, from the root ancestor down to `file`. */
async function readChain(
  file: string,
  limits: ReadLimits,
): Promise<{ layers: YamlSource[] } | { errors: InputError[] }> {
  const chain: YamlSource[] = [];
  const seen: string[] = [];
  let next: string | undefined = file;
  while (next) {
    // Problems with a parent are reported at the `extends:` line that named it.
    const child = chain[0];
    const atExtends = (message: string) => ({
      errors: [child ? child.errorAt(['extends'], message) : { file: next!, message }],
    });
    const real = await realpath(next).catch(() => next!);
    if (seen.includes(real))
      return atExtends(`"extends" goes round in a circle: ${[...seen, real].map(shown).join(' → ')}`);
    if (seen.length >= MAX_EXTENDS) return atExtends(`"extends" is chained more than ${MAX_EXTENDS} deep`);
    seen.push(real);
    // copro's own framework always fits the default limits, whatever a site sets for its files.
    const bundled = real === (await realpath(DEFAULT_FRAMEWORK).catch(() => DEFAULT_FRAMEWORK));
    const read = await readYamlFile(next, bundled ? DEFAULT_LIMITS : limits);
    if (!read.ok) {
      const unlocated = read.errors.length === 1 && read.errors[0]!.line === undefined;
      if (unlocated && child)
        return atExtends(
          `"extends: ${String((child.data as Record<string, unknown>).extends)}" cannot be used: ${read.errors[0]!.message}`,
        );
      return { errors: read.errors };
    }
    const source = read.source;
    if (!isObject(source.data)) {
      return {
        errors: [
          source.errorAt(
            [],
            `expected a framework: a map with "id:", "sources:", "criteria:" and so on, but the file holds ${kindOf(source.data)}`,
          ),
        ],
      };
    }
    const problems = schemaProblems(schemaErrors('framework', source.data));
    if (problems.length > 0 || source.problems.length > 0)
      return { errors: [...source.problems, ...toInputErrors(source, problems)] };
    chain.unshift(source);
    const parent: unknown = source.data.extends;
    next =
      typeof parent === 'string'
        ? shown(parent === 'default' ? DEFAULT_FRAMEWORK : resolve(dirname(next), parent))
        : undefined;
  }
  return { layers: chain };
}

export async function loadFramework(
  file: string = DEFAULT_FRAMEWORK,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<FrameworkResult> {
  const chain = await readChain(file, limits);
  if ('errors' in chain) return { ok: false, errors: capErrors(chain.errors) };
  const layers: Layer<YamlSource>[] = chain.layers.map((source) => ({
    data: source.data as Record<string, unknown>,
    ref: source,
  }));
  const merged = mergeLayers(layers);
  const framework = merged.data as unknown as Framework;
  const problems = checkFramework(framework);
  if (problems.length > 0) {
    const errors = problems.map((problem) => {
      const origin = merged.originOf(problem.path);
      return toInputErrors(origin.ref, [{ ...problem, path: origin.path }])[0]!;
    });
    return { ok: false, errors: capErrors(errors) };
  }
  const hash = createHash('sha256').update(JSON.stringify(framework)).digest('hex');
  return { ok: true, framework: { ...framework, hash }, files: chain.layers.map((source) => source.file) };
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { loadFramework } from '../src/io/load-framework.js';
import type { Answer, LoadedFramework, Project } from '../src/core/model/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'copro.js');
export const EXAMPLES = join(ROOT, 'examples');

let cached: Promise<LoadedFramework> | undefined;

export function defaultFramework(): Promise<LoadedFramework> {
  cached ??= loadFramework().then((result) => {
    if (!result.ok) throw new Error(`bundled framework invalid: ${JSON.stringify(result.errors)}`);
    return result.framework;
  });
  return cached;
}

export function allStages(framework: LoadedFramework, level: string, evidence = 'what happened'): Project['stages'] {
  return Object.fromEntries(framework.stages.map((s) => [s.id, evidence ? { level, evidence } : { level }]));
}

export function allAnswers(framework: LoadedFramework, answer: Answer, evidence?: string): Project['answers'] {
  return Object.fromEntries(
    framework.criteria.flatMap((c) => c.indicators).map((i) => [i.id, evidence ? { answer, evidence } : { answer }]),
  );
}

export function project(parts: Partial<Project>): Project {
  return { name: 'Test project', stages: {}, answers: {}, ...parts };
}

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): CliRun {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...options.env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

export interface TempDir {
  path: string;
  /** Write `text` to `name` (which may hold sub-folders) inside the folder; returns its path. */
  write(name: string, text: string): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'copro-test-'));
  return {
    path,
    write(name, text) {
      const file = join(path, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

export async function schemaValidator(name: 'report' | 'project' | 'framework' | 'comparison') {
  const { loadSchema } = await import('../src/io/schema-compile.js');
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  return ajv.compile(loadSchema(name));
}

/** Anything that looks like an uncaught Node error or stack trace. */
export const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)|^\s+at |node:internal|Error: .*\n\s+at /m;
// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;

type Assessed = { project: { id?: string; assessment?: { date?: string } } };

/**
 * One result per project, as a summary of many shows them: a project assessed in several files
 * (the same id) by its latest dated assessment; the rest as they are. Worked out here, apart from
 * the code under test.
 */
export function latestPerProjectOf<R extends Assessed>(results: readonly R[]): R[] {
  const latest = new Map<string, R>();
  for (const r of results) {
    const id = r.project.id;
    if (id === undefined) continue;
    const held = latest.get(id);
    if (!held || (r.project.assessment?.date ?? '') > (held.project.assessment?.date ?? '')) latest.set(id, r);
  }
  return results.filter((r) => r.project.id === undefined || latest.get(r.project.id) === r);
}

/** The project ids given by more than one of the results: the projects assessed several times. */
export function idsAssessedTogether(results: readonly Assessed[]): string[] {
  const ids = results.map((r) => r.project.id).filter((id): id is string => id !== undefined);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

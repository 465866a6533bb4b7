// Turns ajv's errors into one plain sentence per problem, located by path: "unknown field
// "evidnce" — did you mean "evidence"?" rather than a wall of anyOf branches.
import type { ErrorObject } from 'ajv';
import { closest, listWords, suggestion, Suggester } from '../core/shared/did-you-mean.js';
import { ANSWER_SLIPS } from '../core/project/project-values.js';
import { YEAR_FORMS, yearNotUnderstood } from '../core/project/year.js';
import type { DocPath, Problem } from '../core/model/problem.js';
import { quoted } from '../core/shared/text.js';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  object: 'a map of keys and values',
  array: 'a list',
  boolean: 'true or false',
  null: 'nothing',
};

/** What to expect where a value may take several forms, named by the schema definition. */
const FORM_HINTS: Record<string, string> = {
  year: YEAR_FORMS,
  stageEntry: 'a level such as "collaborate", or a map with "level:" and "evidence:"',
  answerEntry: 'an answer (yes, partly, no, unknown or n/a), or a map with "answer:" and "evidence:"',
};

function toPath(instancePath: string): DocPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function kindOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return quoted(value);
  // As YAML writes them, the way they were most likely typed.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  return String(value);
}

function where(path: DocPath): string {
  const last = path[path.length - 1];
  return last === undefined ? 'the file' : typeof last === 'number' ? `entry ${last + 1}` : quoted(last);
}

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return listWords(types.map((t) => TYPE_WORDS[String(t)] ?? String(t)));
}

/** The allowed value a person meant: a typo of one, or a word used for one ("partial" for "partly"). */
function meant(word: string, allowed: string[]): string | undefined {
  const slip = ANSWER_SLIPS[word.trim().toLowerCase()];
  return slip !== undefined && allowed.includes(slip) ? slip : closest(word, allowed);
}

function messageFor(error: ErrorObject, suggest: Suggester): Problem {
  const path = toPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const allowedHere = allowed.length ? `: use ${listWords(allowed)}` : '';
      return {
        path: [...path, key],
        at: 'key',
        message: `unknown field ${kindOf(key)}${allowedHere}${suggest.didYouMean(key, (w) => closest(w, allowed))}`,
      };
    }
    case 'required':
      return {
        path,
        message: `${path.length ? `${where(path)} is` : 'the file is'} missing "${String(params.missingProperty)}"`,
      };
    case 'type':
      return { path, message: `${where(path)} should be ${typeWords(params.type)}, not ${kindOf(error.data)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return {
        path,
        message: `${kindOf(error.data)} is not allowed here: use ${listWords(allowed)}${suggest.didYouMean(String(error.data), (w) => meant(w, allowed))}`,
      };
    }
    case 'maxLength':
      return { path, message: `${where(path)} is too long: at most ${String(params.limit)} characters` };
    case 'minLength':
      return { path, message: `${where(path)} should not be empty` };
    case 'minItems':
      return {
        path,
        message: `${where(path)} needs at least ${String(params.limit)} ${params.limit === 1 ? 'entry' : 'entries'}`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      }[error.keyword];
      return { path, message: `${where(path)} should be ${words} ${String(params.limit)}, not ${kindOf(error.data)}` };
    }
    case 'pattern': {
      // A year is refused only when it holds none; the message says what copro found instead.
      if (path.length === 1 && path[0] === 'year' && typeof error.data === 'string')
        return { path, message: yearNotUnderstood(error.data) };
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return {
        path,
        message: `${where(path)} cannot be ${kindOf(error.data)}${description ? `: use ${followingUse(description)}` : ''}`,
      };
    }
    default:
      return { path, message: `${where(path)} ${error.message ?? 'is not valid'}` };
  }
}

/**
 * A schema's description as the rest of a sentence after "use": "The date of the assessment, as
 * YYYY-MM-DD." reads "use the date of the assessment, as YYYY-MM-DD" (a leading capital that
 * starts an ordinary word is lowered, an acronym kept; the full stop goes, as the message goes on).
 */
export function followingUse(description: string): string {
  const lowered = /^[A-Z](?![A-Z0-9])/.test(description)
    ? description[0]!.toLowerCase() + description.slice(1)
    : description;
  return lowered.replace(/\.$/, '');
}

/** The branch of an anyOf meant for the value's type (the text form or the map form), if any. */
function fittingBranch(anyOf: ErrorObject): number | undefined {
  const branches = (anyOf.schema as { type?: string }[]) ?? [];
  const kind = Array.isArray(anyOf.data) ? 'array' : anyOf.data === null ? 'null' : typeof anyOf.data;
  const index = branches.findIndex((branch) => branch.type === kind);
  return index >= 0 ? index : undefined;
}

/**
 * Which value an anyOf is about. The compiled schema inlines its definitions (the schema path is
 * then only "#/anyOf"), so the place in the document says it.
 */
function formOf(anyOf: ErrorObject): string {
  const path = toPath(anyOf.instancePath);
  if (path.length === 2 && path[0] === 'answers') return 'answerEntry';
  if (path.length === 2 && path[0] === 'stages') return 'stageEntry';
  if (path.length === 1 && path[0] === 'year') return 'year';
  return anyOf.schemaPath.match(/(?:definitions|properties)\/(\w+)\/anyOf$/)?.[1] ?? '';
}

/** Collapse each anyOf to the errors of the branch the value was meant for, or one hint. */
function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const result = errors.filter((e) => e.keyword !== 'anyOf');
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const prefix = anyOf.schemaPath;
    const inBranch = (e: ErrorObject) =>
      e.schemaPath.startsWith(`${prefix}/`) && e.instancePath.startsWith(anyOf.instancePath);
    const branchErrors = result.filter(inBranch);
    const keep = fittingBranch(anyOf);
    const kept = keep === undefined ? [] : branchErrors.filter((e) => e.schemaPath.startsWith(`${prefix}/${keep}/`));
    for (const e of branchErrors) result.splice(result.indexOf(e), 1);
    if (kept.length > 0) result.push(...kept);
    else {
      const hint = FORM_HINTS[formOf(anyOf)] ?? 'one of the allowed forms';
      // Only a plain value (a word, true, 1) can be a slip of an answer: a map's own toString may be anything.
      const data = anyOf.data;
      const word = ['string', 'number', 'boolean'].includes(typeof data) ? String(data) : undefined;
      const slip =
        formOf(anyOf) === 'answerEntry' && word !== undefined && Object.hasOwn(ANSWER_SLIPS, word)
          ? suggestion(ANSWER_SLIPS[word])
          : '';
      result.push({ ...anyOf, keyword: 'form', message: `should be ${hint}, not ${kindOf(anyOf.data)}${slip}` });
    }
  }
  return result;
}

export function schemaProblems(errors: ErrorObject[]): Problem[] {
  const suggest = new Suggester();
  const problems = collapseAnyOf(errors).map((error) =>
    error.keyword === 'form'
      ? { path: toPath(error.instancePath), message: `${where(toPath(error.instancePath))} ${error.message}` }
      : messageFor(error, suggest),
  );
  // One message per place and wording.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${JSON.stringify(p.path)}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The quick read of a project file: js-yaml with its core schema (YAML 1.2 core: null, true/false,
// numbers and text; no timestamps, no `<<` merges), for the plain shapes project files are
// written in. The yaml library's lexer and parser are generators, and reading the syntax tree they
// make (yaml-plain.ts) was over half of a batch's time; js-yaml reads the same files about seven
// times faster (measured on 2,000 synthetic files, 208 against 1,500 ms of CPU). Its data must be
// the library's, so it answers only for texts where the two cannot differ and the library would
// have nothing to say: anything js-yaml refuses, and anything ruled out below (tabs, carriage
// returns, curly quotes, a comment after a value, anchors, aliases, tags, directives, several
// documents, a flow collection over several lines, a very long key), goes to the library as
// before, so every message is the library's, in its place. test/unit/io/yaml-plain.test.ts checks
// the data against the library's on generated and broken texts.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { isScalar } from 'yaml';
import { PLAIN_TAGS, RESOLVE_OPTIONS, textRulesOut } from './yaml-plain.js';

/**
 * js-yaml's core schema and the yaml library's differ at the edges (js-yaml reads 0b101 and
 * 1_000 as numbers, and not -.5), so plain values are resolved by the library's own core-schema
 * rules and functions instead: null, true/false, integers, floats, .inf and .nan exactly as the
 * library reads them. Quoted and block text is never resolved, in both.
 */
const SCHEMA = FAILSAFE_SCHEMA.extend({
  // One js-yaml type per tag (js-yaml keeps only the last of several with one tag), trying each of
  // the library's rules for it (int: octal, decimal, hexadecimal) in the library's order.
  implicit: [...new Set(PLAIN_TAGS.map((tag) => tag.tag))].map((name) => {
    const rules = PLAIN_TAGS.filter((tag) => tag.tag === name);
    const ruleFor = (text: string | null) => rules.find((tag) => tag.test.test(text ?? ''));
    return new Type(name, {
      kind: 'scalar',
      resolve: (text: string | null) => ruleFor(text) !== undefined,
      construct: (text: string | null) => {
        const value = ruleFor(text)!.resolve(text ?? '', () => undefined, RESOLVE_OPTIONS);
        return isScalar(value) ? value.value : value; // null and true/false come wrapped
      },
    });
  }),
});

const LOAD_OPTIONS = { schema: SCHEMA, json: false } as const;

/** An anchor (&), alias (*) or tag (!) where a node starts: at a line's start, after a key's colon, a dash, or in a flow collection. */
const NODE_PROPERTY = /(?:^|[\s[{,])(?:[&*][^\s,\]}]|!)/;
/** A directive (%YAML), a document marker other than one "---" at the top, or an explicit key or value (? and :). */
const DIRECTIVE_OR_MARKER = /^(?:%|\.\.\.|---|[ -]*[?:](?=\s|$))/m;
/** A line that opens a flow collection ([ or {, as a value or an item) and does not close one. */
const OPEN_FLOW = /(?:^|:\s|-\s)\s*[[{](?!.*[\]}]\s*$).*$/m;
/** A quoted value that does not close on its line: js-yaml is lenient about how the next lines are indented. */
const OPEN_QUOTE = /(?:^|[:\-?]\s|[[{,])\s*(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m;
/** The library refuses an implicit key longer than 1,024 characters. */
const LONG_KEY = /^[^\n:]{1000,}:/m;

/** More flow collections than a project file has: perhaps nested deeper than js-yaml's stack allows. */
const MANY_FLOWS = 256;

function flowOpenings(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5b || code === 0x7b) count++;
  }
  return count;
}

function quickRulesOut(text: string): boolean {
  const body = text.startsWith('---\n') ? text.slice(4) : text;
  return (
    textRulesOut(text) ||
    text.indexOf('\uFEFF', 1) >= 0 ||
    // The two libraries make a __proto__ key differently (both as a key, never a prototype).
    text.includes('__proto__') ||
    flowOpenings(text) > MANY_FLOWS ||
    NODE_PROPERTY.test(body) ||
    DIRECTIVE_OR_MARKER.test(body) ||
    OPEN_FLOW.test(body) ||
    OPEN_QUOTE.test(body) ||
    LONG_KEY.test(body)
  );
}

/** A key that could be written as null, true/false or a number: the two libraries may turn it into different text. */
const maybeNotText = (key: string) => key === '' || PLAIN_TAGS.some((tag) => tag.test.test(key));

/**
 * Only plain objects (with keys that are text however they were written) and arrays of values,
 * text, numbers, true/false and null: what the library's data is for these texts.
 */
function plainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return true;
  if (Array.isArray(value)) return value.every(plainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([key, item]) => !maybeNotText(key) && plainData(item));
}

/**
 * The data of `text`, a block map or list at the top, or undefined when the yaml library must read
 * it (then it gives the same data, or the problems, each in its place).
 */
export function quickYamlData(text: string): { data: unknown } | undefined {
  if (quickRulesOut(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, LOAD_OPTIONS);
  } catch {
    // A repeated key, a syntax problem, nesting too deep for the stack: the library says what.
    return undefined;
  }
  if (data === null || typeof data !== 'object' || !plainData(data)) return undefined;
  return { data };
}

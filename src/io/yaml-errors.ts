// The yaml library's error codes, in words a person writing a project file can act on.
const PLAIN: Record<string, string> = {
  DUPLICATE_KEY: 'the same key appears twice in one map; each key may appear once',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML needs spaces',
  BAD_INDENT: 'the indentation is off here; line items up with spaces under their parent',
  MISSING_CHAR: 'something is not closed here: check for a missing closing quote or bracket',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line; keys must fit on one line (check for a missing colon or quote)',
  BLOCK_AS_IMPLICIT_KEY: 'a key is followed by something YAML cannot read; check for a missing colon or a stray indent',
  UNEXPECTED_TOKEN: 'YAML cannot read this; check the punctuation (colons, dashes, quotes)',
  BAD_ALIAS: 'this alias (*name) is not valid',
  BAD_SCALAR_START: 'a value cannot start with this character unless it is quoted',
  BAD_DIRECTIVE: 'this line starting with % is not a valid YAML directive',
  BLOCK_IN_FLOW: 'a block cannot appear inside [ ] or { }',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  UNEXPECTED_SCALAR_AT_NODE_END: 'there is text here that YAML does not expect; check the indentation or add quotes',
  TAG_RESOLVE_FAILED: 'this value does not match its tag',
  ALIAS_PROPS: 'an alias cannot have a tag or anchor',
  BAD_COLLECTION_TYPE: 'this tag does not fit a map or list',
  IMPOSSIBLE: 'YAML cannot read this',
};

/** Some codes (MISSING_CHAR above all) cover several different slips; the library's own words tell which. */
const BY_WORDING: [RegExp, string][] = [
  [/closing "quote/, 'a value opened with " is not closed, so the rest of the file was read as part of it: add the closing "'],
  [/closing 'quote/, "a value opened with ' is not closed, so the rest of the file was read as part of it: add the closing '"],
  [/must (?:be sufficiently indented and )?end with a (\]|\})/, 'a list in [ ] or a map in { } is not closed: add the missing bracket'],
  [/Missing , /, 'items inside [ ] or { } must be separated by commas'],
  [/Missing space after :/, 'a colon inside { } needs a space after it'],
  [/Comments must be separated/, 'a # starting a comment needs a space before it'],
  [/Implicit map keys need to be followed by map values/, 'a key is not followed by a colon and a value'],
  [/Sequence item without - indicator/, 'a list item is missing its "- "'],
];

export function plainYamlMessage(code: string, original: string): string {
  const match = BY_WORDING.find(([pattern]) => pattern.test(original));
  if (match) return match[1];
  if (PLAIN[code]) return PLAIN[code];
  // Fall back on the library's own words, without the source excerpt it appends.
  return original.split(/ at line \d+/)[0]!.trim();
}

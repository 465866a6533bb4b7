// A hub's settings: its title and the strapline under it, from a small YAML file (the one shipped
// as criteria/hub.yaml, or one a network writes and names with --settings), so the words on a
// hub's front page are data a person can change, not code.
import { join } from 'node:path';
import { isObject } from '../core/shared/plain-object.js';
import type { InputError } from '../core/model/input-error.js';
import { kindOf } from './schema-messages.js';
import { PACKAGE_ROOT } from './package-paths.js';
import { readYamlFile } from './read-yaml.js';
import { DEFAULT_LIMITS } from './limits.js';

const DEFAULT_HUB_SETTINGS = join(PACKAGE_ROOT, 'criteria', 'hub.yaml');

interface HubSettings {
  title?: string;
  strapline?: string;
}

const KEYS = ['title', 'strapline'] as const;
const MAX_LENGTH = 300;

type HubSettingsResult = { ok: true; settings: HubSettings } | { ok: false; errors: InputError[] };

/** The settings in `file`, each problem located in it. */
export async function loadHubSettings(file = DEFAULT_HUB_SETTINGS): Promise<HubSettingsResult> {
  const read = await readYamlFile(file, DEFAULT_LIMITS);
  if (!read.ok) return { ok: false, errors: read.errors };
  const { source } = read;
  const data = source.data;
  if (!isObject(data))
    return {
      ok: false,
      errors: [
        source.errorAt(
          [],
          `expected hub settings: a map with "title:" and "strapline:", but the file holds ${kindOf(data)}`,
        ),
      ],
    };
  const errors: InputError[] = [...source.problems];
  const settings: HubSettings = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      errors.push(source.errorAt([key], `unknown setting "${key}": use title or strapline`, 'key'));
    } else if (typeof value !== 'string' || value.trim() === '') {
      errors.push(source.errorAt([key], `"${key}" should be text, not ${kindOf(value)}`));
    } else if (value.length > MAX_LENGTH) {
      errors.push(source.errorAt([key], `"${key}" is too long: at most ${MAX_LENGTH} characters`));
    } else settings[key as (typeof KEYS)[number]] = value.replace(/\s+/g, ' ').trim();
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

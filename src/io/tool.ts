import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const manifest = require('../../package.json') as { name: string; version: string };

export const TOOL = { name: manifest.name, version: manifest.version };

/**
 * Writes resources/schema/evidensplan.schema.json (the JSON schema editors use for
 * `.evidensplan.jsonc`) from the zod definition of the config and the rules' metadata.
 * Run by scripts/build.mjs; `--check` only says whether the file is up to date (exit 1 if not);
 * `--file PATH` checks or writes another file (the tests use it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchemaText } from '../src/core/lint/config-json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fileArg = process.argv.indexOf('--file');
const SCHEMA_FILE = fileArg > 0 ? path.resolve(process.argv[fileArg + 1]) : path.join(root, 'resources', 'schema', 'evidensplan.schema.json');

const text = configJsonSchemaText();
let current = '';
try {
  current = readFileSync(SCHEMA_FILE, 'utf8');
} catch {
  /* not there yet */
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`evidensplan: ${path.relative(root, SCHEMA_FILE)} is out of date: run \`npm run build\``);
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(SCHEMA_FILE, text);
  console.log(`evidensplan: wrote ${path.relative(root, SCHEMA_FILE)}`);
}

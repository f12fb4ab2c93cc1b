#!/usr/bin/env node
// Merges the extension's package.json contributions from their fragments
// (src/vscode/contributes.json: hover, completion, lint, bibliography, settings;
// src/vscode/snippets/contributes.json and src/vscode/coverage/contributes.json)
// into package.json `contributes`, and writes each fragment's "nls" strings into
// package.nls.json (Bokmål, the default), package.nls.en.json and package.nls.nn.json.
// Also sets the manifest fields the extension wiring owns (activationEvents,
// capabilities, main, categories, keywords, galleryBanner). Touches nothing else.
//   node scripts/merge-contributes.mjs          write
//   node scripts/merge-contributes.mjs --check  exit 1 when package.json is out of date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FRAGMENTS = [
  'src/vscode/contributes.json',
  'src/vscode/snippets/contributes.json',
  'src/vscode/coverage/contributes.json',
  // The wiring's own commands and settings: export, lint the workspace, about the extension.
  'src/vscode/contributes.wiring.json',
  'src/vscode/search/contributes.json',
];
// Bokmål is the default (package.nls.json): our users are Norwegian and VS Code has no
// Norwegian display language, so a `.nb` file would never be chosen. No `.en` file is
// written: VS Code's default display language is English, and a `.en` file would win over
// the Bokmål default for everyone. The fragments keep their English titles (checked for
// completeness) for whoever wants to switch the default. Our own texts (hovers, messages,
// quick fixes) follow the `evidensplan.language` setting instead.
const LANGS = { nb: 'package.nls.json', nn: 'package.nls.nn.json' };
const CHECKED = ['nb', 'en', 'nn'];

const read = (p) => JSON.parse(readFileSync(path.join(root, p), 'utf8'));

function mergeInto(target, source, where) {
  for (const [key, value] of Object.entries(source)) {
    if (!(key in target)) {
      target[key] = structuredClone(value);
    } else if (Array.isArray(target[key]) && Array.isArray(value)) {
      target[key].push(...structuredClone(value));
    } else if (target[key] && typeof target[key] === 'object' && value && typeof value === 'object') {
      mergeInto(target[key], value, `${where}.${key}`);
    } else if (JSON.stringify(target[key]) !== JSON.stringify(value)) {
      throw new Error(`merge-contributes: conflicting values for ${where}.${key}`);
    }
  }
}

const contributes = {};
const nls = { en: {}, nb: {}, nn: {} };
for (const file of FRAGMENTS) {
  if (!existsSync(path.join(root, file))) {
    console.warn(`merge-contributes: ${file} not found, skipped`);
    continue;
  }
  const { nls: strings = {}, ...rest } = read(file);
  mergeInto(contributes, rest, file);
  for (const [key, entry] of Object.entries(strings)) {
    for (const lang of CHECKED) {
      const text = entry[lang] ?? entry.nb ?? entry.en;
      if (key in nls[lang] && nls[lang][key] !== text) throw new Error(`merge-contributes: ${key} defined twice (${file})`);
      nls[lang][key] = text;
    }
  }
}

// Every %placeholder% in the contributions must have a string in every language.
const used = new Set(JSON.stringify(contributes).match(/%[\w.-]+%/g)?.map((s) => s.slice(1, -1)) ?? []);
const manifestKeys = ['evidensplan.untrusted.description', 'evidensplan.virtual.description'];
for (const key of [...used, ...manifestKeys]) {
  for (const lang of CHECKED) if (!(key in nls[lang])) throw new Error(`merge-contributes: no ${lang} string for %${key}%`);
}

const pkgPath = path.join(root, 'package.json');
const pkgText = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(pkgText);
pkg.main = './dist/extension.cjs';
// The web worker host (vscode.dev, github.dev, code-server's web host) loads this one.
pkg.browser = './dist/web/extension.cjs';
pkg.activationEvents = ['onLanguage:markdown'];
pkg.capabilities = {
  untrustedWorkspaces: {
    supported: 'limited',
    description: '%evidensplan.untrusted.description%',
    restrictedConfigurations: [],
  },
  virtualWorkspaces: { supported: 'limited', description: '%evidensplan.virtual.description%' },
};
pkg.categories = ['Linters', 'Snippets', 'Programming Languages', 'Other'];
pkg.keywords = ['markdown', 'beredskap', 'beredskapsplan', 'pandemi', 'kommune', 'KS', 'evidens', 'kildehenvisning', 'citations', 'pandoc', 'nynorsk', 'bokmål'];
pkg.galleryBanner = { color: '#1d3b53', theme: 'dark' };
pkg.contributes = contributes;
delete pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;

// Keep the key order of the existing manifest; new keys go after "activationEvents".
const order = Object.keys(JSON.parse(pkgText));
if (!order.includes('browser')) order.splice(order.indexOf('main') + 1, 0, 'browser');
const out = {};
for (const k of order) if (k in pkg) out[k] = pkg[k];
for (const k of Object.keys(pkg)) if (!(k in out)) out[k] = pkg[k];
const nextPkg = `${JSON.stringify(out, null, 2)}\n`;
const nextNls = Object.fromEntries(
  Object.entries(LANGS).map(([lang, file]) => [file, `${JSON.stringify(Object.fromEntries(Object.entries(nls[lang]).sort()), null, 2)}\n`]),
);

if (process.argv.includes('--check')) {
  const stale = [];
  if (nextPkg !== pkgText) stale.push('package.json');
  for (const [file, text] of Object.entries(nextNls)) {
    const p = path.join(root, file);
    if (!existsSync(p) || readFileSync(p, 'utf8') !== text) stale.push(file);
  }
  if (stale.length) {
    console.error(`merge-contributes: out of date: ${stale.join(', ')} (run node scripts/merge-contributes.mjs)`);
    process.exit(1);
  }
  console.log('merge-contributes: up to date');
} else {
  writeFileSync(pkgPath, nextPkg);
  for (const [file, text] of Object.entries(nextNls)) writeFileSync(path.join(root, file), text);
  console.log(`merge-contributes: ${FRAGMENTS.length} fragments, ${Object.keys(nls.en).length} strings`);
}

#!/usr/bin/env node
// The pictures of the user guide (docs/brukerveiledning.md) are screenshots the real-VS-Code suite
// takes at each step (test-results/e2e/<suite>/NN-<step>.png). This copies the chosen ones to
// docs/images/guide/<name>.png. With --run it first runs the suites that take them.
//   node scripts/update-guide-images.mjs [--run]
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results', 'e2e');
const out = path.join(root, 'docs', 'images', 'guide');

/** guide picture ← [suite, step slug] */
export const GUIDE_IMAGES = {
  'hover-henvisning': ['editor', 'hover-ks2021-lp-2-6-4'],
  'fullforing': ['editor', 'type-after-a-sentence-about-equipment'],
  'problemer': ['lint-and-coverage', 'ctrl-shift-m-the-problems-panel'],
  'hurtigretting': ['lint-and-coverage', 'ctrl-on-fylkesmannen'],
  'laeringspunkt-velger': ['lint-and-coverage', 'search-the-quickpick-by-words-of-the-learning-point'],
  'dekning': ['lint-and-coverage', 'status-bar-after'],
  'ny-plan': ['council', 'run-evidensplan-ny-plan'],
  'alle-planer': ['council', 'the-problems-panel-with-every-plan'],
  'eksport-format': ['council', 'run-evidensplan-eksporter-til-word-pdf'],
  'eksport-ferdig': ['council', 'choose-word-docx'],
};

if (process.argv.includes('--run')) {
  const suites = [...new Set(Object.values(GUIDE_IMAGES).map(([s]) => `test/e2e/${s}.test.ts`))];
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'test.mjs'), ...suites], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

mkdirSync(out, { recursive: true });
const missing = [];
for (const [name, [suite, step]] of Object.entries(GUIDE_IMAGES)) {
  const dir = path.join(results, suite);
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.replace(/^\d+-/, '') === `${step}.png`) : undefined;
  if (!file) {
    missing.push(`${suite}/${step}`);
    continue;
  }
  copyFileSync(path.join(dir, file), path.join(out, `${name}.png`));
  console.log(`update-guide-images: ${suite}/${file} → docs/images/guide/${name}.png`);
}
if (missing.length) {
  console.error(`update-guide-images: no screenshot for ${missing.join(', ')} (run with --run)`);
  process.exit(1);
}

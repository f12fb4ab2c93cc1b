#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (256×256, transparent corners) with headless Chromium,
// the browser the end-to-end tests use. Run by hand after editing the SVG; the PNG is committed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'evidensplan-icon-'));
try {
  const html = path.join(tmp, 'icon.html');
  writeFileSync(html, `<!doctype html><html><head><style>html,body{margin:0;background:transparent}</style></head><body>${readFileSync(path.join(root, 'images', 'icon.svg'), 'utf8')}</body></html>`);
  const r = spawnSync(process.env.EVIDENSPLAN_CHROMIUM || 'chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000',
    '--window-size=256,256', `--user-data-dir=${path.join(tmp, 'profile')}`, `--screenshot=${path.join(root, 'images', 'icon.png')}`, pathToFileURL(html).href,
  ], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** A throwaway workspace for the sources tests, and the built CLI as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/evidensplan.mjs');

/** Only the citation rules: the plan-level rules are not what these tests are about. */
export const CITATION_RULES = { 'outdated-term': 'off', 'missing-topic': 'off', 'missing-required-section': 'off', 'stale-review': 'off' };

/** Writes `files` (path → text or bytes) under a new temporary folder; returns it. */
export function workspace(files: Record<string, string | Uint8Array>, config: Record<string, unknown> | null = { rules: CITATION_RULES }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-sources-'));
  if (config) writeFileSync(path.join(dir, '.evidensplan.jsonc'), JSON.stringify(config, null, 2));
  for (const [rel, body] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, body);
  }
  return dir;
}

export function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, EVIDENSPLAN_LANG: '' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export interface JsonMessage {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}

/** `lint --format json`, as { file → messages }. */
export function lintJson(args: string[], cwd: string): { code: number | null; files: Map<string, JsonMessage[]>; err: string } {
  const r = cli(['lint', '--format', 'json', '--jobs', '1', ...args], cwd);
  let parsed: { file: string; messages: JsonMessage[] }[] = [];
  try {
    parsed = JSON.parse(r.out);
  } catch {
    throw new Error(`not JSON: ${r.out}\n${r.err}`);
  }
  return { code: r.code, files: new Map(parsed.map((f) => [f.file, f.messages])), err: r.err };
}

export const NOU_2021_6 = {
  id: 'nou2021-6',
  type: 'report',
  title: 'Myndighetenes håndtering av koronapandemien',
  author: [{ literal: 'Koronakommisjonen' }],
  issued: { 'date-parts': [[2021, 4, 14]] },
  number: 'NOU 2021:6',
  publisher: 'Departementenes sikkerhets- og serviceorganisasjon',
  'publisher-place': 'Oslo',
};

export function plan(frontmatter: string, body: string): string {
  return `---\nplantype: pandemiplan\n${frontmatter.trim()}\n---\n\n# Plan\n\n${body.trim()}\n`;
}

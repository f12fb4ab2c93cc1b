/**
 * CI runs what the README tells a newcomer to run, through npm, and nothing else: the two commands
 * of the README's set-up section appear in .ci/run as they are written (start as a dry run), with
 * no side door into the set-up scripts, and the README's set-up section keeps exactly two commands.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');

/** The shell commands of the README's "## Set-up" code block (comments dropped, && split). */
function setupCommands(): string[][] {
  const section = readme.slice(readme.indexOf('## Set-up'), readme.indexOf('\n## ', readme.indexOf('## Set-up') + 5));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((l) => l.split('&&').map((c) => c.trim()));
}

/** .ci/run's command lines (comments and echo/step lines dropped), env assignments removed. */
function ciCommands(): string[] {
  return ci
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l && !/^(step|echo|set|cd|export|t0|if|fi|then|else)\b/.test(l) && !l.includes('() {'))
    .map((l) => l.replace(/^(\w+=\S+\s+)+/, ''));
}

test('the README\'s set-up section has exactly two commands: install+start, and test', () => {
  assert.deepEqual(setupCommands(), [['npm install', 'npm start'], ['npm test']]);
});

test('.ci/run runs those commands through npm, in order, and no set-up script directly', () => {
  const cmds = ciCommands();
  const npm = cmds.filter((c) => c.startsWith('npm '));
  assert.deepEqual(
    npm.map((c) => c.split(/\s+/).slice(0, 2).join(' ')),
    setupCommands().flat(),
    `npm commands in .ci/run: ${JSON.stringify(npm)}`,
  );
  assert.ok(!cmds.some((c) => /node\s+scripts\/(e2e-setup|start|test)\.mjs/.test(c)), `no side door: ${JSON.stringify(cmds)}`);
  assert.match(ci, /EVIDENSPLAN_START_DRY_RUN=1 .*npm start/, 'npm start as a dry run (it would otherwise wait for Ctrl+C)');
  assert.match(ci, /export CI=true/, 'missing tooling fails instead of skipping');
});

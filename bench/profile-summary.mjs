#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most
// self time, and the packages/files they live in. Used to explain missed bench targets.
//   node bench/profile-summary.mjs PROFILE.cpuprofile [top=20]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.mjs PROFILE.cpuprofile [top]');
  process.exit(2);
}
const top = Number(topArg ?? 20);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  selfUs.set(prof.samples[i], (selfUs.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
}
const fnTotals = new Map();
const fileTotals = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  const { callFrame: cf } = byId.get(id);
  total += us;
  const where = cf.url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '~/');
  const fn = `${cf.functionName || '(anonymous)'}  ${where.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`;
  fnTotals.set(fn, (fnTotals.get(fn) ?? 0) + us);
  const pkg = where.startsWith('~/') ? where.split('/').slice(0, where.startsWith('~/@') ? 3 : 2).join('/') : where || `(${cf.functionName})`;
  fileTotals.set(pkg, (fileTotals.get(pkg) ?? 0) + us);
}
const fmt = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms\n\nself time by function:`);
for (const [k, us] of [...fnTotals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(us)}  ${k}`);
console.log('\nself time by package/file:');
for (const [k, us] of [...fileTotals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(us)}  ${k}`);

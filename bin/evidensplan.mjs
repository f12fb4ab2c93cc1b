#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build` into dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('evidensplan: not built yet; run `npm run build` first.\n');
  process.exit(2);
}
try {
  const { main } = await import(bundle.href);
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  // Never a stack trace for a user: one line, and the stack only on request.
  process.stderr.write(`evidensplan: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.EVIDENSPLAN_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ''}\n`);
  process.exitCode = 2;
}

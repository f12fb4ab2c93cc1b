// A lint worker (as lint-worker.mjs) that stops dead, as an out-of-memory would, on a file whose name
// contains "dies-here": that file is held back from the linting code, and the worker exits as soon as
// the parent has queued another file behind it (or after a while if none comes). So the parent sees a
// worker die holding the file it "lints" and one queued after it, whatever the machine's speed.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
let holding = false;
const on = parentPort.on.bind(parentPort);
parentPort.on = (event, listener) => {
  if (event !== 'message') return on(event, listener);
  return on(event, (msg) => {
    if (holding && msg && typeof msg.file === 'string') process.exit(7);
    if (msg && typeof msg.file === 'string' && /dies-here/.test(msg.file)) {
      holding = true;
      setTimeout(() => process.exit(7), 5000).unref?.();
      return;
    }
    listener(msg);
  });
};
await import('../../src/node/lint-parallel.ts');

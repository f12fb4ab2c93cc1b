/** The worker side of bounded.ts: runs each call, marking its start and end. */
import { parentPort, workerData } from 'node:worker_threads';

const { module, texts, calls } = workerData as { module: string; texts: string[]; calls: Array<{ kind: string; text: number; offset: number }> };
const mod = (await import(module)) as { setup?: () => Promise<void>; call: (kind: string, text: string, offset: number) => unknown };
await mod.setup?.();
for (const [i, c] of calls.entries()) {
  parentPort!.postMessage({ started: i });
  let error: string | undefined;
  try {
    await mod.call(c.kind, texts[c.text], c.offset);
  } catch (err) {
    error = err instanceof Error ? `${err.message}\n${err.stack}` : String(err);
  }
  parentPort!.postMessage({ ended: i, error });
}
parentPort!.postMessage({ finished: true });

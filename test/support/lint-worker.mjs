// A lint worker running the TypeScript sources (through tsx): lint-parallel.ts starts its worker
// side when imported in a worker thread with its workerData.
import { register } from 'tsx/esm/api';

register();
await import('../../src/node/lint-parallel.ts');

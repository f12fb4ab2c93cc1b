// Worker entry: TypeScript through tsx (a worker's own entry file is not run through the parent's loader hooks).
import { register } from 'tsx/esm/api';

register();
await import('./bounded-worker.ts');

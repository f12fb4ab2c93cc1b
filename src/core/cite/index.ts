export * from './types.js';
export * from './scan.js';
export * from './resolve.js';
export type { SourceIndex } from './source.js';

/** The writer's-sources group (see ../lazy.ts): citation-js and the source indexer, on first use. */
export { IndexedSource, isWriterSource, fileSourceMessages, loadSources, planSourceMessages } from '../../core/sources/index.js';
export { writerCompletionItems } from '../../core/sources/completion.js';

/** The editor-independent language service behind the VS Code extension. */
export * from './types.js';
export * from './markdown.js';
export * from './messages.js';
export * from './citations.js';
export * from './hover.js';
export * from './evidence.js';
export * from './completion.js';
export * from './definition.js';
export * from './references.js';
export * from './report-document.js';
export * from './disable.js';
export * from './preview.js';
export * from './budget.js';

export * from './analyze.js';
export * from './frontmatter.js';
export * from './lines.js';
export * from './language.js';
export * from './sentences.js';

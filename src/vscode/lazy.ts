/**
 * What the extension loads on first use, not at activation. Each group is one dynamic `import()`
 * of a module that re-exports what the editor needs from the core. The bundles are built without
 * code splitting, so esbuild turns each `import()` into a lazily-initialised wrapper: the group's
 * modules (and every package only they use) are evaluated the first time the group is asked for,
 * not when the bundle loads. Nothing outside this file may import a group's modules statically
 * (a value import from an eager module would evaluate them at load again); type imports are free.
 *
 * - `lintCore`: the lint engine, its rules, fixes, disable edits — on the first lint (the first
 *   diagnostics), never for a hover or a completion.
 * - `configCore`: `.evidensplan.jsonc` (./config.ts), on the first look-up: the diagnostics, the
 *   status bar, and a plan's sources (a config may name bibliographies). It validates rule ids
 *   against the rules' list, which for now comes with the rule modules (not the engine).
 * - `indexCore`: opening the report index and the full-text search (minisearch, the stemmers) —
 *   on the first feature that needs the report.
 * - `sourcesCore`: the writer's own sources (bibliographies through citation-js, indexed sources).
 * - `bibCore`: writing the bibliography (citation-js), on that command.
 * - `exportCore`: the export's texts and formats (and through them citation-js), on that command.
 *
 * The plan model (remark) is not lazy: every feature of the first visible plan needs it, hover first.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((err: unknown) => {
      loaded = undefined; // try again next time
      throw err;
    }));
}

export type LintCore = typeof import('./lazy/lint.js');
export type ConfigCore = typeof import('./lazy/config.js');
export type IndexCore = typeof import('./lazy/index-files.js');
export type SourcesCore = typeof import('./lazy/sources.js');
export type BibCore = typeof import('./lazy/bib.js');
export type ExportCore = typeof import('./lazy/export.js');

export const lintCore = once<LintCore>(() => import('./lazy/lint.js'));
export const configCore = once<ConfigCore>(() => import('./lazy/config.js'));
export const indexCore = once<IndexCore>(() => import('./lazy/index-files.js'));
export const sourcesCore = once<SourcesCore>(() => import('./lazy/sources.js'));
export const bibCore = once<BibCore>(() => import('./lazy/bib.js'));
export const exportCore = once<ExportCore>(() => import('./lazy/export.js'));

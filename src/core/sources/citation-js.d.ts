// @citation-js/core 0.7 ships no types; only what core/sources/bibtex.ts uses.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean; target?: string }): Record<string, unknown>[];
    };
    output: {
      format(name: string, data: unknown[], options?: Record<string, unknown>): unknown;
    };
  };
  export const logger: { _log: unknown[]; level: string };
}
declare module '@citation-js/plugin-bibtex';

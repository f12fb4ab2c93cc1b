/**
 * `.evidensplan.jsonc` from Node's file system: the core look-up
 * (src/core/lint/config-lookup.ts, shared with the editor) over `node:fs`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { UiLanguage } from '../core/i18n.js';
import { emptyConfig, type ResolvedConfig } from '../core/lint/config.js';
import { CONFIG_NAME, findConfigSync, loadConfigSync, type ConfigFileKind, type ConfigFs } from '../core/lint/config-lookup.js';
import { ruleIds } from '../core/lint/rules/meta.js';
import { fileKind, readRegularFile } from './read-file.js';

export { CONFIG_NAME };

/** Node's file system for the look-up: paths as given (absolute after `path.resolve`). */
export const nodeConfigFs: ConfigFs<string, true> = {
  parent(p) {
    const up = path.dirname(p);
    return up === p ? undefined : up;
  },
  join: (folder, name) => path.join(folder, name),
  stat(p) {
    const st = statSync(p, { throwIfNoEntry: false });
    return st ? { kind: fileKind(st) as ConfigFileKind, size: st.size } : undefined;
  },
  read(p) {
    // Only a regular file is read (a FIFO given as --config would block for ever).
    const r = readRegularFile(p);
    if ('buf' in r) return r.buf;
    throw 'notRegular' in r ? { notRegular: r.notRegular } : { code: r.error };
  },
  label: (p) => p,
};

/** The nearest `.evidensplan.jsonc` in the file's folder or above it, or undefined. */
export function findConfig(filePath: string): string | undefined {
  return findConfigSync(nodeConfigFs, path.resolve(filePath));
}

/** Reads and parses a config file. Never throws: problems are in `errors` (file, line, column). */
export function loadConfig(file: string, lang: UiLanguage = 'nb', extraRuleIds: Iterable<string> = []): ResolvedConfig {
  return loadConfigSync(nodeConfigFs, file, { knownRules: new Set([...ruleIds, ...extraRuleIds]), lang });
}

/** Caches configs by file so linting a folder reads each config once. */
export class ConfigResolver {
  private cache = new Map<string, ResolvedConfig>();
  constructor(
    private readonly explicit?: string,
    private readonly lang: UiLanguage = 'nb',
  ) {}

  /** The config for `filePath`: the explicit one if given, else the nearest, else defaults. */
  forFile(filePath: string): ResolvedConfig {
    const file = this.explicit ? path.resolve(this.explicit) : findConfig(filePath);
    if (!file) return emptyConfig();
    let cfg = this.cache.get(file);
    if (!cfg) {
      cfg = loadConfig(file, this.lang);
      this.cache.set(file, cfg);
    }
    return cfg;
  }

  /** Every config read so far (to report their errors once). */
  all(): ResolvedConfig[] {
    return [...this.cache.values()];
  }
}

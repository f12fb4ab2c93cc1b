/**
 * Finding and reading `.evidensplan.jsonc` (Node only). The config is found by
 * walking up from the linted file; the CLI and the editor use the same lookup.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { UiLanguage } from '../core/i18n.js';
import { parseConfig, emptyConfig, type ResolvedConfig } from '../core/lint/config.js';
import { ruleIds } from '../core/lint/rules/index.js';
import { describeKind, readRegularFile } from './read-file.js';

export const CONFIG_NAME = '.evidensplan.jsonc';

/** The nearest `.evidensplan.jsonc` in the file's folder or above it, or undefined. */
export function findConfig(filePath: string): string | undefined {
  let dir = path.resolve(filePath);
  try {
    if (!statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (;;) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Reads and parses a config file. Never throws: problems are in `errors` (file, line, column). */
export function loadConfig(file: string, lang: UiLanguage = 'nb', extraRuleIds: Iterable<string> = []): ResolvedConfig {
  // Only a regular file is read (a FIFO given as --config would block for ever).
  const read = readRegularFile(file);
  if (!('buf' in read)) {
    const cfg = emptyConfig();
    cfg.file = file;
    const message =
      'notRegular' in read
        ? `is ${describeKind(read.notRegular, 'en')}, not a regular file`
        : read.error === 'ENOENT'
          ? 'file not found'
          : `cannot be read (${read.error})`;
    cfg.errors.push({ file, line: 1, column: 1, message });
    return cfg;
  }
  const text = new TextDecoder('utf-8').decode(read.buf);
  return parseConfig(text, file, new Set([...ruleIds, ...extraRuleIds]), lang);
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

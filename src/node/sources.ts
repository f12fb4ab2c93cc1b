/**
 * The writer's sources from disk (Node only): a SourceReader over `fs`, and the
 * look-ups the CLI makes — for a plan (its front matter, its config, the
 * nearest `.evidensplan/sources`) or for a folder (the config and sources
 * found from there, for `lookup`, `show` and `sources` without a plan).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../core/lint/config.js';
import type { PlanModel } from '../core/plan/analyze.js';
import { loadSources, type LoadedSources, type SourceReader } from '../core/sources/index.js';
import { REPORT_KEY } from './resources.js';

/** Reads files and folders; missing ones are `undefined`, as the core expects. */
export const nodeReader: SourceReader = {
  async read(file) {
    try {
      return new Uint8Array(await readFile(path.resolve(file)));
    } catch {
      return undefined;
    }
  },
  async list(dir) {
    try {
      return await readdir(path.resolve(dir));
    } catch {
      return undefined;
    }
  },
};

function posix(p: string): string {
  return path.resolve(p).split(path.sep).join('/');
}

function configPart(config: ResolvedConfig | undefined): { file: string; bibliography: string[] } | undefined {
  return config?.file && config.bibliography?.length ? { file: posix(config.file), bibliography: config.bibliography } : undefined;
}

/** The sources a plan can cite: its front matter's, its config's and the nearest source folder's. */
export function loadPlanSources(planFile: string, plan: Pick<PlanModel, 'frontmatter'>, config?: ResolvedConfig): Promise<LoadedSources> {
  return loadSources({ planPath: posix(planFile), frontmatter: plan.frontmatter.data, config: configPart(config), reserved: [REPORT_KEY] }, nodeReader);
}

/** The sources known from a folder (no plan): the config's bibliography and the nearest source folder's. */
export function loadFolderSources(dir: string, config?: ResolvedConfig): Promise<LoadedSources> {
  return loadSources({ startDir: posix(dir), config: configPart(config), reserved: [REPORT_KEY] }, nodeReader);
}

/** A path for messages: relative to `cwd` when under it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, path.resolve(file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/**
 * Which Markdown files are plans. A file is a plan when its front matter has
 * `plantype`, or its path matches one of the `plans` globs of its
 * `.evidensplan.jsonc` (relative to the config's folder). Plans get every
 * rule; other Markdown (a README, notes) keeps only the citation checks, so a
 * citation in it still resolves, but no plan-level rule runs.
 */
import type { ResolvedConfig } from './config.js';
import { BoundedCache } from '../util/cache.js';

/** Rules that check citations; they run on every Markdown file. The others are plan rules. */
export const CITATION_RULES: ReadonlySet<string> = new Set(['unknown-source', 'unknown-locator', 'misquote', 'number-mismatch']);

export type PlanReason = 'plantype' | 'config' | 'option' | 'none';

export interface PlanTreatment {
  plan: boolean;
  /** Why: the front matter's plantype, a `plans` glob of the config, the caller's option, or none of these. */
  reason: PlanReason;
  /** The glob that matched (reason "config"). */
  glob?: string;
}

/** Globs seen lately (a config has a handful; the bound only guards against a generated config). */
const cache = new BoundedCache<string, RegExp>(500);

/**
 * A glob as a regular expression over '/'-separated paths: `**` any folders,
 * `*` and `?` within one name, `{a,b}` alternatives, `[abc]` classes.
 */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let s = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" anything.
        if (glob[i + 2] === '/') {
          s += '(?:[^/]*(?:/|$))*';
          i += 2;
        } else {
          s += '.*';
          i += 1;
        }
      } else s += '[^/]*';
    } else if (c === '?') s += '[^/]';
    else if (c === '{') {
      depth++;
      s += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      s += ')';
    } else if (c === ',' && depth > 0) s += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) s += '\\[';
      else {
        s += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else s += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  re = new RegExp(`^${s}$`, 'u');
  cache.set(glob, re);
  return re;
}

const slashes = (p: string) => p.replace(/\\/g, '/');

/** The path of `file` relative to the folder of `configFile` ('/' separators), or the path itself. */
export function relativeToConfig(file: string, configFile?: string): string {
  const f = slashes(file);
  if (!configFile) return f.replace(/^\.\//, '');
  const c = slashes(configFile);
  const dir = c.slice(0, c.lastIndexOf('/') + 1);
  if (dir && f.startsWith(dir)) return f.slice(dir.length);
  // Windows drive letters may differ in case.
  if (dir && f.toLowerCase().startsWith(dir.toLowerCase())) return f.slice(dir.length);
  return f.replace(/^\.\//, '');
}

/**
 * Whether `file` matches one of `globs` (a glob without "/" matches the file name in any folder).
 * When the file's path is not under the config's folder as written (the editor names the config
 * relative to the workspace, the file by its absolute path), the glob is tried against the path
 * from each of the file's folders down.
 */
export function matchesPlanGlobs(file: string, globs: readonly string[], configFile?: string): string | undefined {
  const rel = relativeToConfig(file, configFile);
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dir = configFile ? slashes(configFile).slice(0, slashes(configFile).lastIndexOf('/') + 1).toLowerCase() : '';
  const under = dir !== '' && slashes(file).toLowerCase().startsWith(dir);
  const tails: string[] = [rel];
  if (!under) for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) tails.push(rel.slice(i + 1));
  for (const g of globs) {
    const glob = slashes(g).replace(/^\.\//, '');
    if (!glob) continue;
    const re = globToRegExp(glob);
    if (tails.some((t) => re.test(t)) || (!glob.includes('/') && re.test(name))) return g;
  }
  return undefined;
}

/** How the engine treats a file: as a plan (every rule) or as other Markdown (citation checks only). */
export function planTreatment(
  frontmatter: { plantype?: string } | undefined,
  filePath: string | undefined,
  config: Pick<ResolvedConfig, 'plans' | 'file'> | undefined,
  option?: boolean,
): PlanTreatment {
  if (option !== undefined) return { plan: option, reason: 'option' };
  if (frontmatter?.plantype) return { plan: true, reason: 'plantype' };
  if (filePath && config?.plans?.length) {
    const glob = matchesPlanGlobs(filePath, config.plans, config.file);
    if (glob) return { plan: true, reason: 'config', glob };
  }
  return { plan: false, reason: 'none' };
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The edit that sets (or, with `undefined`, removes) `plantype` in a Markdown text's front matter. */
export function plantypeEdit(text: string, plantype: string | undefined): { start: number; end: number; text: string } | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const m = FENCE.exec(text.slice(bom));
  if (!m) return plantype ? { start: bom, end: bom, text: `---${eol}plantype: ${plantype}${eol}---${eol}${eol}` } : undefined;
  const bodyStart = bom + m[0].indexOf(m[1]);
  const line = /^plantype[ \t]*:.*$/m.exec(m[1]);
  if (line) {
    const start = bodyStart + line.index;
    if (plantype) return { start, end: start + line[0].length, text: `plantype: ${plantype}` };
    let end = start + line[0].length;
    if (text.slice(end, end + eol.length) === eol) end += eol.length;
    return { start, end, text: '' };
  }
  if (!plantype) return undefined;
  return { start: bodyStart, end: bodyStart, text: `plantype: ${plantype}${eol}` };
}


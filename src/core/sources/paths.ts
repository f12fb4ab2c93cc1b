/** Posix path helpers for the loader (core imports no Node module; the faces map paths to files or URIs). */

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p);
}

export function normalizePath(p: string): string {
  const posix = toPosix(p);
  const lead = /^(?:[a-zA-Z]:)?\//.exec(posix)?.[0] ?? '';
  const out: string[] = [];
  for (const part of posix.slice(lead.length).split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!lead) out.push('..');
    } else out.push(part);
  }
  return lead + out.join('/');
}

export function dirname(p: string): string {
  const n = normalizePath(p);
  const i = n.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  const d = n.slice(0, i);
  return /^[a-zA-Z]:$/.test(d) ? `${d}/` : d;
}

export function joinPath(dir: string, rel: string): string {
  if (isAbsolutePath(rel)) return normalizePath(rel);
  return normalizePath(`${toPosix(dir)}/${rel}`);
}

/** `dir` and every folder above it, nearest first. */
export function ancestors(dir: string): string[] {
  const out: string[] = [];
  let d = normalizePath(dir);
  for (let i = 0; i < 64; i++) {
    out.push(d);
    const up = dirname(d);
    if (up === d || up === '.') break;
    d = up;
  }
  return out;
}

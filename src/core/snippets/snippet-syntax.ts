/**
 * A tiny template language for the section and plan templates in
 * `resources/templates/`, rendered two ways from the same source:
 *
 * - `text`: plain Markdown, placeholders shown as `[hint]` so a writer sees
 *   what to fill in (used by quick fixes, the CLI and new untitled plans);
 * - `snippet`: VS Code snippet syntax with numbered tabstops, every literal
 *   `$`, `}` and `\` escaped so report or plan text can never be read as
 *   snippet syntax.
 *
 * Template syntax (in the JSON data):
 *   {name}          a variable, filled from `vars` (literal text, escaped)
 *   {{hint}}        a placeholder: snippet `${n:hint}`, text `[hint]`
 *   {{a|b|c}}       a choice: snippet `${n|a,b,c|}`, text `a`
 * Anything else is literal. Unknown variables stay as written.
 */

/** Escapes literal text for VS Code snippet syntax (outside and inside `${n:…}`). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes one option of a snippet choice `${n|a,b|}`. */
export function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

/** Numbering shared across the parts of one snippet. */
export class TabstopCounter {
  private n = 0;
  next(): number {
    this.n += 1;
    return this.n;
  }
  get count(): number {
    return this.n;
  }
}

export interface Rendered {
  text: string;
  snippet: string;
}

const TOKEN = /\{\{([^{}]*)\}\}|\{([\p{L}\p{N}_-]+)\}/gu;

/**
 * Renders one template string both ways. `counter` numbers the tabstops of the
 * snippet form; pass the same counter for every part of one snippet.
 */
export function renderTemplate(
  template: string,
  vars: Record<string, string>,
  counter: TabstopCounter,
): Rendered {
  let text = '';
  let snippet = '';
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    const literal = template.slice(last, m.index);
    text += literal;
    snippet += escapeSnippet(literal);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const hint = m[1].trim();
      const options = hint.split('|').map((o) => o.trim()).filter(Boolean);
      const n = counter.next();
      if (options.length > 1) {
        text += options[0];
        snippet += `\${${n}|${options.map(escapeChoice).join(',')}|}`;
      } else {
        text += `[${hint}]`;
        snippet += `\${${n}:${escapeSnippet(hint)}}`;
      }
    } else {
      const name = m[2];
      const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : m[0];
      text += value;
      snippet += escapeSnippet(value);
    }
  }
  const rest = template.slice(last);
  text += rest;
  snippet += escapeSnippet(rest);
  return { text, snippet };
}

/** Literal text (no template syntax) in both forms. */
export function literal(text: string): Rendered {
  return { text, snippet: escapeSnippet(text) };
}

/** Joins rendered parts. */
export function join(parts: Rendered[], sep = ''): Rendered {
  return {
    text: parts.map((p) => p.text).join(sep),
    snippet: parts.map((p) => p.snippet).join(escapeSnippet(sep)),
  };
}

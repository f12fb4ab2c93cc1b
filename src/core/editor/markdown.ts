/**
 * A tiny builder for hover Markdown that escapes everything it quotes, so that
 * text from the report or the plan can never inject Markdown, HTML or command
 * links (as in vscode-markdown-languageservice). Only `command()` produces
 * links, and only to the extension's own commands.
 */

/** The only commands a hover may link to; the VS Code adapter trusts exactly these. */
export const HOVER_COMMANDS = [
  'evidensplan.openInReport',
  'evidensplan.copyCitation',
  'evidensplan.insertCitation',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** Escapes every ASCII punctuation character (CommonMark allows all of them) and flattens whitespace. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[!-\/:-@\[-`{-~]/g, (c) => `\\${c}`);
}

/** A `command:` URI with JSON arguments, safe inside a Markdown link destination. */
export function commandUri(command: HoverCommand, args: unknown[]): string {
  const json = encodeURIComponent(JSON.stringify(args)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${json}`;
}

export class MarkdownBuilder {
  private parts: string[] = [];

  /** Plain text, escaped. */
  text(s: string): this {
    this.parts.push(escapeMarkdown(s));
    return this;
  }
  /** Bold text, escaped. */
  bold(s: string): this {
    this.parts.push(`**${escapeMarkdown(s)}**`);
    return this;
  }
  /** Italic text, escaped. */
  italic(s: string): this {
    this.parts.push(`*${escapeMarkdown(s)}*`);
    return this;
  }
  /** Inline code; backticks in `s` are handled by choosing a longer fence. */
  code(s: string): this {
    const clean = s.replace(/\s+/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    this.parts.push(`${fence}${pad}${clean}${pad}${fence}`);
    return this;
  }
  /** A link to one of our commands; the label is escaped, the title is escaped too. */
  command(label: string, command: HoverCommand, args: unknown[], title?: string): this {
    const t = title ? ` "${title.replace(/\s+/g, ' ').replace(/["\\]/g, (c) => `\\${c}`)}"` : '';
    this.parts.push(`[${escapeMarkdown(label)}](${commandUri(command, args)}${t})`);
    return this;
  }
  /** Raw Markdown produced by this module only (separators, list markers). */
  raw(s: string): this {
    this.parts.push(s);
    return this;
  }
  /** A paragraph break. */
  paragraph(): this {
    this.parts.push('\n\n');
    return this;
  }
  /** A block quote of escaped text. */
  quote(s: string): this {
    this.parts.push(`> ${escapeMarkdown(s)}`);
    return this;
  }
  /** A horizontal rule between sections of a hover. */
  rule(): this {
    this.parts.push('\n\n---\n\n');
    return this;
  }
  toString(): string {
    return this.parts.join('').replace(/\n{3,}/g, '\n\n').trim();
  }
}

/** Shortens `text` at a word boundary to at most `max` characters, with "…"; returns whether it was cut. */
export function shorten(text: string, max: number): { text: string; cut: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { text: clean, cut: false };
  let cut = clean.lastIndexOf(' ', max - 1);
  if (cut < max * 0.6) cut = max - 1;
  return { text: `${clean.slice(0, cut).replace(/[\s,;:.–-]+$/u, '')} …`, cut: true };
}

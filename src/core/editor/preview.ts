/**
 * A markdown-it plugin for the Markdown preview: citations render as links
 * whose title (tooltip) is the cited finding's text. Everything is escaped by
 * markdown-it's own escapeHtml; the plugin never emits text it did not escape.
 *
 * The resolver is synchronous (markdown-it is); until the index has loaded it
 * may return undefined and the citation renders as a plain, unlinked span.
 */
import type MarkdownIt from 'markdown-it';
import { scanCitations } from '../cite/scan.js';
import type { CitationGroup, CitationItem } from '../cite/types.js';
import { commandUri } from './markdown.js';
import type { UiLanguage } from '../i18n.js';
import type { EditorReport } from './types.js';
import { explainUnresolved, resolveItem } from './citations.js';
import { shorten } from './markdown.js';

export interface CitationRendering {
  /** Tooltip text (plain; escaped by the plugin). */
  title: string;
  /** Link target; undefined renders a span. */
  href?: string;
  resolved: boolean;
}

export type CitationResolver = (item: CitationItem) => CitationRendering | undefined;

const TOKEN = 'evidensplan_citation';
const MAX_SCAN = 2000;

/** A resolver over a loaded report: the finding text as title, "open in report" as link. */
export function reportResolver(report: EditorReport, lang: UiLanguage = 'nb', maxTitle = 1000): CitationResolver {
  return (item) => {
    const r = resolveItem(item, report);
    if (r.status === 'whole-source') return { title: report.source.title, resolved: true };
    if (r.status === 'ok') {
      return {
        title: `${r.finding.citation} ${shorten(r.finding.text, maxTitle).text}`,
        href: commandUri('evidensplan.openInReport', [r.finding.locator]),
        resolved: true,
      };
    }
    const { message, nearest } = explainUnresolved(item, r, report, lang);
    return { title: nearest.length ? `${message} (${nearest.slice(0, 3).join(', ')})` : message, resolved: false };
  };
}

/** Installs the plugin; `getResolver` is asked on every render (the index may load later). */
export function citationPreviewPlugin(md: MarkdownIt, getResolver: () => CitationResolver | undefined): MarkdownIt {
  md.inline.ruler.before('link', TOKEN, (state, silent) => {
    const src = state.src;
    const pos = state.pos;
    const c = src.charCodeAt(pos);
    if (c !== 0x5b /* [ */ && c !== 0x40 /* @ */) return false;
    if (pos > 0 && src.charCodeAt(pos - 1) === 0x5c /* \ */) return false;
    let groups: CitationGroup[];
    try {
      groups = scanCitations(src, pos, Math.min(state.posMax, pos + MAX_SCAN));
    } catch {
      return false;
    }
    const g = groups[0];
    if (!g || g.start !== pos || g.end <= pos || !g.items.some((i) => i.key)) return false;
    // A bare "@word" that is not followed by a locator is left alone unless it is a known citation form.
    if (!silent) {
      const token = state.push(TOKEN, '', 0);
      token.content = src.slice(g.start, g.end);
      token.meta = { group: g };
    }
    state.pos = g.end;
    return true;
  });

  md.renderer.rules[TOKEN] = (tokens, idx) => {
    const token = tokens[idx];
    const group = (token.meta as { group: CitationGroup }).group;
    const esc = md.utils.escapeHtml;
    let resolver: CitationResolver | undefined;
    try {
      resolver = getResolver();
    } catch {
      resolver = undefined;
    }
    const renderings: CitationRendering[] = [];
    if (resolver) {
      for (const item of group.items) {
        if (!item.key) continue;
        try {
          const r = resolver(item);
          if (r) renderings.push(r);
        } catch {
          /* leave this item out */
        }
      }
    }
    const label = esc(token.content.replace(/\s+/g, ' '));
    if (!renderings.length) return `<span class="evidensplan-citation">${label}</span>`;
    const title = esc(renderings.map((r) => r.title).join('\n\n'));
    const ok = renderings.every((r) => r.resolved);
    const href = renderings.find((r) => r.href)?.href;
    const cls = ok ? 'evidensplan-citation' : 'evidensplan-citation evidensplan-citation-unresolved';
    if (!href) return `<span class="${cls}" title="${title}">${label}</span>`;
    return `<a class="${cls}" href="${esc(href)}" title="${title}">${label}</a>`;
  };
  return md;
}

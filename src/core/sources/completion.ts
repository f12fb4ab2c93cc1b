/**
 * Completion of the writer's sources after `[@` (and `; @`): a bibliography
 * entry as `[@key]`, an indexed source's findings ranked by its own search
 * over the typed words and the surrounding paragraph — the report's
 * completion (core/editor/completion.ts) run over the indexed source. The
 * editor adds these to the report's items.
 */
import type { UiLanguage } from '../i18n.js';
import { completionItems, type CompletionContext, type CompletionItemData } from '../editor/completion.js';
import type { EditorPlan } from '../editor/types.js';
import { BibSource, IndexedSource, type WriterSource } from './indexed-source.js';

export interface WriterCompletionItem extends CompletionItemData {
  /** The source key the item cites. */
  key: string;
  /** Markdown-free one-line documentation: the formatted entry. */
  entry: string;
}

/** Whether `typed` (the text after `@`) reads as the start of `key`. */
function startsKey(typed: string, key: string): boolean {
  return !!typed && key.toLowerCase().startsWith(typed.toLowerCase());
}

export function writerCompletionItems(
  ctx: CompletionContext,
  plan: Pick<EditorPlan, 'text'>,
  sources: Iterable<WriterSource>,
  options: { lang?: UiLanguage; limit?: number } = {},
): WriterCompletionItem[] {
  const lang = options.lang ?? 'nb';
  const limit = options.limit ?? 60;
  const all = [...sources];
  // A key being typed narrows to the sources it can still become; otherwise every source is offered.
  const named = ctx.key ? all.filter((s) => startsKey(ctx.key, s.source.key)) : [];
  const pool = named.length ? named : all;
  const out: WriterCompletionItem[] = [];
  for (const src of pool) {
    const key = src.source.key;
    const entry = src.describe(lang);
    const keyed = startsKey(ctx.key, key);
    // Items of a source whose key is typed sort before the report's; others after them.
    const rank = keyed ? '!' : '~';
    if (src instanceof BibSource) {
      const citation = `[@${key}]`;
      const insert = ctx.mode === 'group' ? (ctx.closed ? citation.slice(0, -1) : citation) : `@${key}`;
      out.push({
        label: citation,
        detail: entry,
        description: '',
        filterText: `${insert.replace(/\]$/, '')} ${src.source.title}`.slice(0, 128),
        insertText: insert,
        sortText: `${rank}0`,
        range: ctx.range,
        locator: '',
        kind: 'section',
        key,
        entry,
      });
    }
    if (src instanceof IndexedSource) {
      let items: CompletionItemData[] = [];
      try {
        // A word where the key goes is a query for every source (completionItems reads it so).
        items = completionItems(ctx, plan, src, src.search(), { lang, limit });
      } catch {
        items = [];
      }
      for (const it of items) out.push({ ...it, sortText: `${rank}1${it.sortText}`, preselect: keyed ? it.preselect : undefined, key, entry });
    }
  }
  return out.slice(0, limit * Math.max(1, pool.length));
}

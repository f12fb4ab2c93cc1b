/**
 * The Markdown preview: citations render as links whose tooltip is the cited
 * finding's text (core/editor/preview.ts is the markdown-it plugin). The
 * report loads on the first preview; until then citations render unlinked.
 */
import type MarkdownIt from 'markdown-it';
import { citationPreviewPlugin, reportResolver, type CitationResolver } from '../core/editor/preview.js';
import type { ExtensionServices } from './services-impl.js';
import { errorText, log } from './util.js';

export function extendMarkdownIt(md: MarkdownIt, services: ExtensionServices): MarkdownIt {
  let cached: { lang: string; report: unknown; resolver: CitationResolver } | undefined;
  // Start loading now so the next render has the findings.
  services.getReport().catch((err: unknown) => log().warn(`preview: ${errorText(err)}`));
  return citationPreviewPlugin(md, () => {
    const report = services.reportIfLoaded;
    if (!report) return undefined;
    const lang = services.uiLanguage();
    if (!cached || cached.report !== report || cached.lang !== lang) {
      cached = { lang, report, resolver: reportResolver(report, lang) };
    }
    return cached.resolver;
  });
}

/** Messages for problems with the writer's sources (Bokmål, English, Nynorsk). */
import { catalogue, translate, type UiLanguage } from '../i18n.js';
import type { SourceProblem } from './types.js';

const messages = catalogue('sources');

/** The problem as one sentence in the UI language. */
export function problemMessage(p: SourceProblem, lang: UiLanguage = 'nb'): string {
  const code = p.code === 'bad-value' && p.params.key === 'references' ? 'bad-references' : p.code;
  const params: Record<string, string | number> = { path: p.file, line: p.line, column: p.column, ...p.params };
  if (code === 'no-metadata' && p.params.detail) params.detail = translate(messages, `detail.${p.params.detail}`, lang);
  return translate(messages, code, lang, params);
}

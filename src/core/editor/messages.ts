/** User-facing text of the editor features (nb default, en, nn). */
import { catalogue, translate, type UiLanguage } from '../i18n.js';

export const editorMessages = catalogue('editor');

export type EditorMessageKey = keyof typeof editorMessages;

export function t(key: EditorMessageKey, lang: UiLanguage, params: Record<string, string | number> = {}): string {
  return translate(editorMessages, key, lang, params);
}

/**
 * User-facing text: Norwegian Bokmål by default, English and Nynorsk by a
 * setting. VS Code has no Norwegian display language, so the language is our
 * own setting (`evidensplan.language`), never VS Code's locale alone.
 *
 * Each feature keeps its own small catalogue (`const messages = {...} satisfies Catalogue`)
 * next to its code and calls `translate(messages, key, lang, params)`.
 */

export type UiLanguage = 'nb' | 'nn' | 'en';

export interface Entry {
  nb: string;
  en: string;
  /** Optional: falls back to Bokmål. */
  nn?: string;
}

export type Catalogue = Record<string, Entry>;

export function isUiLanguage(x: unknown): x is UiLanguage {
  return x === 'nb' || x === 'nn' || x === 'en';
}

/** Looks up `key` and fills `{name}` placeholders from `params`. Unknown keys return the key itself. */
export function translate(
  catalogue: Catalogue,
  key: string,
  lang: UiLanguage = 'nb',
  params: Record<string, string | number> = {},
): string {
  const entry = catalogue[key];
  const template = entry ? (lang === 'nn' ? entry.nn ?? entry.nb : entry[lang]) : key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

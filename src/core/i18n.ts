/**
 * User-facing text: Norwegian Bokmål by default, English and Nynorsk by a
 * setting. VS Code has no Norwegian display language, so the language is our
 * own setting (`evidensplan.language`), never VS Code's locale alone.
 *
 * Every message lives in `resources/lang/{nb,nn,en}.json`, grouped by namespace
 * (one per feature: `rule.misquote`, `editor`, `cli.show`, …). A feature takes
 * its namespace with `catalogue('<namespace>')` and calls
 * `translate(messages, key, lang, params)`. A Nynorsk text that is missing
 * falls back to Bokmål; English is required (test/i18n checks the files).
 */
import nbMessages from '../../resources/lang/nb.json' with { type: 'json' };
import nnMessages from '../../resources/lang/nn.json' with { type: 'json' };
import enMessages from '../../resources/lang/en.json' with { type: 'json' };

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

/** The namespaces of resources/lang (one per feature). */
export type Namespace = keyof typeof nbMessages;
type Texts = Record<string, Record<string, string>>;

/**
 * The messages of one namespace as a catalogue, keyed as in the JSON files (the
 * keys are typed from nb.json, so a misspelt key does not compile).
 */
export function catalogue<N extends Namespace>(ns: N): Record<keyof (typeof nbMessages)[N], Entry> {
  const nb = (nbMessages as Texts)[ns];
  const en = (enMessages as Texts)[ns] ?? {};
  const nn = (nnMessages as Texts)[ns] ?? {};
  const out: Record<string, Entry> = {};
  for (const key of Object.keys(nb)) {
    const e: Entry = { nb: nb[key], en: en[key] ?? nb[key] };
    if (nn[key] !== undefined) e.nn = nn[key];
    out[key] = e;
  }
  return out as Record<keyof (typeof nbMessages)[N], Entry>;
}

/** One message of a namespace in all languages (e.g. a rule's description). */
export function entry<N extends Namespace>(ns: N, key: keyof (typeof nbMessages)[N] & string): Entry {
  return (catalogue(ns) as Record<string, Entry>)[key];
}

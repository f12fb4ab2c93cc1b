/** User-facing texts about outdated terms (message catalogue nb/en/nn). */
import { catalogue, translate, type UiLanguage } from '../i18n.js';
import type { OutdatedMatch } from './outdated.js';

const MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "1. januar 2021" / "1 January 2021" from an ISO date. */
export function formatDate(iso: string, lang: UiLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = Number(m[3]);
  const month = (lang === 'en' ? MONTHS.en : MONTHS.nb)[Number(m[2]) - 1];
  return lang === 'en' ? `${day} ${month} ${m[1]}` : `${day}. ${month} ${m[1]}`;
}

export const messages = catalogue('terms');

function choiceList(items: string[], lang: UiLanguage): string {
  const q = (s: string) => (lang === 'en' ? `"${s}"` : `«${s}»`);
  if (items.length <= 1) return items.map(q).join('');
  return `${items.slice(0, -1).map(q).join(', ')} ${translate(messages, 'or', lang)} ${q(items[items.length - 1])}`;
}

/** The diagnostic message for a match: names the change, its date and its source. */
export function describeOutdated(m: OutdatedMatch, lang: UiLanguage = 'nb'): string {
  const term = m.term;
  const change = (lang === 'nn' ? term.change.nn : undefined) ?? (lang === 'en' ? term.change.en : term.change.nb);
  const label = term.changedLabel ? ((lang === 'nn' ? term.changedLabel.nn : undefined) ?? (lang === 'en' ? term.changedLabel.en : term.changedLabel.nb)) : undefined;
  const params = { old: m.text.replace(/\s+/g, ' '), change, date: label ?? formatDate(term.changed, lang), source: term.source.short ?? term.source.name, new: m.replacements[0] ?? '', choices: choiceList(m.replacements, lang) };
  if (m.replacements.length > 1) return translate(messages, 'outdatedChoice', lang, params);
  return translate(messages, term.advisory ? 'advisory' : 'outdated', lang, params);
}

/** The light-bulb title of replacing a match by `replacement`. */
export function fixTitle(replacement: string, lang: UiLanguage = 'nb'): string {
  return translate(messages, 'fix', lang, { new: replacement });
}

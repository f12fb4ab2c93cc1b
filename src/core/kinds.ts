/**
 * The one label of each finding kind ("læringspunkt", "learning point", …) in
 * every face: hover, completion, the editor search, `lookup` and `show`.
 */
import { catalogue, translate, type UiLanguage } from './i18n.js';
import type { FindingKind } from './model.js';

const KINDS = catalogue('kind');

/** The kind's label in `lang`; `capital` for the start of a line or a heading ("Læringspunkt"). */
export function kindLabel(kind: FindingKind, lang: UiLanguage = 'nb', opts: { capital?: boolean } = {}): string {
  const label = translate(KINDS, kind, lang);
  return opts.capital ? label.charAt(0).toLocaleUpperCase('nb') + label.slice(1) : label;
}

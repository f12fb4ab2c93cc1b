/**
 * Municipal examples: which of the interviewed municipalities (the list is
 * data, resources/report/ks2021.municipalities.json, with its source) a
 * passage is about, or names.
 */
import type { Section } from '../../core/model.js';
import type { MunicipalityEntry } from './layout.js';
import { sentences } from '../../core/corpus/numbers.js';

const nameRes = new WeakMap<MunicipalityEntry, RegExp>();
function nameRe(e: MunicipalityEntry): RegExp {
  let re = nameRes.get(e);
  if (!re) {
    const alts = (e.match ?? [e.name]).map((nm) => nm.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
    re = new RegExp(`(?<![\\p{L}])(?:${alts})(?![\\p{L}])`, 'u');
    nameRes.set(e, re);
  }
  return re;
}

/** The method chapter, the front matter and the appendices list the interviewed municipalities; they are not about them. */
const NOT_ABOUT = /^(?:forord|summary|vedlegg-\d+|1(?:\.\d+)*)$/;

function named(txt: string, list: MunicipalityEntry[]): string[] {
  const out = list.filter((e) => nameRe(e).test(txt)).map((e) => e.name);
  // "Oslo/Bydel Stovner" implies Oslo: keep the most specific name only.
  return out.some((x) => x.startsWith('Oslo/')) ? out.filter((x) => x !== 'Oslo') : out;
}

/** Municipalities a paragraph is about (a municipal example): named in its first sentence, outside the method and front matter. */
export function aboutMunicipalities(txt: string, s: Section, list: MunicipalityEntry[]): string[] {
  if (NOT_ABOUT.test(s.id)) return [];
  return named(sentences(txt)[0]?.text ?? txt, list);
}

/** Municipalities a passage names anywhere (an example inside a general point: "Flere kommuner, f.eks. Stavanger, …"). */
export function mentionedMunicipalities(txt: string, s: Section, list: MunicipalityEntry[]): string[] {
  return NOT_ABOUT.test(s.id) ? [] : named(txt, list);
}

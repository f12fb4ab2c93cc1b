/** Messages for problems with the writer's sources (Bokmål, English, Nynorsk). */
import { translate, type Catalogue, type UiLanguage } from '../i18n.js';
import type { SourceProblem } from './types.js';

const messages = {
  'missing-file': {
    nb: 'Finner ikke {path}. Sjekk stien (den leses relativt til {base}).',
    en: 'Cannot find {path}. Check the path (it is read relative to {base}).',
    nn: 'Finn ikkje {path}. Sjekk stien (han blir lesen relativt til {base}).',
  },
  'bib-syntax': {
    nb: 'Bibliografien {path} kan ikke leses (linje {line}, kolonne {column}): {detail}. Ingen nøkler fra den er med.',
    en: 'The bibliography {path} does not parse (line {line}, column {column}): {detail}. None of its keys are loaded.',
    nn: 'Bibliografien {path} kan ikkje lesast (linje {line}, kolonne {column}): {detail}. Ingen nøklar frå han er med.',
  },
  'bib-format': {
    nb: '{path}: ukjent bibliografiformat; bruk .json (CSL-JSON), .yaml (CSL-YAML) eller .bib (BibTeX), som pandoc.',
    en: '{path}: unknown bibliography format; use .json (CSL-JSON), .yaml (CSL-YAML) or .bib (BibTeX), as pandoc does.',
    nn: '{path}: ukjent bibliografiformat; bruk .json (CSL-JSON), .yaml (CSL-YAML) eller .bib (BibTeX), som pandoc.',
  },
  'bib-empty': {
    nb: 'Bibliografien {path} har ingen oppføringer.',
    en: 'The bibliography {path} has no entries.',
    nn: 'Bibliografien {path} har ingen oppføringar.',
  },
  'bib-no-id': {
    nb: 'Oppføring {index} i {path} har ingen id (nøkkel) og kan ikke siteres.',
    en: 'Entry {index} in {path} has no id (key) and cannot be cited.',
    nn: 'Oppføring {index} i {path} har ingen id (nøkkel) og kan ikkje siterast.',
  },
  'duplicate-key': {
    nb: 'Nøkkelen «{key}» finnes to ganger (også i {other}); den første brukes.',
    en: 'The key "{key}" is declared twice (also in {other}); the first one is used.',
    nn: 'Nøkkelen «{key}» finst to gonger (òg i {other}); den første blir brukt.',
  },
  'no-metadata': {
    nb: 'Kildemappen {path} mangler gyldig source.csl.json ({detail}); kilden «{key}» er ikke lastet. Legg inn en CSL-JSON-oppføring med "id": "{key}".',
    en: 'The source folder {path} has no valid source.csl.json ({detail}); the source "{key}" is not loaded. Add a CSL-JSON item with "id": "{key}".',
    nn: 'Kjeldemappa {path} manglar gyldig source.csl.json ({detail}); kjelda «{key}» er ikkje lasta. Legg inn ei CSL-JSON-oppføring med "id": "{key}".',
  },
  'no-text': {
    nb: 'Kildemappen {path} mangler source.md; «{key}» er kjent, men uten tekst å slå opp i.',
    en: 'The source folder {path} has no source.md; "{key}" is known, but has no text to look up.',
    nn: 'Kjeldemappa {path} manglar source.md; «{key}» er kjend, men utan tekst å slå opp i.',
  },
  'too-large': {
    nb: '{path} er {size} MB; grensen er {max} MB. Del dokumentet eller ta bare med de delene planen viser til.',
    en: '{path} is {size} MB; the limit is {max} MB. Split the document or keep only the parts the plan cites.',
    nn: '{path} er {size} MB; grensa er {max} MB. Del dokumentet eller ta berre med dei delane planen viser til.',
  },
  encoding: {
    nb: '{path} er ikke UTF-8-tekst (første feil ved byte {byte}); lagre filen som UTF-8. Den er ikke lastet.',
    en: '{path} is not UTF-8 text (first error at byte {byte}); save the file as UTF-8. It was not loaded.',
    nn: '{path} er ikkje UTF-8-tekst (første feil ved byte {byte}); lagra fila som UTF-8. Ho er ikkje lasta.',
  },
  'bad-value': {
    nb: '«bibliography» må være en sti eller en liste med stier (til .json-, .yaml- eller .bib-filer).',
    en: '"bibliography" must be a path or a list of paths (to .json, .yaml or .bib files).',
    nn: '«bibliography» må vere ein sti eller ei liste med stiar (til .json-, .yaml- eller .bib-filer).',
  },
  'bad-references': {
    nb: '«references» må være en liste med CSL-oppføringer, hver med id (som i pandoc).',
    en: '"references" must be a list of CSL items, each with an id (as in pandoc).',
    nn: '«references» må vere ei liste med CSL-oppføringar, kvar med id (som i pandoc).',
  },
  'duplicate-locator': {
    nb: '{locator} finnes to ganger i kilden (også på linje {other}); bare den første kan siteres.',
    en: '{locator} occurs twice in the source (also on line {other}); only the first can be cited.',
    nn: '{locator} finst to gonger i kjelda (òg på linje {other}); berre den første kan siterast.',
  },
  'unnumbered-heading': {
    nb: 'Overskriften «{title}» har ikke nummer, så innholdet under den kan ikke siteres. Skriv nummeret først («## 2.1 {title}»).',
    en: 'The heading "{title}" has no number, so the text under it cannot be cited. Put its number first ("## 2.1 {title}").',
    nn: 'Overskrifta «{title}» har ikkje nummer, så innhaldet under ho kan ikkje siterast. Skriv nummeret først («## 2.1 {title}»).',
  },
  'footnote-label': {
    nb: 'Fotnoten [^{label}] har ikke et tall som merke, så den kan ikke siteres som fn. N.',
    en: 'The footnote [^{label}] is not labelled with a number, so it cannot be cited as fn. N.',
    nn: 'Fotnoten [^{label}] har ikkje eit tal som merke, så han kan ikkje siterast som fn. N.',
  },
  'detail.missing': { nb: 'filen finnes ikke', en: 'the file is missing', nn: 'fila finst ikkje' },
  'detail.empty': { nb: 'ingen oppføring', en: 'no item', nn: 'inga oppføring' },
  'detail.other-id': { nb: 'flere oppføringer, ingen med denne nøkkelen', en: 'several items, none with this key', nn: 'fleire oppføringar, inga med denne nøkkelen' },
} satisfies Catalogue;

/** The problem as one sentence in the UI language. */
export function problemMessage(p: SourceProblem, lang: UiLanguage = 'nb'): string {
  const code = p.code === 'bad-value' && p.params.key === 'references' ? 'bad-references' : p.code;
  const params: Record<string, string | number> = { path: p.file, line: p.line, column: p.column, ...p.params };
  if (code === 'no-metadata' && p.params.detail) params.detail = translate(messages, `detail.${p.params.detail}`, lang);
  return translate(messages, code, lang, params);
}

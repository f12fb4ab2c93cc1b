/**
 * Seeded, reproducible generator of realistic Norwegian preparedness-plan Markdown,
 * for benchmarks and robustness tests.
 *
 * The words are real: sentences come from the report itself
 * (`resources/report/ks2021.txt`, attributed to the section they stand in, so a
 * quote cut from one and cited to that section is faithful), from the example plans
 * in `examples/` when present, and from a small set of plan phrases below. On top
 * of that the generator places, at a realistic density: front matter, numbered
 * headings, paragraphs, bullet and numbered lists, tables, citations in every
 * contract form (`[@ks2021, lp. 3.5.1]`, several, with prefix, author in text),
 * quotes («…») attached to citations (some faithful, some altered), percentages and
 * counts, and outdated terms (Fylkesmannen, rådmannen, helsesøster).
 *
 * Same seed and same repository content → byte-identical output.
 *
 *   import { generatePlan, SIZES } from './gen.js';
 *   const md = generatePlan({ bytes: SIZES['300KB'], seed: 3 });
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEARNING_POINT_COUNTS } from '../src/build/corpus/checks.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SIZES = {
  '10KB': 10 * 1024,
  '100KB': 100 * 1024,
  '300KB': 300 * 1024,
  '1MB': 1024 * 1024,
} as const;
export type SizeName = keyof typeof SIZES;

export interface GenOptions {
  /** Target size in UTF-8 bytes; output ends at the first block boundary at or after it. */
  bytes: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Plan language (default: nb). Nynorsk plans use Nynorsk plan phrases around report quotes. */
  language?: 'nb' | 'nn';
  /** Municipality named in the front matter and title. */
  kommune?: string;
}

// ---------------------------------------------------------------------------
// PRNG

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Pick {
  constructor(readonly r: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  one<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
}

// ---------------------------------------------------------------------------
// Source material

/** Learning-point sections and their bullet counts (the build's own check data). */
export const LEARNING_POINTS = LEARNING_POINT_COUNTS;

export interface SourceSentence {
  text: string;
  /** The locator the sentence can be cited with: "kap. 3.4.3" or "lp. 3.5.1". */
  locator: string;
}

interface Material {
  report: SourceSentence[];
  chapters: string[];
  planNb: string[];
  planNn: string[];
}

let material: Material | undefined;

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ«])/)
    .map(clean)
    .filter((s) => s.length >= 40 && s.length <= 320);
}

/** A sentence is usable when extraction artefacts (footnote markers, URLs, figure labels) are absent. */
function usable(s: string): boolean {
  return (
    /^[A-ZÆØÅ«]/.test(s) &&
    /[.!?]$/.test(s) &&
    !/[a-zæøå)»][0-9]{1,3}\b/.test(s) && // glued footnote marker
    !/https?:|www\.|Figur \d|vedlegg \d|\bSe figur/i.test(s) &&
    !/[\u0000-\u0008]/.test(s)
  );
}

/** Scans the report: sentences with the section (or learning point) they stand in. */
function reportSentences(text: string): { sentences: SourceSentence[]; chapters: string[] } {
  const lines = text.split(/\r?\n/);
  const sentences: SourceSentence[] = [];
  const chapters: string[] = [];
  let section: string | undefined;
  let lpIndex = 0;
  let para: string[] = [];
  let paraStartsBullet = false;
  const flush = () => {
    if (!para.length || !section) {
      para = [];
      return;
    }
    const joined = para.join(' ');
    para = [];
    if (/^\d/.test(joined.trim())) return; // footnote block
    let locator = `kap. ${section}`;
    if (LEARNING_POINTS[section] !== undefined) {
      if (paraStartsBullet) lpIndex++;
      if (lpIndex >= 1 && lpIndex <= LEARNING_POINTS[section]) locator = `lp. ${section}.${lpIndex}`;
    }
    for (const s of splitSentences(joined)) if (usable(s)) sentences.push({ text: s, locator });
  };
  for (const line of lines) {
    const heading = /^ ?(\d{1,2}(?:\.\d{1,2}){1,3}) +[A-ZÆØÅ]/.exec(line);
    if (heading && Number(heading[1].split('.')[0]) <= 11) {
      flush();
      section = heading[1];
      lpIndex = 0;
      chapters.push(section);
      continue;
    }
    if (line.trim() === '') {
      flush();
      paraStartsBullet = false;
      continue;
    }
    if (!para.length) paraStartsBullet = /^ {1,2}[A-ZÆØÅ]/.test(line);
    para.push(line);
  }
  flush();
  return { sentences, chapters: [...new Set(chapters)] };
}

/** Sentences of the example plans (Markdown syntax and citations stripped), split by language. */
function exampleSentences(): { nb: string[]; nn: string[] } {
  const dir = path.join(root, 'examples');
  const out = { nb: [] as string[], nn: [] as string[] };
  if (!existsSync(dir)) return out;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (const f of files) {
    const md = readFileSync(path.join(dir, f), 'utf8');
    const lang = /^språk:\s*nn\b/m.test(md) ? 'nn' : 'nb';
    const body = md
      .replace(/^---[\s\S]*?\n---\n/, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\[[^\]]*@[^\]]*\]/g, '')
      .replace(/@\w+/g, '')
      .replace(/^[#>|].*$/gm, '')
      .replace(/^\s*([-*+]|\d+\.)\s+/gm, '')
      .replace(/[*_`]/g, '');
    for (const p of body.split(/\n\s*\n/)) {
      for (const s of splitSentences(p)) if (/^[A-ZÆØÅ]/.test(s) && /[.!?]$/.test(s)) out[lang].push(s);
    }
  }
  return out;
}

/** Plan phrasing as municipalities write it (with outdated terms, numbers and survey claims). */
const PLAN_NB = [
  'Kommunens kriseledelse består av ordfører, kommunedirektør, kommuneoverlege og beredskapskoordinator.',
  'Rådmannen leder kriseledelsen og kan beslutte å sette kriseledelsen ved behov.',
  'Fylkesmannen skal varsles straks kommunen setter kriseledelse.',
  'Ved langvarige hendelser skal kriseledelsen vurdere behovet for avlastning og rotasjon av nøkkelpersonell.',
  'Beredskapsplanen skal revideres årlig og øves minst hvert annet år.',
  'Helsesøster i skolehelsetjenesten er kontaktperson for skolene i smittevernspørsmål.',
  'Kommunen har om lag 12 500 innbyggere fordelt på fire tettsteder.',
  'Om lag 40 % av de ansatte i helse og omsorg arbeider deltid.',
  'Undersøkelsen viser at 75 prosent av kommunene omdisponerte personell i 2020.',
  'Over halvparten av kommunene hadde ikke en oppdatert pandemiplan da pandemien kom.',
  'Informasjon til innbyggerne skal gis på kommunens nettside og i sosiale medier, på norsk og de vanligste minoritetsspråkene.',
  'Kommunen skal ha et lager av smittevernutstyr som dekker minst tre måneders forbruk.',
  'Beredskapskoordinator fører logg i krisestøtteverktøyet fra første varsel.',
  'Samarbeidet med Fylkesmannen i Viken skal avklares i forkant av øvelser.',
  'Rådmannens ledergruppe utgjør kjernen i kommunens kriseorganisasjon.',
  'Kommunen skal ha en oversikt over personell som kan omdisponeres til testing, smittesporing og vaksinering.',
  'Tillitsvalgte og verneombud skal involveres tidlig når tjenester legges om.',
  'Sårbare barn og unge skal sikres et tilbud også når skoler og barnehager stenges.',
  'Kommunestyret orienteres jevnlig om kriseledelsens beslutninger.',
  'Evaluering skal gjennomføres innen tre måneder etter at hendelsen er avsluttet.',
  '60 % av innbyggerne over 65 år bor i sentrum.',
  'Helsesøstertjenesten og jordmortjenesten skal skjermes mot omdisponering.',
  'Kommunen har avtale med nabokommunene om interkommunal legevakt og smittesporing.',
  'Over 80 prosent av kommunene etablerte kriseledelse allerede i mars 2020.',
];

const PLAN_NN = [
  'Kommunen si kriseleiing består av ordførar, kommunedirektør, kommuneoverlege og beredskapskoordinator.',
  'Rådmannen leiar kriseleiinga og kan avgjere å setje kriseleiinga ved behov.',
  'Fylkesmannen skal varslast straks kommunen set kriseleiing.',
  'Beredskapsplanen skal reviderast årleg og øvast minst kvart anna år.',
  'Helsesyster i skulehelsetenesta er kontaktperson for skulane i smittevernspørsmål.',
  'Kommunen har om lag 4 200 innbyggjarar fordelte på tre bygder.',
  'Undersøkinga viser at 75 prosent av kommunane omdisponerte personell i 2020.',
  'Informasjon til innbyggjarane skal givast på nettsida til kommunen og i sosiale medium.',
  'Kommunen skal ha eit lager av smittevernutstyr som dekkjer minst tre månader forbruk.',
  'Tillitsvalde og verneombod skal involverast tidleg når tenester vert lagde om.',
  'Sårbare barn og unge skal sikrast eit tilbod også når skular og barnehagar vert stengde.',
  'Evaluering skal gjennomførast innan tre månader etter at hendinga er avslutta.',
  'Fylkesmannen i Vestland skal ha kopi av planen.',
  'Om lag 30 % av dei tilsette i pleie og omsorg arbeider deltid.',
];

const CHAPTERS_NB = [
  'Innledning',
  'Risiko- og sårbarhetsanalyse',
  'Kriseledelse og organisering',
  'Varsling og mobilisering',
  'Ressursoversikt',
  'Krisekommunikasjon',
  'Smittevern og pandemi',
  'Befolkningsvarsling og evakuering',
  'Samarbeid med statsforvalteren og nabokommuner',
  'Sårbare grupper',
  'Personell og bemanning',
  'Øving, evaluering og revisjon',
];
const CHAPTERS_NN = [
  'Innleiing',
  'Risiko- og sårbarheitsanalyse',
  'Kriseleiing og organisering',
  'Varsling og mobilisering',
  'Ressursoversikt',
  'Krisekommunikasjon',
  'Smittevern og pandemi',
  'Samarbeid med statsforvaltaren',
  'Sårbare grupper',
  'Øving, evaluering og revisjon',
];
const SUBSECTIONS = ['Formål', 'Ansvar', 'Tiltak', 'Erfaringer fra pandemien', 'Rutiner', 'Oppfølging', 'Roller'];
const ROLES = [
  ['Ordfører', 'Leder kriseledelsen politisk, talsperson'],
  ['Kommunedirektør', 'Administrativ leder av kriseledelsen'],
  ['Rådmann', 'Leder kriseledelsen'],
  ['Kommuneoverlege', 'Medisinskfaglig rådgiver, smittevern'],
  ['Beredskapskoordinator', 'Logg, varsling, sekretariat'],
  ['Kommunikasjonsrådgiver', 'Informasjon til innbyggere og media'],
  ['Helsesøster', 'Smittesporing i skoler'],
  ['Leder helse og omsorg', 'Bemanning og smittevern i tjenestene'],
];

/** Municipality names for file names and front matter (real names, from the report and common knowledge). */
export const KOMMUNER = [
  'Bodø', 'Kristiansand', 'Lørenskog', 'Oslo', 'Sarpsborg', 'Trondheim', 'Fredrikstad', 'Stavanger',
  'Tromsø', 'Trysil', 'Tønsberg', 'Bærum', 'Drammen', 'Hammerfest', 'Lillestrøm', 'Sula', 'Bergen',
  'Ålesund', 'Molde', 'Hamar', 'Lillehammer', 'Gjøvik', 'Arendal', 'Skien', 'Porsgrunn', 'Larvik',
  'Halden', 'Moss', 'Asker', 'Sandnes', 'Haugesund', 'Førde', 'Voss', 'Narvik', 'Harstad', 'Alta',
  'Vadsø', 'Kautokeino', 'Steinkjer', 'Levanger', 'Røros', 'Elverum', 'Kongsberg', 'Ringerike',
];

function loadMaterial(): Material {
  if (material) return material;
  const reportText = readFileSync(path.join(root, 'resources/report/ks2021.txt'), 'utf8');
  const { sentences, chapters } = reportSentences(reportText);
  const ex = exampleSentences();
  material = {
    report: sentences,
    chapters,
    planNb: [...PLAN_NB, ...ex.nb],
    planNn: [...PLAN_NN, ...ex.nn],
  };
  return material;
}

/** The report sentences the generator draws from, each with a locator it can be cited by. */
export function sourceSentences(): readonly SourceSentence[] {
  return loadMaterial().report;
}

// ---------------------------------------------------------------------------
// Citations and quotes

function validLocator(p: Pick, m: Material): string {
  const r = p.r();
  if (r < 0.55) {
    const s = p.one(Object.keys(LEARNING_POINTS));
    return `lp. ${s}.${p.int(1, LEARNING_POINTS[s])}`;
  }
  if (r < 0.9) return `kap. ${p.one(m.chapters)}`;
  return `fn. ${p.int(1, 120)}`;
}

function locatorFor(p: Pick, m: Material): string {
  if (p.chance(0.03)) return p.one(['kap. 99.1', 'lp. 3.9', 'lp 3.5.1', 'se. 1.1.1', 'fn. 9999']); // typos / unknown
  return validLocator(p, m);
}

function citation(p: Pick, m: Material, locator = locatorFor(p, m)): string {
  const key = p.chance(0.02) ? 'ks2020' : 'ks2021';
  const r = p.r();
  if (r < 0.55) return `[@${key}, ${locator}]`;
  if (r < 0.72) return `[@${key}, ${locator}; @ks2021, ${validLocator(p, m)}]`;
  if (r < 0.88) return `[${p.one(['se', 'jf.', 'se også'])} @${key}, ${locator}]`;
  if (r < 0.95) return `[-@${key}, ${locator}]`;
  return `[@${key}, ${locator}, s. ${p.int(10, 180)}]`;
}

/** A quote cut from a report sentence; faithful or with one word altered. */
function quote(p: Pick, s: SourceSentence): { text: string; faithful: boolean } {
  const words = s.text.replace(/[.!?]$/, '').split(' ');
  const len = Math.min(words.length, p.int(5, 14));
  const start = p.int(0, words.length - len);
  const cut = words.slice(start, start + len);
  const faithful = p.chance(0.7);
  if (!faithful) {
    const i = p.int(0, cut.length - 1);
    cut[i] = p.one(['alltid', 'aldri', 'samtlige', 'ingen', 'nesten alle', 'de fleste', 'kun']);
  }
  return { text: cut.join(' ').replace(/[«»]/g, ''), faithful };
}

function withCitation(p: Pick, m: Material, sentence: string, loc?: string): string {
  const body = sentence.replace(/[.!?]$/, '');
  return `${body} ${citation(p, m, loc)}.`;
}

// ---------------------------------------------------------------------------
// Blocks

interface Ctx {
  p: Pick;
  m: Material;
  lang: 'nb' | 'nn';
}

const OUTDATED = /fylkesm[ae]nn|rådmann|helses(ø|y)ster/i;

/** A plan sentence; one with an outdated term about one time in ten (plans older than 2019-2020 reforms). */
function planSentence(c: Ctx): string {
  const pool = c.lang === 'nn' ? c.m.planNn : c.m.planNb;
  const wantOutdated = c.p.chance(0.1);
  for (let i = 0; i < 20; i++) {
    const s = c.p.one(pool);
    if (OUTDATED.test(s) === wantOutdated) return s;
  }
  return c.p.one(pool);
}

function sentence(c: Ctx): string {
  const { p, m } = c;
  const r = p.r();
  if (r < 0.4) {
    // A sentence from the report, cited to where it stands.
    const s = p.one(m.report);
    return p.chance(0.3) ? withCitation(p, m, s.text, s.locator) : s.text;
  }
  if (r < 0.46) {
    // A quote attached to a citation.
    const s = p.one(m.report);
    const q = quote(p, s);
    const lead = c.lang === 'nn' ? 'Rapporten peikar på at' : p.one(['Rapporten peker på at', 'Det heter at', 'KS-rapporten fastslår at']);
    if (p.chance(0.2)) return `@ks2021 [${s.locator}] skriver at «${q.text}».`;
    return `${lead} «${q.text}» ${citation(p, m, s.locator)}.`;
  }
  const s = planSentence(c);
  return p.chance(0.08) ? withCitation(p, m, s) : s;
}

function paragraph(c: Ctx): string {
  const n = c.p.int(2, 6);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(c));
  // Soft-wrap some paragraphs as editors do.
  const text = out.join(' ');
  if (!c.p.chance(0.3)) return text;
  return text.replace(/(.{60,90}?) /g, '$1\n');
}

function bulletList(c: Ctx, ordered: boolean): string {
  const n = c.p.int(3, 7);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const marker = ordered ? `${i + 1}.` : '-';
    lines.push(`${marker} ${sentence(c)}`);
    if (!ordered && c.p.chance(0.15)) {
      for (let j = 0; j < c.p.int(1, 3); j++) lines.push(`  - ${planSentence(c)}`);
    }
  }
  return lines.join('\n');
}

function table(c: Ctx): string {
  const n = c.p.int(3, 7);
  const rows = ['| Rolle | Ansvar | Telefon |', '| --- | --- | --- |'];
  for (let i = 0; i < n; i++) {
    const [role, duty] = c.p.one(ROLES);
    const cite = c.p.chance(0.2) ? ` ${citation(c.p, c.m)}` : '';
    rows.push(`| ${role} | ${duty}${cite} | ${c.p.int(400, 999)} ${c.p.int(10, 99)} ${c.p.int(100, 999)} |`);
  }
  return rows.join('\n');
}

function block(c: Ctx): string {
  const r = c.p.r();
  if (r < 0.62) return paragraph(c);
  if (r < 0.8) return bulletList(c, false);
  if (r < 0.87) return bulletList(c, true);
  if (r < 0.93) return table(c);
  if (r < 0.97) return `> ${sentence(c)}`;
  return `<!-- evidensplan-disable-next-line outdated-term -->\n${planSentence(c)}`;
}

// ---------------------------------------------------------------------------

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** A plan of about `bytes` UTF-8 bytes (at least that many, ending at a block boundary). */
export function generatePlan(opts: GenOptions): string {
  const m = loadMaterial();
  const p = new Pick(rng(opts.seed ?? 1));
  const lang = opts.language ?? 'nb';
  const c: Ctx = { p, m, lang };
  const kommune = opts.kommune ?? p.one(KOMMUNER);
  const year = p.int(2019, 2025);
  const month = String(p.int(1, 12)).padStart(2, '0');
  const parts: string[] = [
    [
      '---',
      `plantype: ${p.one(['overordnet-beredskapsplan', 'smittevernplan', 'pandemiplan', 'sektorplan'])}`,
      `kommune: ${kommune}`,
      `revidert: ${year}-${month}-01`,
      `sist-øvd: ${year - 1}-${month}-15`,
      `språk: ${lang}`,
      '---',
    ].join('\n'),
    lang === 'nn' ? `# Overordna beredskapsplan for ${kommune} kommune` : `# Overordnet beredskapsplan for ${kommune} kommune`,
  ];
  let size = utf8Length(parts.join('\n\n'));
  const chapters = lang === 'nn' ? CHAPTERS_NN : CHAPTERS_NB;
  let chapter = 0;
  while (size < opts.bytes) {
    chapter++;
    const title = chapters[(chapter - 1) % chapters.length];
    const heading = `## ${chapter} ${title}`;
    parts.push(heading);
    size += utf8Length(heading) + 2;
    const subs = p.int(1, 4);
    for (let s = 1; s <= subs && size < opts.bytes; s++) {
      const sh = `### ${chapter}.${s} ${p.one(SUBSECTIONS)}`;
      parts.push(sh);
      size += utf8Length(sh) + 2;
      const blocks = p.int(2, 6);
      for (let b = 0; b < blocks && size < opts.bytes; b++) {
        const blk = block(c);
        parts.push(blk);
        size += utf8Length(blk) + 2;
      }
    }
  }
  return parts.join('\n\n') + '\n';
}

/** `n` municipality plans' file names and options (one per municipality, distinct seeds). */
export function municipalityPlans(n: number, bytes: number): { file: string; opts: GenOptions }[] {
  const out: { file: string; opts: GenOptions }[] = [];
  for (let i = 0; i < n; i++) {
    const name = KOMMUNER[i % KOMMUNER.length];
    const round = Math.floor(i / KOMMUNER.length);
    const kommune = round ? `${name} ${round + 1}` : name;
    const slug = `${String(i + 1).padStart(3, '0')}-${name.toLowerCase().replace(/[^a-zæøå]+/g, '-')}`;
    out.push({ file: `${slug}.md`, opts: { bytes, seed: 1000 + i, kommune, language: i % 7 === 3 ? 'nn' : 'nb' } });
  }
  return out;
}

// `node --import tsx bench/gen.ts 300KB [seed]` prints a plan (for eyeballing).
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const size = (process.argv[2] ?? '10KB') as SizeName;
  const bytes = SIZES[size] ?? Number(process.argv[2]);
  process.stdout.write(generatePlan({ bytes, seed: Number(process.argv[3] ?? 1) }));
}

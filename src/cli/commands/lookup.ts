/**
 * `evidensplan lookup [--json] [--limit N] [--kind K] QUERY…`: the report's
 * findings for a query, best first. Bokmål, Nynorsk and English queries.
 *
 * Text: rank, canonical citation, kind, section, and one paragraph of the
 * finding with the matched words marked *like this*. `--json`: an array of the
 * contract's finding objects with `score`, best first (`[]` for no hits).
 */
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { IoError, UsageError } from '../errors.js';
import { cliLanguage, wrap } from './show.js';
import { toFindingJson } from '../../core/corpus/json.js';
import { catalogue, translate, type UiLanguage } from '../../core/i18n.js';
import type { Finding, FindingKind } from '../../core/model.js';
import { markText, type EvidenceSearch } from '../../core/search/index.js';
import { loadSearchSync } from '../../node/search.js';
import { IndexedSource } from '../../core/sources/index.js';
import { writerSources } from './bib.js';
import { kindLabel } from '../../core/kinds.js';

const KINDS: readonly FindingKind[] = ['learning-point', 'key-experience', 'section', 'paragraph', 'footnote', 'example', 'figure'];
/** Short names a user may type for --kind. */
const KIND_ALIASES: Record<string, FindingKind> = {
  lp: 'learning-point',
  se: 'key-experience',
  kap: 'section',
  avsn: 'paragraph',
  fn: 'footnote',
  fig: 'figure',
  eksempel: 'example',
};
const MAX_LIMIT = 200;

const messages = catalogue('cli.lookup');

function parseLimit(raw: string | undefined, lang: UiLanguage): number {
  if (raw === undefined) return 10;
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new UsageError(translate(messages, 'badLimit', lang, { max: MAX_LIMIT, value: String(raw).slice(0, 40) }));
  }
  return n;
}

function parseKinds(raw: string[] | undefined, lang: UiLanguage): FindingKind[] | undefined {
  if (!raw?.length) return undefined;
  const out: FindingKind[] = [];
  for (const v of raw.flatMap((x) => x.split(',')).map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    const k = (KINDS as readonly string[]).includes(v) ? (v as FindingKind) : KIND_ALIASES[v];
    if (!k) throw new UsageError(translate(messages, 'badKind', lang, { value: v.slice(0, 40), kinds: KINDS.join(', ') }));
    out.push(k);
  }
  return out.length ? out : undefined;
}

function openSearch(): EvidenceSearch {
  try {
    return loadSearchSync();
  } catch (err) {
    throw new IoError((err as Error).message);
  }
}

/** The text form of the hits: a numbered list, each with citation, kind, section and a marked excerpt. */
export function formatHits(search: EvidenceSearch | ((f: Finding) => EvidenceSearch), query: string, hits: ReturnType<EvidenceSearch['search']>, lang: UiLanguage): string {
  const searchOf = typeof search === 'function' ? search : () => search;
  const width = 78;
  return hits
    .map((h, i) => {
      const f = h.finding;
      const kind = kindLabel(f.kind, lang);
      const section = f.section && /^\d/.test(f.section) ? `${f.section} ${f.sectionTitle}` : f.sectionTitle;
      const rank = `${String(i + 1).padStart(2)}.`;
      const head = `${rank} ${f.citation}  ${kind} · ${section}`;
      const ex = markText(searchOf(f).highlight(f, query, { maxChars: 320 }));
      return `${head}\n${wrap(ex, width, '    ')}`;
    })
    .join('\n\n');
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('lookup')
    .description('find the findings of the report for a query (Bokmål, Nynorsk or English), best first')
    .argument('[query...]', 'words to look for, e.g. "mangel på smittevernutstyr"')
    .option('--json', 'print an array of the contract JSON finding objects with score, best first')
    .option('-n, --limit <n>', 'at most N findings (default 10)')
    .option(
      '-k, --kind <kind>',
      `only findings of this kind (repeat or separate by commas): ${KINDS.join(', ')} (or lp, se, kap, fn, fig)`,
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('-s, --source <key>', 'search only this source: ks2021 or a source of your own (.evidensplan/sources)')
    .option('-p, --plan <file>', "also search this plan's own sources (else the working folder's)")
    .option('--lang <lang>', 'language of messages and labels: nb|nn|en (default: EVIDENSPLAN_LANG, else nb)')
    .action(async (words: string[], opts: { json?: boolean; limit?: string; kind?: string[]; source?: string; plan?: string; lang?: string }) => {
      const lang = cliLanguage(opts.lang);
      const query = words.join(' ').trim();
      if (!query) throw new UsageError(translate(messages, 'usage', lang));
      const limit = parseLimit(opts.limit, lang);
      const kinds = parseKinds(opts.kind, lang);
      // The report and every indexed source of the plan or folder: each its own index, the same analyzer.
      const loaded = await writerSources(opts.plan);
      const indexed = [...loaded.sources.values()].filter((s): s is IndexedSource => s instanceof IndexedSource);
      const wanted = opts.source?.replace(/^@/, '');
      const searches: EvidenceSearch[] = [];
      if (!wanted || wanted === 'ks2021') searches.push(openSearch());
      for (const s of indexed) if (!wanted || wanted === s.source.key) searches.push(s.search());
      if (!searches.length) {
        throw new UsageError(translate(messages, 'unknownSource', lang, { key: wanted ?? '', known: ['ks2021', ...indexed.map((s) => s.source.key)].join(', ') }));
      }
      const owner = new Map<Finding, EvidenceSearch>();
      const hits = searches
        .flatMap((s) => s.search(query, { limit, kinds }).map((h) => (owner.set(h.finding, s), h)))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
      const search = (f: Finding) => owner.get(f) ?? searches[0];
      if (opts.json) {
        const objs = hits.map((h) => toFindingJson(h.finding, search(h.finding).report.source, h.score));
        process.stdout.write(`${JSON.stringify(objs, null, 2)}\n`);
      } else if (!hits.length) {
        const shown = query.length > 60 ? `${query.slice(0, 60)}…` : query;
        process.stdout.write(`${translate(messages, 'none', lang, { query: shown })}\n`);
      } else {
        process.stdout.write(`${formatHits(search, query, hits, lang)}\n`);
      }
      setExit(0);
    });
}

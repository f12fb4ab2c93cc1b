/**
 * `evidensplan show [--json] LOCATOR…`: one finding by its locator, e.g.
 * `show "lp. 3.5.1"`. Text: the citation, the section path, the text wrapped,
 * its footnotes. `--json`: the contract's finding object (an array for several).
 * An unknown or malformed locator exits 2 naming the nearest valid ones.
 */
import { cliLanguage } from '../language.js';
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { IoError, UsageError } from '../errors.js';
import { loadReportIndexSync } from '../../node/resources.js';
import { toFindingJson } from '../../core/corpus/json.js';
import { isLocatorError, parseLocator } from '../../core/corpus/locator.js';
import type { ReportIndex } from '../../core/corpus/report-index.js';
import type { Finding } from '../../core/model.js';
import { catalogue, translate, isUiLanguage, type UiLanguage } from '../../core/i18n.js';
import { kindLabel } from '../../core/kinds.js';

const messages = catalogue('cli.show');

export { cliLanguage };

/** Wraps text at `width` columns, keeping paragraph breaks, with an indent. */
export function wrap(text: string, width = 78, indent = '  '): string {
  return text
    .split(/\n{2,}/)
    .map((para) => {
      const out: string[] = [];
      let line = '';
      for (const word of para.split(/\s+/).filter(Boolean)) {
        if (line && indent.length + line.length + 1 + word.length > width) {
          out.push(indent + line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) out.push(indent + line);
      return out.join('\n');
    })
    .join('\n\n');
}


/** The text form of a finding: citation, section path, wrapped text, footnotes. */
export function formatFinding(idx: ReportIndex, f: Finding, lang: UiLanguage): string {
  const path = idx
    .sectionPath(f.section)
    .map((s) => (s.number ? `${s.number} ${s.title}` : s.title))
    .join(' › ');
  const lines = [`${f.citation}  (${kindLabel(f.kind, lang)})`, path, '', wrap(f.text)];
  if (f.kind === 'section') {
    // A section's text is its title: show what it holds.
    const s = idx.section(f.section);
    if (s?.children.length) {
      lines.push('', `${translate(messages, 'subsections', lang)}:`);
      for (const c of s.children) {
        const cs = idx.section(c);
        if (cs) lines.push(`  kap. ${cs.id}  ${cs.title}`);
      }
    }
    const items = (s?.findings ?? []).filter((l) => /^(?:lp|se)\. /.test(l));
    if (items.length) lines.push('', `${translate(messages, 'items', lang)}: ${items.join(', ')}`);
    const paras = (s?.findings ?? []).filter((l) => l.includes(' avsn. ')).length;
    if (paras) lines.push('', translate(messages, 'paragraphs', lang, { n: paras, first: `kap. ${f.section} avsn. 1` }));
  }
  if (f.municipalities.length) lines.push('', `${translate(messages, 'municipalities', lang)}: ${f.municipalities.join(', ')}`);
  if (f.alsoAt?.length) lines.push('', translate(messages, 'alsoAt', lang));
  const notes = f.footnotes.map((n) => idx.get(`fn. ${n}`)).filter((x): x is Finding => !!x);
  if (notes.length) {
    lines.push('', `${translate(messages, 'footnotes', lang)}:`);
    for (const fn of notes) lines.push(wrap(`${fn.locator.slice(4)} ${fn.text}`, 78, '  '));
  }
  return lines.join('\n');
}

/** Resolves every locator or throws a UsageError naming the nearest valid ones. */
export function resolveAll(idx: ReportIndex, locators: string[], lang: UiLanguage): Finding[] {
  if (!locators.length || locators.every((l) => !l.trim())) throw new UsageError(translate(messages, 'noLocator', lang));
  return locators.flatMap((raw) => {
    const f = idx.get(raw);
    if (f) return [f];
    // A page ("s. 42") or a range ("lp. 3.5.1–3.5.4"): every finding it addresses.
    const all = idx.getAll(raw);
    if (all?.length) return all;
    const input = raw.replace(/\s+/g, ' ').trim().slice(0, 80);
    const nearest = idx.nearest(raw, 3).join(', ');
    const key = isLocatorError(parseLocator(raw)) ? 'malformed' : 'unknown';
    throw new UsageError(translate(messages, key, lang, { locator: input, nearest }));
  });
}

export function loadIndexForCli(): ReportIndex {
  try {
    return loadReportIndexSync();
  } catch (err) {
    throw new IoError((err as Error).message);
  }
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('show')
    .description('show one finding of the report by its locator, e.g. show "lp. 3.5.1"')
    .argument('[locator...]', 'locators: lp. 3.5.1, kap. 3.4.3, kap. 3.4.3 avsn. 2, se. 10.2.1.1, fn. 45, fig. 16, s. 42 (printed page), lp. 3.5.1–3.5.4 (range)')
    .option('--json', 'print the contract JSON finding object(s)')
    .option('--lang <lang>', 'language of messages and labels: nb|nn|en')
    .option('-s, --source <key>', 'a source of your own (.evidensplan/sources/KEY) instead of the report')
    .option('-p, --plan <file>', "with --source: take the plan's sources (else the working folder's)")
    .action(async (locators: string[], opts: { json?: boolean; lang?: string; source?: string; plan?: string }) => {
      const lang = cliLanguage(opts.lang);
      const key = opts.source?.replace(/^@/, '');
      let idx: ReportIndex;
      if (key && key !== loadIndexForCli().source.key) {
        const { writerSources } = await import('./bib.js');
        const { IndexedSource } = await import('../../core/sources/index.js');
        const src = (await writerSources(opts.plan)).sources.get(key);
        if (!(src instanceof IndexedSource)) throw new UsageError(`--source ${key}: no source with text has this key (see evidensplan sources list)`);
        idx = src;
      } else idx = loadIndexForCli();
      const found = resolveAll(idx, locators, lang);
      if (opts.json) {
        const objs = found.map((f) => toFindingJson(f, idx.source));
        process.stdout.write(`${JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2)}\n`);
      } else {
        process.stdout.write(`${found.map((f) => formatFinding(idx, f, lang)).join('\n\n')}\n`);
      }
      setExit(0);
    });
}

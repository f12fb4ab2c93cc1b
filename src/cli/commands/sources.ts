/**
 * `evidensplan sources list|check|show`: the sources a plan (`--plan FILE`) or
 * the working folder (its `.evidensplan.jsonc` and `.evidensplan/sources`)
 * declares beside the report.
 *
 *   sources list [--json]           every key: indexed source or bibliography entry, where, the entry
 *   sources check [--format json]   problems with them (exit 1 on an error, 0 otherwise)
 *   sources show KEY LOCATOR…       a finding of an indexed source, as `show` prints the report's
 */
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { UsageError } from '../errors.js';
import { cliLanguage, formatFinding, resolveAll } from './show.js';
import { writerSources } from './bib.js';
import { toFindingJson } from '../../core/corpus/json.js';
import { catalogue, translate, type UiLanguage } from '../../core/i18n.js';
import { IndexedSource, problemMessage, type LoadedSources, type WriterSource } from '../../core/sources/index.js';
import { displayPath } from '../../node/sources.js';

const messages = catalogue('cli.sources');

function kindOf(s: WriterSource): 'indexed' | 'bibliography' {
  return s instanceof IndexedSource ? 'indexed' : 'bibliography';
}

function listJson(loaded: LoadedSources) {
  return [...loaded.sources.values()].map((s) => ({
    key: s.source.key,
    kind: kindOf(s),
    file: displayPath(s.origin.file),
    line: s.origin.line,
    entry: s.describe('nb'),
    ...(s instanceof IndexedSource
      ? { findings: s.findings.length, learningPoints: s.findings.filter((f) => f.kind === 'learning-point').length, pages: s.pages().length }
      : {}),
  }));
}

function listText(loaded: LoadedSources, lang: UiLanguage): string {
  if (!loaded.sources.size) return translate(messages, 'none', lang);
  return [...loaded.sources.values()]
    .map((s) => {
      const head = `@${s.source.key}  (${translate(messages, kindOf(s), lang)})  ${displayPath(s.origin.file)}:${s.origin.line}`;
      const lines = [head, `    ${s.describe(lang)}`];
      if (s instanceof IndexedSource) {
        lines.push(`    ${translate(messages, 'counts', lang, { findings: s.findings.length, lp: s.findings.filter((f) => f.kind === 'learning-point').length, pages: s.pages().length })}`);
      }
      return lines.join('\n');
    })
    .join('\n\n');
}

interface Common {
  plan?: string;
  config?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command, setExit: SetExit): void {
  const cmd = program.command('sources').description('the sources a plan or the config declares beside the report: list, check, show');
  const common = (c: Command) =>
    c
      .option('-p, --plan <file>', "a plan: its front matter's sources as well as the config's and .evidensplan/sources")
      .option('-c, --config <file>', 'use this config instead of the nearest .evidensplan.jsonc')
      .option('--lang <lang>', 'language of messages: nb|nn|en');

  common(cmd.command('list').description('every key: indexed source or bibliography entry, where it is declared, the entry').option('--json', 'print JSON')).action(
    async (opts: Common) => {
      const lang = cliLanguage(opts.lang);
      const loaded = await writerSources(opts.plan, opts.config);
      process.stdout.write(opts.json ? `${JSON.stringify(listJson(loaded), null, 2)}\n` : `${listText(loaded, lang)}\n`);
      setExit(0);
    },
  );

  common(cmd.command('check').description('problems with the sources (bibliographies that do not parse, missing files, duplicate keys, indexing errors); exit 1 on an error').option('-f, --format <format>', 'text or json', 'text')).action(
    async (opts: Common & { format: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`unknown format "${opts.format}": use text or json`);
      const lang = cliLanguage(opts.lang);
      const loaded = await writerSources(opts.plan, opts.config);
      const problems = loaded.problems.map((p) => ({ ...p, file: displayPath(p.file) }));
      if (opts.format === 'json') {
        const out = problems.map((p) => ({ file: p.file, line: p.line, column: p.column, severity: p.severity, code: p.code, message: problemMessage(p, lang) }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      } else if (!problems.length) {
        process.stdout.write(`${translate(messages, 'clean', lang, { n: loaded.sources.size })}\n`);
      } else {
        for (const p of problems) process.stdout.write(`${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.code}  ${problemMessage(p, lang)}\n`);
      }
      setExit(problems.some((p) => p.severity === 'error') ? 1 : 0);
    },
  );

  common(cmd.command('show').description('a finding of an indexed source by its locator, e.g. sources show vintermorke2025 "lp. 4.1"').argument('[key]', 'the source key').argument('[locator...]', 'locators').option('--json', 'print the contract JSON finding object(s)')).action(
    async (key: string | undefined, locators: string[], opts: Common) => {
      const lang = cliLanguage(opts.lang);
      if (!key) throw new UsageError(translate(messages, 'missingKey', lang));
      const loaded = await writerSources(opts.plan, opts.config);
      const src = loaded.sources.get(key.replace(/^@/, ''));
      if (!src) {
        const known = [...loaded.sources.values()].filter((s) => s instanceof IndexedSource).map((s) => s.source.key);
        throw new UsageError(translate(messages, 'unknownKey', lang, { key, known: known.join(', ') || '–' }));
      }
      if (!(src instanceof IndexedSource)) throw new UsageError(translate(messages, 'notIndexed', lang, { key: src.source.key }));
      const found = resolveAll(src, locators, lang);
      if (opts.json) {
        const objs = found.map((f) => toFindingJson(f, src.source));
        process.stdout.write(`${JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2)}\n`);
      } else {
        process.stdout.write(`${found.map((f) => formatFinding(src, f, lang)).join('\n\n')}\n`);
      }
      setExit(0);
    },
  );
}

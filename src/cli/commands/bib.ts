/**
 * `evidensplan bib [--format csl-json|bibtex] [-o FILE]`: a bibliography for
 * pandoc, so `pandoc --citeproc --bibliography FILE plan.md` renders the plan's
 * citations with their locators and a reference list naming the report.
 * With `--plan FILE` the writer's sources of that plan are merged in (its
 * bibliography and references, its config's, its indexed sources'); without,
 * those of the config and `.evidensplan/sources` found from the working folder.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { UsageError, IoError } from '../errors.js';
import { BIB_FORMATS, formatBibliography, isBibFormat } from '../../core/bib/index.js';
import { loadReport } from '../../node/resources.js';
import { analyzePlan } from '../../core/plan/analyze.js';
import { problemMessage } from '../../core/sources/index.js';
import { ConfigResolver } from '../../node/config.js';
import { readPlan } from '../../node/lint.js';
import { displayPath, loadFolderSources, loadPlanSources } from '../../node/sources.js';
import { cliLanguage } from './show.js';

/** The writer's sources for `bib`/`sources`: a plan's, or the working folder's. */
export async function writerSources(planFile: string | undefined, configFile?: string) {
  const resolver = new ConfigResolver(configFile);
  if (planFile) {
    const read = readPlan(planFile);
    if (!('text' in read)) throw new IoError(`cannot read ${planFile}: ${'error' in read ? read.error : 'notRegular' in read ? `not a regular file (${read.notRegular})` : read.problem}`);
    return loadPlanSources(planFile, analyzePlan(read.text), resolver.forFile(planFile));
  }
  return loadFolderSources(process.cwd(), resolver.forFile(process.cwd()));
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('bib')
    .description('print a bibliography of the report for pandoc --citeproc')
    .option('-f, --format <format>', `csl-json or bibtex (${BIB_FORMATS.join('|')})`, 'csl-json')
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('-p, --plan <file>', "merge in this plan's own sources (bibliography, references, .evidensplan/sources)")
    .option('-c, --config <file>', 'use this config instead of the nearest .evidensplan.jsonc')
    .action(async (opts: { format: string; output?: string; plan?: string; config?: string }) => {
      if (!isBibFormat(opts.format)) {
        throw new UsageError(`unknown format "${opts.format}": use ${BIB_FORMATS.join(' or ')}`);
      }
      const report = await loadReport();
      const loaded = await writerSources(opts.plan, opts.config);
      const lang = cliLanguage();
      for (const p of loaded.problems.filter((q) => q.severity === 'error')) {
        process.stderr.write(`evidensplan: ${displayPath(p.file)}:${p.line}:${p.column}: ${problemMessage({ ...p, file: displayPath(p.file) }, lang)}\n`);
      }
      const entries = [...loaded.sources.values()].map((s) => s.entry);
      const text = formatBibliography([report.source], opts.format, entries);
      if (opts.output) {
        try {
          writeFileSync(opts.output, text, 'utf8');
        } catch (err) {
          throw new IoError(`cannot write ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
      } else {
        process.stdout.write(text);
      }
      setExit(0);
    });
}

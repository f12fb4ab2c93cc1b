/**
 * `evidensplan bib [--format csl-json|bibtex] [-o FILE]`: a bibliography for
 * pandoc, so `pandoc --citeproc --bibliography FILE plan.md` renders the plan's
 * citations with their locators and a reference list naming the report.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { UsageError, IoError } from '../errors.js';
import { BIB_FORMATS, formatBibliography, isBibFormat } from '../../core/bib/index.js';
import { loadReport } from '../../node/resources.js';

export function register(program: Command, setExit: SetExit): void {
  program
    .command('bib')
    .description('print a bibliography of the report for pandoc --citeproc')
    .option('-f, --format <format>', `csl-json or bibtex (${BIB_FORMATS.join('|')})`, 'csl-json')
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .action(async (opts: { format: string; output?: string }) => {
      if (!isBibFormat(opts.format)) {
        throw new UsageError(`unknown format "${opts.format}": use ${BIB_FORMATS.join(' or ')}`);
      }
      const report = await loadReport();
      const text = formatBibliography([report.source], opts.format);
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

/**
 * `evidensplan coverage [--format text|json|html] [-o FILE] FILE…`: which of the
 * report's learning points a plan covers (cited, or its topic addressed).
 *
 * json: the contract's object for one FILE (an array, one object per file, for
 * several); text: fits an 80-column terminal; html: one self-contained page.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { cliLanguage } from '../language.js';
import { UsageError, IoError } from '../errors.js';
import type { UiLanguage } from '../../core/i18n.js';
import { coverageJson, coverageOfText, formatCoverageText, type Coverage } from '../../core/coverage/index.js';
import { renderCoverageHtml } from '../html/coverage-report.js';
import { loadReportIndex } from '../../node/resources.js';
import { describeKind, readRegularFile } from '../../node/read-file.js';
import { printable } from '../format/text.js';

const FORMATS = ['text', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Reads a plan as text; a clear IoError for anything that is not a readable regular file (never blocks on a FIFO). */
function readPlan(file: string): string {
  const read = readRegularFile(file);
  if ('buf' in read) return new TextDecoder('utf-8').decode(read.buf);
  const name = printable(file);
  if ('notRegular' in read) {
    if (read.notRegular === 'directory') throw new IoError(`${name} is a folder: give the plan's Markdown file`);
    throw new IoError(`${name} is ${describeKind(read.notRegular, 'en')}, not a regular file: give the plan's Markdown file`);
  }
  throw new IoError(read.error === 'ENOENT' ? `no such file: ${name}` : `cannot read ${name}: ${read.error}`);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('coverage')
    .description('show which of the report\'s learning points a plan covers (cited, or its topic addressed)')
    .argument('<file...>', 'the plan (Markdown)')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'text')
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('--lang <lang>', 'language of the text and html output: nb|nn|en (default: EVIDENSPLAN_LANG, else nb)')
    .action(async (files: string[], opts: { format: string; output?: string; lang?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw new UsageError(`unknown format "${opts.format}": use ${FORMATS.join(', ')}`);
      }
      const format = opts.format as Format;
      const lang: UiLanguage = cliLanguage(opts.lang);
      if (format === 'html' && files.length > 1) throw new UsageError('--format html takes one FILE');
      const report = await loadReportIndex();
      const results: { file: string; coverage: Coverage }[] = [];
      for (const file of files) {
        const text = readPlan(file);
        results.push({ file, coverage: coverageOfText(text, report) });
      }
      let out: string;
      if (format === 'json') {
        const objs = results.map((r) => coverageJson(r.file, r.coverage));
        out = `${JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2)}\n`;
      } else if (format === 'html') {
        const r = results[0];
        out = renderCoverageHtml({ file: r.file, coverage: r.coverage, reportTitle: report.source.title, lang, date: today() });
      } else {
        const width = Math.min(Math.max(process.stdout.columns || 80, 60), 120);
        out = results.map((r) => formatCoverageText(printable(r.file), r.coverage, lang, opts.output ? 80 : width)).join('\n');
      }
      if (opts.output) {
        try {
          await writeFile(opts.output, out, 'utf8');
        } catch (err) {
          throw new IoError(`cannot write ${printable(opts.output)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
      } else {
        process.stdout.write(out);
      }
      setExit(0);
    });
}

/**
 * `evidensplan lint [--format text|json|sarif] [--max-warnings N] [--config FILE] [--fix] [--jobs N|auto] PATH…`
 *
 * Exit 0: no errors and warnings within --max-warnings; 1: more than that;
 * 2: usage or I/O error (explained on stderr; the readable files are still linted).
 */
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { optionLanguage } from '../language.js';
import { UsageError } from '../errors.js';
import type { UiLanguage } from '../../core/i18n.js';
import { autoJobs, lintFilesParallel } from '../../node/lint-parallel.js';
import { expandPaths } from '../../node/lint.js';
import { loadReportIndex } from '../../node/resources.js';
import { loadSearch } from '../../node/search.js';
import type { SearchLike } from '../../core/lint/context.js';
import { configGoesOn } from '../../core/lint/config.js';
import { countSeverities, formatTextLines, formatTextSummary, printable } from '../format/text.js';
import { JsonStream } from '../format/json.js';
import type { FileResult } from '../../node/lint.js';
import { formatSarif } from '../format/sarif.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

interface LintCliOptions {
  format: string;
  maxWarnings?: string;
  config?: string;
  fix?: boolean;
  lang?: string;
  jobs?: string;
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('lint')
    .description('check Markdown plans against the report: citations, quotes, numbers, terms, topics')
    .argument('<paths...>', 'files, folders (recursive *.md) or globs')
    .option('-f, --format <format>', 'text, json or sarif', 'text')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-c, --config <file>', 'use this config instead of the nearest .evidensplan.jsonc')
    .option('--fix', 'write the safe fixes into the files')
    .option('--lang <language>', 'message language: nb, nn or en (default: the config’s, else nb)')
    .option('-j, --jobs <n>', 'lint on this many threads, or "auto" (one per core for many files)', 'auto')
    .action(async (paths: string[], opts: LintCliOptions) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`unknown format "${opts.format}": use text, json or sarif`);
      let maxWarnings = Infinity;
      if (opts.maxWarnings !== undefined) {
        if (!/^\d+$/.test(opts.maxWarnings)) throw new UsageError(`--max-warnings needs a whole number ≥ 0, not "${opts.maxWarnings}"`);
        maxWarnings = Number(opts.maxWarnings);
      }
      const lang: UiLanguage | undefined = optionLanguage(opts.lang);
      let jobs: number;
      if (opts.jobs === undefined || opts.jobs === 'auto') {
        jobs = autoJobs((await expandPaths(paths, process.cwd(), lang ?? 'nb')).files.length);
      } else if (/^[1-9]\d*$/.test(opts.jobs)) jobs = Number(opts.jobs);
      else throw new UsageError(`--jobs needs a whole number ≥ 1 or "auto", not "${opts.jobs}"`);
      const load = async () => {
        const report = await loadReportIndex();
        // The search ranks suggestions; without it the rules fall back to a simpler ranking.
        let search: SearchLike | undefined;
        try {
          search = await loadSearch();
        } catch {
          search = undefined;
        }
        return { report, search };
      };
      // Results are written as they come (in file order), not held: only SARIF needs them all at once.
      const out = (t: string) => process.stdout.write(t);
      const json = opts.format === 'json' ? new JsonStream(out) : undefined;
      const sarif: FileResult[] = [];
      const counts = { errors: 0, warnings: 0, infos: 0 };
      let files = 0;
      let fixed = 0;
      let hadLines = false;
      const onResult = (r: FileResult) => {
        files++;
        fixed += r.fixed ?? 0;
        const c = countSeverities([r]);
        counts.errors += c.errors;
        counts.warnings += c.warnings;
        counts.infos += c.infos;
        if (json) json.entry(r);
        else if (opts.format === 'sarif') sarif.push(r);
        else {
          const lines = formatTextLines(r);
          if (lines.length) {
            hadLines = true;
            out(lines.join('\n') + '\n');
          }
        }
      };
      const run = await lintFilesParallel(paths, { config: opts.config, fix: opts.fix, uiLanguage: lang, jobs, load, onResult });
      const outLang = lang ?? 'nb';
      if (json) json.close();
      else if (opts.format === 'sarif') out(formatSarif(sarif, { version: process.env.EVIDENSPLAN_VERSION, lang: outLang }));
      else out(formatTextSummary(counts, files, hadLines, outLang, fixed));
      for (const e of run.configErrors) process.stderr.write(`evidensplan: ${printable(e.file)}:${e.line}:${e.column}: ${printable(e.message)} ${configGoesOn(outLang)}\n`);
      for (const e of run.ioErrors) process.stderr.write(`evidensplan: ${printable(e)}\n`);
      if (!files && !run.ioErrors.length && !run.configErrors.length) {
        // Exit 2 always comes with a line on stderr saying why.
        process.stderr.write(`evidensplan: no Markdown files to lint in ${paths.map(printable).join(', ')}\n`);
      }
      if (run.ioErrors.length || run.configErrors.length || !files) setExit(2);
      else if (counts.errors > 0 || counts.warnings > maxWarnings) setExit(1);
      else setExit(0);
    });
}

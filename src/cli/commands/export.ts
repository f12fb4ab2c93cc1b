/**
 * `evidensplan export --to docx|pdf|html [-o FILE] [--reference-doc FILE] PLAN`: the plan as a
 * Word document, PDF or web page for the council, through pandoc with --citeproc, the generated
 * bibliography and the Norwegian citation locale (src/node/export.ts, shared with the editor).
 * Missing pandoc or PDF engine: one line on stderr saying how to get it, exit 2.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { cliLanguage } from '../language.js';
import { UsageError, IoError } from '../errors.js';
import { EXPORT_FORMATS, isExportFormat } from '../../core/export/index.js';
import { analyzePlan } from '../../core/plan/analyze.js';
import { loadReport, resourcesRoot } from '../../node/resources.js';
import { exportPlan } from '../../node/export.js';
import { writerSources } from './bib.js';

export function register(program: Command, setExit: SetExit): void {
  program
    .command('export')
    .description('export a plan to Word (.docx), PDF or HTML with resolved citations and a reference list (needs pandoc)')
    .argument('<plan>', 'the plan (Markdown)')
    .requiredOption('-t, --to <format>', `output format: ${EXPORT_FORMATS.join('|')}`)
    .option('-o, --output <file>', 'output file (default: the plan\'s name with the format\'s extension)')
    .option('--reference-doc <file>', 'Word template (reference.docx); default: export.referenceDocx in .evidensplan.jsonc, else the bundled one')
    .option('--lang <lang>', 'language of messages: nb|nn|en (default: EVIDENSPLAN_LANG, else nb)')
    .action(async (plan: string, opts: { to: string; output?: string; referenceDoc?: string; lang?: string }) => {
      if (!isExportFormat(opts.to)) throw new UsageError(`unknown format "${opts.to}": use ${EXPORT_FORMATS.join(', ')}`);
      const lang = cliLanguage(opts.lang);
      let text: string;
      try {
        if (statSync(plan).isDirectory()) throw new IoError(`${plan} is a folder: give the plan's Markdown file`);
        text = readFileSync(plan, 'utf8');
      } catch (err) {
        if (err instanceof IoError) throw err;
        const code = (err as NodeJS.ErrnoException).code;
        throw new IoError(code === 'ENOENT' ? `no such file: ${plan}` : `cannot read ${plan}: ${code ?? (err as Error).message}`);
      }
      const report = await loadReport();
      // The plan's own sources (bibliography, references, .evidensplan/sources) go into the bibliography pandoc gets.
      const writer = await writerSources(plan);
      const result = await exportPlan({
        planPath: plan,
        format: opts.to,
        output: opts.output,
        sources: [report.source],
        entries: [...writer.sources.values()].map((s) => s.entry),
        planLang: analyzePlan(text).language === 'nn' ? 'nn' : 'nb',
        resourcesRoot: resourcesRoot(),
        referenceDocx: opts.referenceDoc,
        lang,
      });
      if (!result.ok) throw new IoError(result.message);
      // The document is written; what pandoc could not resolve is said on stderr (exit stays 0).
      for (const w of result.warnings) process.stderr.write(`evidensplan: pandoc: ${w}\n`);
      process.stdout.write(`${result.output}\n`);
      setExit(0);
    });
}

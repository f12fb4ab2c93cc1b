/**
 * `evidensplan sections [--json]`: the report's table of contents, with the
 * number of learning points in each learning-point section.
 */
import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { cliLanguage, loadIndexForCli } from './show.js';
import { catalogue, translate } from '../../core/i18n.js';

const messages = catalogue('cli.sections');

export interface SectionJson {
  id: string;
  number: string;
  title: string;
  level: number;
  parent?: string;
  locator: string;
  citation: string;
  line: number;
  learningPoints: number;
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('sections')
    .description("the report's table of contents, with learning points per section")
    .option('--json', 'print the sections as JSON')
    .option('--lang <lang>', 'language of the labels: nb|nn|en')
    .action((opts: { json?: boolean; lang?: string }) => {
      const lang = cliLanguage(opts.lang);
      const idx = loadIndexForCli();
      const lpCount = new Map<string, number>();
      for (const f of idx.learningPoints()) lpCount.set(f.section, (lpCount.get(f.section) ?? 0) + 1);
      const rows: SectionJson[] = idx.report.sections.map((s) => ({
        id: s.id,
        number: s.number,
        title: s.title,
        level: s.level,
        ...(s.parent ? { parent: s.parent } : {}),
        locator: `kap. ${s.id}`,
        citation: `[@${idx.source.key}, kap. ${s.id}]`,
        line: s.line,
        learningPoints: lpCount.get(s.id) ?? 0,
      }));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const out = rows.map((r) => {
          const head = `${'  '.repeat(r.level - 1)}${r.number ? `${r.number} ` : ''}${r.title}`;
          if (!r.learningPoints) return head;
          const n = r.learningPoints === 1 ? translate(messages, 'learningPoint', lang) : translate(messages, 'learningPoints', lang, { n: r.learningPoints });
          return `${head}  (${n})`;
        });
        out.push('', translate(messages, 'total', lang, { sections: rows.length, lps: idx.learningPoints().length }));
        process.stdout.write(`${out.join('\n')}\n`);
      }
      setExit(0);
    });
}

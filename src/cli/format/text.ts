/** `lint --format text`: `file:line:col  severity  rule-id  message`, then a summary line. */
import { translate, type Catalogue, type UiLanguage } from '../../core/i18n.js';
import type { LintResult } from '../../core/lint/types.js';

const messages = {
  summary: {
    nb: '{problems} ({errors}, {warnings}, {infos}) i {files}',
    en: '{problems} ({errors}, {warnings}, {infos}) in {files}',
    nn: '{problems} ({errors}, {warnings}, {infos}) i {files}',
  },
  clean: { nb: 'Ingen problemer i {files}.', en: 'No problems in {files}.', nn: 'Ingen problem i {files}.' },
  fixed: { nb: '{count} skrevet.', en: '{count} written.', nn: '{count} skrivne.' },
} satisfies Catalogue;

/** Singular and plural of the words the summary counts, per language. */
const WORDS: Record<string, Record<UiLanguage, [string, string]>> = {
  problem: { nb: ['problem', 'problemer'], nn: ['problem', 'problem'], en: ['problem', 'problems'] },
  error: { nb: ['feil', 'feil'], nn: ['feil', 'feil'], en: ['error', 'errors'] },
  warning: { nb: ['advarsel', 'advarsler'], nn: ['åtvaring', 'åtvaringar'], en: ['warning', 'warnings'] },
  info: { nb: ['info', 'info'], nn: ['info', 'info'], en: ['info', 'info'] },
  file: { nb: ['fil', 'filer'], nn: ['fil', 'filer'], en: ['file', 'files'] },
  fix: { nb: ['rettelse', 'rettelser'], nn: ['retting', 'rettingar'], en: ['fix', 'fixes'] },
};

/** "1 advarsel", "2 advarsler", "1 åtvaring", "3 files". */
export function count(n: number, word: keyof typeof WORDS, lang: UiLanguage): string {
  const [one, many] = WORDS[word][lang] ?? WORDS[word].nb;
  return `${n} ${n === 1 ? one : many}`;
}

export function countSeverities(results: readonly LintResult[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results)
    for (const m of r.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
    }
  return { errors, warnings, infos };
}

export function formatText(results: readonly LintResult[], lang: UiLanguage = 'nb', fixed = 0): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const msg = m.message.replace(/\s*\n\s*/g, ' ');
      lines.push(`${r.file}:${m.line}:${m.column}  ${m.severity}  ${m.ruleId}  ${msg}`);
    }
  }
  const c = countSeverities(results);
  const problems = c.errors + c.warnings + c.infos;
  if (lines.length) lines.push('');
  const files = count(results.length, 'file', lang);
  lines.push(
    problems
      ? translate(messages, 'summary', lang, {
          problems: count(problems, 'problem', lang),
          errors: count(c.errors, 'error', lang),
          warnings: count(c.warnings, 'warning', lang),
          infos: count(c.infos, 'info', lang),
          files,
        })
      : translate(messages, 'clean', lang, { files }),
  );
  if (fixed) lines.push(translate(messages, 'fixed', lang, { count: count(fixed, 'fix', lang) }));
  return lines.join('\n') + '\n';
}

/** `lint --format text`: `file:line:col  severity  rule-id  message`, then a summary line. */
import { catalogue, translate, type UiLanguage } from '../../core/i18n.js';
import type { LintResult } from '../../core/lint/types.js';

const messages = catalogue('cli.text');

/**
 * `s` with line breaks and other control characters written as escapes (`\n`,
 * `\x1b`), so a file name cannot break a line of text output or smuggle
 * terminal escape sequences.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

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

/** The lines of one file's messages (no trailing newline), for streaming. */
export function formatTextLines(r: LintResult): string[] {
  const file = printable(r.file);
  return r.messages.map((m) => `${file}:${m.line}:${m.column}  ${m.severity}  ${m.ruleId}  ${printable(m.message.replace(/\s*\n\s*/g, ' '))}`);
}

/** What follows the messages: a blank line when there were any, the summary, and the fixes written. */
export function formatTextSummary(
  c: { errors: number; warnings: number; infos: number },
  files: number,
  hadLines: boolean,
  lang: UiLanguage = 'nb',
  fixed = 0,
): string {
  const lines: string[] = [];
  const problems = c.errors + c.warnings + c.infos;
  if (hadLines) lines.push('');
  const fileCount = count(files, 'file', lang);
  lines.push(
    problems
      ? translate(messages, 'summary', lang, {
          problems: count(problems, 'problem', lang),
          errors: count(c.errors, 'error', lang),
          warnings: count(c.warnings, 'warning', lang),
          infos: count(c.infos, 'info', lang),
          files: fileCount,
        })
      : translate(messages, 'clean', lang, { files: fileCount }),
  );
  if (fixed) lines.push(translate(messages, 'fixed', lang, { count: count(fixed, 'fix', lang) }));
  return lines.join('\n') + '\n';
}

export function formatText(results: readonly LintResult[], lang: UiLanguage = 'nb', fixed = 0): string {
  const lines = results.flatMap(formatTextLines);
  const body = lines.length ? lines.join('\n') + '\n' : '';
  return body + formatTextSummary(countSeverities(results), results.length, lines.length > 0, lang, fixed);
}

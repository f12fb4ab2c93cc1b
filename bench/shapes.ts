/**
 * Markdown shapes other people write, generated (third-party files cannot be
 * copied into the project): many short lists, deep nesting, long tables,
 * constructs left open at the end of the file, odd line ends, a BOM, front
 * matter closed by `...`. Used by the robustness tests and the bench.
 */

/**
 * `'- a\n\np\n\n' × n`: a list and a paragraph, over and over (micromark's
 * quadratic list case). `distinct` numbers each unit, so no two blocks are the
 * same text (a parser that caches blocks by text gets no free ride).
 */
export function manySmallLists(n: number, plan = false, distinct = false): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const k = distinct ? String(i) : '';
    out += plan
      ? `- Kommunen skal ha lager av smittevernutstyr${k} [@ks2021, lp. 3.5.1]\n- Fylkesmannen varsles\n\nTiltakene evalueres hvert år${k}.\n\n`
      : `- a${k}\n\np${k}\n\n`;
  }
  return out;
}

/** A list nested `depth` levels deep, each level two spaces in, with a block quote every tenth level. */
export function deepNesting(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) {
    const indent = ' '.repeat(2 * i);
    lines.push(`${indent}- nivå ${i} om smittevern${i % 10 === 0 ? ' [@ks2021, kap. 2.2]' : ''}`);
  }
  const quote = Array.from({ length: Math.min(depth, 60) }, (_, i) => `${'> '.repeat(i + 1)}sitat ${i}`).join('\n');
  return `${lines.join('\n')}\n\n${quote}\n`;
}

/** A GFM table of `rows` rows, some cells holding citations and outdated terms. */
export function longTable(rows: number): string {
  const out = ['| Tiltak | Ansvar | Kilde |', '| --- | --- | --- |'];
  for (let i = 0; i < rows; i++) {
    out.push(`| Tiltak ${i} | ${i % 7 === 0 ? 'Fylkesmannen' : 'Kommunedirektøren'} | ${i % 5 === 0 ? '[@ks2021, lp. 3.5.1]' : '–'} |`);
  }
  return `${out.join('\n')}\n`;
}

/** Endings that leave a block open at the end of the file (fences, HTML blocks of each kind, comments). */
export const UNCLOSED_ENDINGS = [
  '```\n',
  '```',
  '~~~~ js\nconst a = 1;\n',
  '````\n```\nkode\n',
  '<!-- ikke lukket\n',
  '<!-- ikke lukket',
  '<pre>\nførformatert\n',
  '<script>\nvar a;\n',
  '<style>\n',
  '<textarea>\n',
  '<?php echo 1;\n',
  '<!DOCTYPE html\n',
  '<![CDATA[ data\n',
  '<div>\nblokk\n',
  '> sitat uten slutt\n',
  '- punkt\n  - underpunkt\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  '    innrykket kode\n',
] as const;

export type LineEnd = 'lf' | 'crlf' | 'cr' | 'mixed';

/** `text` (written with \n) with its line breaks made `eol`; 'mixed' alternates LF, CRLF and CR. */
export function withLineEnds(text: string, eol: LineEnd): string {
  if (eol === 'lf') return text;
  if (eol === 'crlf') return text.replace(/\n/g, '\r\n');
  if (eol === 'cr') return text.replace(/\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
}

export interface DocumentShape {
  bom?: boolean;
  /** Front matter closed by `---` or by `...` (YAML's document end, which pandoc accepts). */
  frontMatter?: 'dashes' | 'dots';
  leadingBlankLines?: number;
  trailingBlankLines?: number;
  body?: string;
  /** One of UNCLOSED_ENDINGS (or any text) put last. */
  ending?: string;
  eol?: LineEnd;
}

/** A document of the given shape. */
export function documentOf(shape: DocumentShape): string {
  const parts: string[] = [];
  if (shape.frontMatter) {
    parts.push(`---\nplantype: overordnet-beredskapsplan\nkommune: Testvik\nspråk: nb\n${shape.frontMatter === 'dots' ? '...' : '---'}\n`);
  }
  parts.push('\n'.repeat(shape.leadingBlankLines ?? 0));
  parts.push(shape.body ?? '');
  parts.push('\n'.repeat(shape.trailingBlankLines ?? 0));
  parts.push(shape.ending ?? '');
  const text = withLineEnds(parts.join(''), shape.eol ?? 'lf');
  return (shape.bom ? '\uFEFF' : '') + text;
}

/** Plan sentences for bodies: citations, an outdated term, a survey claim, a heading. */
export const PLAN_BODIES = [
  '# Beredskapsplan\n\nKommunen skal ha lager av smittevernutstyr [@ks2021, lp. 3.5.1].\n',
  'Fylkesmannen skal varsles ved hendelser.\n',
  'Undersøkelsen viser at 75 prosent av kommunene hadde en plan.\n',
  '## Kriseledelse\n\nKriseledelsen møtes [@ks2021, kap. 2.2].\n',
  'Han sa "ja.\n\nFylkesmannen skal varsles."\n',
  'Se [@ks2021, lp. 9.9.9] og [@ks2021 lp 3.5.1].\n',
  '',
] as const;

/** Every shape above at a modest size, named, for sweeps over each provider. */
export function robustnessInputs(): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['many small lists', manySmallLists(300)],
    ['many small plan lists', manySmallLists(60, true)],
    ['deep nesting', deepNesting(120)],
    ['long table', longTable(400)],
    ['blank first line, citation typed', '\nKommunen skal ha lager av smittevernutstyr [@'],
    ['only blank lines', '\n\n\n'],
    ['empty', ''],
  ];
  for (const ending of UNCLOSED_ENDINGS) {
    for (const eol of ['lf', 'crlf', 'cr'] as const) {
      out.push([
        `unclosed ${JSON.stringify(ending.slice(0, 12))} ${eol}`,
        documentOf({ bom: eol === 'crlf', frontMatter: eol === 'cr' ? 'dots' : 'dashes', leadingBlankLines: 1, body: PLAN_BODIES[0], ending, eol }),
      ]);
    }
  }
  return out;
}

/**
 * The coverage report as one self-contained HTML file: inline CSS, no scripts,
 * no external resources; a bar chart per chapter and the uncovered learning
 * points with their full text and citations; readable when printed.
 * Every piece of report or plan text is HTML-escaped.
 */
import { translate, type UiLanguage } from '../../core/i18n.js';
import type { Coverage } from '../../core/coverage/compute.js';
import { coverageMessages as M } from '../../core/coverage/messages.js';
import { percent, shortGroupTitle } from '../../core/coverage/format-text.js';
import { escapeHtml as e } from './escape.js';

export interface CoverageHtmlInput {
  /** The plan's file name as given on the command line. */
  file: string;
  coverage: Coverage;
  /** The report's title (for the subtitle). */
  reportTitle: string;
  lang?: UiLanguage;
  /** ISO date shown in the footer (the caller passes it: no clock here). */
  date?: string;
}

const CSS = `
:root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --cited: #1a7f37; --topic: #9a6700; --none: #cf222e; --bar-bg: #eaeef2; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.sub, .caption, footer { color: var(--muted); }
.total { font-size: 1.1rem; margin: 1rem 0; }
.total strong { font-size: 1.5rem; }
.chart { width: 100%; border-collapse: collapse; }
.chart th, .chart td { padding: .3rem .4rem; text-align: left; vertical-align: middle; }
.chart th { font-weight: 600; white-space: nowrap; }
.chart td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 6.5rem; }
.track { background: var(--bar-bg); height: 1.1rem; border-radius: 3px; overflow: hidden; display: flex; min-width: 12rem; }
.seg { height: 100%; }
.seg.cited { background: var(--cited); }
.seg.topic { background: var(--topic); }
.legend { margin: .5rem 0 0; padding: 0; list-style: none; display: flex; gap: 1.25rem; font-size: .9rem; color: var(--muted); }
.legend .sw { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; vertical-align: -1px; border-radius: 2px; }
.sw.cited { background: var(--cited); } .sw.topic { background: var(--topic); } .sw.none { background: var(--bar-bg); border: 1px solid var(--line); }
.lp { border-left: 4px solid var(--none); padding: .25rem 0 .25rem .9rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.lp h3 { font-size: 1rem; margin: 0 0 .25rem; }
.lp .cite { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; color: var(--muted); }
.lp p { margin: .35rem 0; }
.group { color: var(--muted); font-size: .9rem; margin: 1.5rem 0 0; }
.covered { width: 100%; border-collapse: collapse; font-size: .92rem; }
.covered th, .covered td { border-bottom: 1px solid var(--line); padding: .25rem .4rem; text-align: left; }
.covered .how-cited { color: var(--cited); } .covered .how-topic { color: var(--topic); }
footer { margin-top: 2.5rem; font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .chart, .legend { break-inside: avoid; page-break-inside: avoid; }
  .track, .seg, .sw { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 18mm 16mm; }
`;

function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p>${e(p)}</p>`)
    .join('\n');
}

export function renderCoverageHtml(input: CoverageHtmlInput): string {
  const lang = input.lang ?? 'nb';
  const t = (key: keyof typeof M, params: Record<string, string | number> = {}) => translate(M, key, lang, params);
  const c = input.coverage;
  const n = c.covered.length;
  const htmlLang = lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb';

  const rows = c.groups
    .map((g) => {
      const cited = g.items.filter((i) => i.how === 'cited').length;
      const topic = g.items.filter((i) => i.how === 'topic').length;
      const w = (k: number) => (g.total ? ((k / g.total) * 100).toFixed(1) : '0');
      const label = `${g.section} ${shortGroupTitle(g.title)}`;
      return `<tr><th scope="row">${e(label)}</th>
<td><div class="track" role="img" aria-label="${e(`${g.covered}/${g.total}`)}"><div class="seg cited" style="width:${w(cited)}%"></div><div class="seg topic" style="width:${w(topic)}%"></div></div></td>
<td class="n">${g.covered}/${g.total} · ${percent(g.covered, g.total)} %</td></tr>`;
    })
    .join('\n');

  const uncovered = c.groups
    .filter((g) => g.items.some((i) => !i.how))
    .map((g) => {
      const items = g.items
        .filter((i) => !i.how)
        .map(
          (i) => `<article class="lp"><h3>${e(i.locator)} <span class="cite">${e(i.citation)}</span></h3>
${paragraphsHtml(i.text)}
</article>`,
        )
        .join('\n');
      return `<p class="group">${e(`${g.section} ${g.title}`)}</p>\n${items}`;
    })
    .join('\n');

  const coveredRows = c.groups
    .flatMap((g) => g.items.filter((i) => i.how))
    .map(
      (i) =>
        `<tr><td>${e(i.locator)}</td><td class="how-${i.how}">${e(t(i.how === 'cited' ? 'cited' : 'topic'))}</td><td>${e(`${t('line')} ${i.line}`)}</td><td class="cite">${e(i.citation)}</td></tr>`,
    )
    .join('\n');

  return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${t('reportTitle')}: ${input.file}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(t('reportTitle'))}</h1>
<p class="sub">${e(t('reportSubtitle', { title: input.reportTitle, file: input.file }))}</p>
<p class="total"><strong>${n}/${c.total}</strong> · ${e(t('summary', { covered: n, total: c.total, percent: percent(n, c.total) }))}</p>
${c.headingsOnly ? `<p class="caption">${e(t('headingsOnly'))}</p>\n` : ''}<h2>${e(t('chartHeading'))}</h2>
<table class="chart">
<tbody>
${rows}
</tbody>
</table>
<ul class="legend"><li><span class="sw cited"></span>${e(t('cited'))}</li><li><span class="sw topic"></span>${e(t('topic'))}</li><li><span class="sw none"></span>${e(t('notCovered'))}</li></ul>
<p class="caption">${e(t('chartCaption'))} ${e(t('howExplained'))}</p>
<h2>${e(t('uncoveredHeading', { count: c.uncovered.length }))}</h2>
${c.uncovered.length ? uncovered : `<p>${e(t('allCovered'))}</p>`}
${n ? `<h2>${e(t('coveredHeading', { count: n }))}</h2>\n<table class="covered"><tbody>\n${coveredRows}\n</tbody></table>` : ''}
<footer>${e(t('generated', { date: input.date ?? '' }))}</footer>
</main>
</body>
</html>
`;
}

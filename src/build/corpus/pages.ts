/**
 * Printed page numbers, recovered from the extracted text (the PDF's page
 * numbers are mostly lost; resources/report/ks2021.layout.json does not have
 * them either).
 *
 * Two kinds of evidence, both described in the corpus notes: a stray page
 * number alone on a line ("79") is the footer of that page, so the next page
 * begins after it; and the first line of every other page begins with a space
 * directly after the previous page's last line (no blank line between). Pages
 * are counted from each footer onwards (and back from the first one), so a
 * miscounted page start is corrected at the next footer. The result can be one
 * or two pages off between footers (a heading starting with a space looks like a
 * page start; a page that begins with a blank line is not seen): every page
 * locator is marked approximate where it is shown.
 */

const BLANK = /^\s*$/;
const FOOTER = /^\s*(\d{1,3})\s*$/;

/** The printed page of every 0-based line of `text` (0 where it cannot be told). */
export function linePages(text: string): number[] {
  const lines = text.split('\n');
  const n = lines.length;
  const footers: { line: number; page: number }[] = [];
  const starts = new Set<number>();
  for (let i = 0; i < n; i++) {
    const m = FOOTER.exec(lines[i]);
    if (m) {
      footers.push({ line: i, page: Number(m[1]) });
      continue;
    }
    if (i > 0 && !BLANK.test(lines[i]) && /^\s/.test(lines[i]) && !BLANK.test(lines[i - 1]) && !FOOTER.test(lines[i - 1])) starts.add(i);
  }
  // Keep footers that increase through the text (a table cell with a lone number is not one).
  const anchors: { line: number; page: number }[] = [];
  for (const f of footers) if (!anchors.length || (f.page > anchors[anchors.length - 1].page && f.page - anchors[anchors.length - 1].page < 40)) anchors.push(f);
  const out = new Array<number>(n).fill(0);
  if (!anchors.length) return out;
  // Before the first footer: count page starts backwards.
  let page = anchors[0].page;
  for (let i = anchors[0].line; i >= 0; i--) {
    out[i] = Math.max(1, page);
    if (starts.has(i)) page--;
  }
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    const next = anchors[k + 1];
    page = a.page + 1;
    for (let i = a.line + 1; i < (next ? next.line + 1 : n); i++) {
      if (starts.has(i) && i > a.line + 1) page++;
      out[i] = next ? Math.min(page, next.page) : page;
    }
  }
  return out;
}

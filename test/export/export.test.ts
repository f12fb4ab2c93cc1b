/**
 * `evidensplan export` with the real pandoc (Debian's 2.17 in CI), as a writer runs it: the
 * example plan to Word, PDF and HTML. The .docx is opened (it is a zip) and read like Word would:
 * headings as Heading styles, citations resolved by citeproc into author-date with the locator,
 * the reference list naming the report, the document language, an image's alt text kept. The PDF's
 * text is read with pdftotext. Expectations come from the plan and the report's metadata, not literals.
 *
 * Without pandoc (or Chromium and pdftotext for the PDF): SKIP with the reason locally, FAIL under
 * CI=true (scripts/ci-system-deps.sh installs them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parseConfig } from '../../src/core/lint/config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'evidensplan.mjs');
const META = JSON.parse(readFileSync(path.join(ROOT, 'resources', 'report', 'ks2021.meta.json'), 'utf8'));
const YEAR = META.date.slice(0, 4);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const hasPandoc = has('pandoc');
const hasPdf = has('pdftotext', '-v') && (has('chromium') || has('weasyprint') || has('wkhtmltopdf'));
const skipPandoc = hasPandoc || ci ? false : 'pandoc is not installed (apt-get install pandoc); under CI=true this test fails instead';
const skipPdf = (hasPandoc && hasPdf) || ci ? false : 'pandoc, Chromium or pdftotext is missing (bash scripts/ci-system-deps.sh); under CI=true this test fails instead';

function tmp(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-export-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
}

/** One part of a zip (the .docx), as text, with `unzip -p`. */
function docxPart(file: string, part: string): string {
  const r = spawnSync('unzip', ['-p', file, part], { encoding: 'utf8' });
  assert.equal(r.status, 0, `unzip -p ${file} ${part}: ${r.stderr}`);
  return r.stdout;
}

/** The paragraphs of word/document.xml: style and text, as Word shows them. */
function paragraphs(documentXml: string): { style: string; text: string }[] {
  return [...documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[1])?.[1] ?? '',
    text: [...m[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/&amp;/g, '&'),
  }));
}

/** The plan's headings: [level, text], front matter skipped. */
function headings(md: string): [number, string][] {
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  return [...body.matchAll(/^(#{1,6})\s+(.+?)\s*$/gm)].map((m) => [m[1].length, m[2]]);
}

/** The plan's bracketed citation locators, in order: "[@ks2021, lp. 3.5.1]" → "lp. 3.5.1". */
function locators(md: string): string[] {
  return [...md.matchAll(/@ks2021,\s*([^\];]+)/g)].map((m) => m[1].trim());
}

// A 1×1 PNG, so a plan can carry an image with alt text.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082', 'hex');

test('a plan exported to Word: headings as headings, resolved citations, a reference list, Norwegian language, alt text kept', { skip: skipPandoc, timeout: 120_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'pandemiplan.md');
  const text = readFileSync(path.join(ROOT, 'examples', 'pandemiplan.md'), 'utf8') + '\n![Kart over beredskapslagrene i kommunen](kart.png)\n';
  writeFileSync(plan, text);
  writeFileSync(path.join(dir, 'kart.png'), PNG);
  const out = path.join(dir, 'til-kommunestyret.docx');
  const r = cli(['export', '--to', 'docx', '-o', out, plan]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), out, 'prints the file it wrote');

  const doc = docxPart(out, 'word/document.xml');
  const paras = paragraphs(doc);
  // The plan's one "# …" is the document's title (Title style and document properties); every
  // "## …" below is a Word Heading 1, "### …" a Heading 2, and so on.
  const [[topLevel, title], ...rest] = headings(text);
  assert.equal(topLevel, 1);
  assert.ok(paras.some((p) => p.style === 'Title' && p.text === title), `"${title}" is the Title`);
  assert.match(docxPart(out, 'docProps/core.xml'), new RegExp(`<dc:title>${title}</dc:title>`));
  assert.ok(rest.length > 3);
  for (const [level, h] of rest) {
    assert.ok(paras.some((p) => p.style === `Heading${level - 1}` && p.text === h), `"${h}" is a Heading${level - 1}: ${JSON.stringify(paras.filter((p) => /Heading/.test(p.style)))}`);
  }
  // Citations are resolved (author-date with the locator), none is left raw.
  const all = paras.map((p) => p.text).join('\n');
  assert.doesNotMatch(all, /\[@ks2021|@ks2021/, 'no raw citation left');
  for (const loc of new Set(locators(text))) {
    assert.ok(all.includes(`${META.author} ${YEAR}, ${loc}`), `the citation of ${loc} is rendered as "(${META.author} ${YEAR}, ${loc})"`);
  }
  // The reference list: its Norwegian heading and one entry naming the report.
  assert.ok(paras.some((p) => p.text === 'Referanser' && p.style === 'Heading1'), 'a "Referanser" heading');
  const entries = paras.filter((p) => p.style === 'Bibliography');
  assert.equal(entries.length, 1, 'one reference: the report');
  assert.ok(entries[0].text.includes(META.title) && entries[0].text.includes(META.author) && entries[0].text.includes(YEAR), entries[0].text);
  assert.match(entries[0].text, /«.+»/, 'Norwegian quotation marks from the nb-NO locale');
  // Language: Norwegian Bokmål in the styles (what Word and screen readers use).
  assert.match(docxPart(out, 'word/styles.xml'), /<w:lang [^>]*w:val="nb-NO"/);
  // The image keeps its alt text as the picture's description.
  assert.match(doc, /<wp:docPr [^>]*descr="Kart over beredskapslagrene i kommunen"/);
});

test('a plan whose front matter has a title, or with several "# …", keeps its headings as they are', { skip: skipPandoc, timeout: 120_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'plan.md');
  writeFileSync(plan, '---\ntitle: Smittevernplan 2026\n---\n\n# Del 1\n\nTekst [@ks2021, lp. 3.5.1].\n\n# Del 2\n\n## Utstyr\n\nMer.\n');
  assert.equal(cli(['export', '--to', 'docx', plan]).status, 0);
  const paras = paragraphs(docxPart(path.join(dir, 'plan.docx'), 'word/document.xml'));
  assert.deepEqual(
    paras.filter((p) => /^(Title|Heading)/.test(p.style)).map((p) => `${p.style}:${p.text}`),
    ['Title:Smittevernplan 2026', 'Heading1:Del 1', 'Heading1:Del 2', 'Heading2:Utstyr', 'Heading1:Referanser'],
  );
});

test('a Nynorsk plan gets the nn-NO locale and "Referansar"', { skip: skipPandoc, timeout: 120_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'plan.md');
  copyFileSync(path.join(ROOT, 'examples', 'smittevernplan-nynorsk.md'), plan);
  const r = cli(['export', '--to', 'docx', plan]);
  assert.equal(r.status, 0, r.stderr);
  const out = path.join(dir, 'plan.docx');
  assert.ok(existsSync(out), 'beside the plan by default');
  assert.match(docxPart(out, 'word/styles.xml'), /<w:lang [^>]*w:val="nn-NO"/);
  assert.ok(paragraphs(docxPart(out, 'word/document.xml')).some((p) => p.text === 'Referansar'));
});

test('the municipality\'s own reference.docx from .evidensplan.jsonc is used; a missing one is one line and exit 2', { skip: skipPandoc, timeout: 120_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'plan.md');
  copyFileSync(path.join(ROOT, 'examples', 'pandemiplan.md'), plan);
  // A "municipal" template: the bundled one with the heading colour changed to the town's red.
  const work = path.join(dir, 'tpl');
  spawnSync('unzip', ['-q', path.join(ROOT, 'resources', 'export', 'reference.docx'), '-d', work]);
  const styles = path.join(work, 'word', 'styles.xml');
  writeFileSync(styles, readFileSync(styles, 'utf8').replaceAll('w:val="1F3864"', 'w:val="A50021"'));
  const zip = spawnSync('zip', ['-q', '-r', path.join(dir, 'kommunemal.docx'), '.'], { cwd: work });
  assert.equal(zip.status, 0, 'zip the template');
  writeFileSync(path.join(dir, '.evidensplan.jsonc'), '{\n  // Kommunens mal\n  "export": { "referenceDocx": "kommunemal.docx" }\n}\n');
  const r = cli(['export', '--to', 'docx', plan]);
  assert.equal(r.status, 0, r.stderr);
  const usedStyles = docxPart(path.join(dir, 'plan.docx'), 'word/styles.xml');
  assert.match(usedStyles, /w:val="A50021"/, 'the municipal colour');
  assert.doesNotMatch(usedStyles, /w:val="1F3864"/);

  writeFileSync(path.join(dir, '.evidensplan.jsonc'), '{ "export": { "referenceDocx": "finnes-ikke.docx" } }');
  const bad = cli(['export', '--to', 'docx', plan]);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
  assert.match(bad.stderr, /finnes-ikke\.docx/);
});

test('what pandoc cannot resolve (an unknown source, a missing image) is said on stderr; the document is still written', { skip: skipPandoc, timeout: 120_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'plan.md');
  writeFileSync(plan, '# Plan\n\nTekst [@ks2020, lp. 1] og [@ks2021, lp. 3.5.1].\n\n![Kart](mangler.png)\n');
  const r = cli(['export', '--to', 'docx', plan]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(path.join(dir, 'plan.docx')));
  assert.match(r.stderr, /^evidensplan: pandoc: Citeproc: citation ks2020 not found$/m);
  assert.match(r.stderr, /^evidensplan: pandoc: Could not fetch resource mangler\.png/m);
});

test('without pandoc the export says so in one line, how to get it, and exits 2', (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'plan.md');
  writeFileSync(plan, '# Plan\n\nTekst [@ks2021, lp. 3.5.1].\n');
  const r = cli(['export', '--to', 'docx', plan], { EVIDENSPLAN_PANDOC: path.join(dir, 'no-pandoc-here') });
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /krever pandoc.*pandoc\.org\/installing/);
  assert.ok(!existsSync(path.join(dir, 'plan.docx')));
  const usage = cli(['export', '--to', 'odt', plan]);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /unknown format "odt": use docx, pdf, html/);
});

test('a plan exported to PDF: its text has the resolved citations and the reference list', { skip: skipPdf, timeout: 180_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'pandemiplan.md');
  const text = readFileSync(path.join(ROOT, 'examples', 'pandemiplan.md'), 'utf8');
  writeFileSync(plan, text);
  const r = cli(['export', '--to', 'pdf', plan]);
  assert.equal(r.status, 0, r.stderr);
  const pdf = path.join(dir, 'pandemiplan.pdf');
  assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
  const p = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  const pdfText = p.stdout.replace(/\s+/g, ' ');
  assert.ok(pdfText.includes(headings(text)[0][1]), 'the title');
  const first = locators(text)[0];
  assert.ok(pdfText.includes(`(${META.author} ${YEAR}, ${first})`), `the first citation resolved: (${META.author} ${YEAR}, ${first})`);
  assert.doesNotMatch(pdfText, /@ks2021/);
  assert.match(pdfText, new RegExp(`Referanser ${META.author}\\. ${YEAR}\\. «${META.title}`));
});

test('a plan exported to HTML: one page in Norwegian with the stylesheet inside', { skip: skipPandoc, timeout: 120_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(dir, 'plan.md');
  copyFileSync(path.join(ROOT, 'examples', 'pandemiplan.md'), plan);
  const r = cli(['export', '--to', 'html', plan]);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(path.join(dir, 'plan.html'), 'utf8');
  assert.match(html, /<html[^>]* lang="nb-NO"/);
  assert.match(html, /<title>Pandemiplan for Eksempelkommune<\/title>/);
  assert.match(html, /break-after: avoid/, 'print.css is embedded');
  assert.match(html, /class="csl-entry"/);
  assert.doesNotMatch(html, /<link [^>]*stylesheet[^>]*href="(?!data:)/, 'nothing loaded from elsewhere');
});

test('the bundled reference.docx: Norwegian language, real heading styles with outline levels, headings in a colour with contrast', () => {
  const file = path.join(ROOT, 'resources', 'export', 'reference.docx');
  assert.ok(existsSync(file));
  const styles = docxPart(file, 'word/styles.xml');
  assert.match(styles, /<w:rPrDefault>[\s\S]*<w:lang w:val="nb-NO"/);
  assert.match(docxPart(file, 'docProps/core.xml'), /<dc:language>nb-NO<\/dc:language>/);
  for (let level = 1; level <= 6; level++) {
    const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}">([\\s\\S]*?)</w:style>`).exec(styles)?.[1];
    assert.ok(style, `Heading${level} exists`);
    assert.match(style, new RegExp(`<w:outlineLvl w:val="${level - 1}"`), `Heading${level} is outline level ${level - 1}`);
    const colour = /<w:color w:val="([0-9A-F]{6})"/.exec(style)?.[1];
    if (colour) assert.ok(contrast(colour, 'FFFFFF') >= 4.5, `Heading${level} colour #${colour} has ${contrast(colour, 'FFFFFF').toFixed(1)}:1 on white`);
  }
});

/** WCAG 2.1 contrast ratio of two hex colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('export.referenceDocx is part of the config schema, and the lint config accepts it', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'resources', 'schema', 'evidensplan.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false }).compile(schema);
  assert.equal(validate({ export: { referenceDocx: 'maler/kommunemal.docx' } }), true, JSON.stringify(validate.errors));
  assert.equal(validate({ export: { referenceDocx: 42 } }), false);
  assert.equal(validate({ export: { referenceDoc: 'x.docx' } }), false, 'a misspelt key is flagged');
  const cfg = parseConfig('{ "export": { "referenceDocx": "kommunemal.docx" }, "rules": { "stale-review": "error" } }', '.evidensplan.jsonc');
  assert.deepEqual(cfg.errors, []);
});

test('a plan citing the report, a CSL-JSON entry and an indexed source: every citation resolved and all three in the reference list', { skip: skipPandoc, timeout: 120_000 }, (t) => {
  const dir = tmp(t);
  const plan = path.join(ROOT, 'examples', 'kilder', 'beredskapsplan.md');
  const out = path.join(dir, 'kilder.docx');
  const r = cli(['export', '--to', 'docx', '-o', out, plan]);
  assert.equal(r.status, 0, r.stderr);
  // pandoc names every key it could not find; none may be missing.
  assert.doesNotMatch(r.stderr, /citation \S+ not found/i, r.stderr);
  const text = paragraphs(docxPart(out, 'word/document.xml')).map((p) => p.text).join('\n');
  // The expected entries come from the example's own files, not from literals here.
  const bib = JSON.parse(readFileSync(path.join(ROOT, 'examples', 'kilder', 'kilder.json'), 'utf8')) as { title: string }[];
  const sources = path.join(ROOT, 'examples', 'kilder', '.evidensplan', 'sources');
  const indexed = spawnSync('ls', [sources], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
  assert.ok(indexed.length >= 1, 'the example has an indexed source');
  const indexedTitles = indexed.map((k) => {
    const csl = JSON.parse(readFileSync(path.join(sources, k, 'source.csl.json'), 'utf8')) as { title: string } | { title: string }[];
    return (Array.isArray(csl) ? csl[0] : csl).title;
  });
  const refs = text.slice(text.lastIndexOf('Referanser'));
  for (const title of [META.title.split(/[–:]/)[0].trim(), ...bib.map((e) => e.title), ...indexedTitles]) {
    assert.ok(refs.includes(title.slice(0, 30)), `reference list names «${title}»:\n${refs}`);
  }
  // No citation is left as pandoc's raw "[@key…]" or "???".
  assert.doesNotMatch(text, /\[@|\?\?\?/, 'every citation is rendered');
});

test("pandoc's missing translations of its own interface terms are not passed on; a citation it could not find is", async () => {
  const { pandocWarnings } = await import('../../src/node/export.js');
  const stderr = [
    '[WARNING] Could not load translations for nb-NO',
    '  data file translations/nb.yaml not found',
    '[WARNING] The term Abstract has no translation defined.',
    '[WARNING] Citeproc: citation ks2020 not found',
  ].join('\n');
  assert.deepEqual(pandocWarnings(stderr), ['Citeproc: citation ks2020 not found']);
});

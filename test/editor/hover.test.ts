import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationHover } from '../../src/core/editor/hover.js';
import { escapeMarkdown, HOVER_COMMANDS } from '../../src/core/editor/markdown.js';
import { LP351, LP742, at, doc, mini } from './fixture.js';

const { report } = mini();

/** The command links of a hover's Markdown: [label](command:id?args). */
function commandLinks(markdown: string): { label: string; command: string; args: unknown[] }[] {
  const out: { label: string; command: string; args: unknown[] }[] = [];
  for (const m of markdown.matchAll(/(?<!\\)\[((?:\\[^\n]|[^\]\\\n])*)\]\(command:([\w.]+)\?([^)\s]*)\)/g)) {
    out.push({ label: m[1].replace(/\\(.)/g, '$1'), command: m[2], args: JSON.parse(decodeURIComponent(m[3])) });
  }
  return out;
}

/** What a reader sees: the Markdown with escapes removed. */
function plain(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

test('hover on a citation shows the finding, the canonical citation, the section path and the source', () => {
  const d = doc('# Utstyr\n\nKommunen bør ha et lager [@ks2021, lp 3.5.1] for utstyr.\n');
  const h = citationHover(d.plan, at(d.text, 'lp 3.5.1', 2), report);
  assert.ok(h);
  const text = plain(h.markdown);
  assert.match(text, /\[@ks2021, lp\. 3\.5\.1\]/, 'canonical citation, not the typed form');
  assert.ok(text.includes('3 Smittevern, TISK og vaksinering – store oppgaver på toppen av ordinær drift › 3.5 Læringspunkt - smittevern, TISK og vaksinering'));
  assert.ok(text.includes('Kommunenes utstyrsberedskap var ikke dimensjonert'));
  assert.ok(text.includes('Deloitte for KS, 2021'));
  // The hover range is the citation item.
  assert.equal(d.text.slice(h.start, h.end), '@ks2021, lp 3.5.1');
});

test('a long finding is shortened with a "read more" link that opens the report at it', () => {
  const d = doc('Tekst [@ks2021, lp. 3.5.1].');
  const h = citationHover(d.plan, at(d.text, 'lp.'), report, { maxTextLength: 200 });
  assert.ok(h);
  assert.ok(LP351.length > 200);
  assert.ok(!plain(h.markdown).includes('nasjonalt beredskapslager'), 'the tail of a long finding is cut');
  const links = commandLinks(h.markdown);
  assert.deepEqual(
    links.map((l) => [l.label, l.command, l.args]),
    [
      ['Les mer', 'evidensplan.openInReport', ['lp. 3.5.1']],
      ['Åpne i rapporten', 'evidensplan.openInReport', ['lp. 3.5.1']],
      ['Kopier kildehenvisning', 'evidensplan.copyCitation', ['[@ks2021, lp. 3.5.1]']],
    ],
  );
  for (const l of links) assert.ok((HOVER_COMMANDS as readonly string[]).includes(l.command));
});

test('a short finding is shown whole, without "read more"', () => {
  const d = doc('Tekst [@ks2021, lp. 7.4.2].');
  const h = citationHover(d.plan, at(d.text, 'lp.'), report)!;
  assert.ok(plain(h.markdown).includes(LP742));
  assert.ok(!commandLinks(h.markdown).some((l) => l.label === 'Les mer'));
});

test('the UI language switches the hover text', () => {
  const d = doc('Tekst [@ks2021, lp. 7.4.2].');
  const en = citationHover(d.plan, at(d.text, 'lp.'), report, { lang: 'en' })!;
  assert.ok(commandLinks(en.markdown).some((l) => l.label === 'Open in report'));
  assert.ok(commandLinks(en.markdown).some((l) => l.label === 'Copy citation'));
  assert.ok(plain(en.markdown).includes('Learning point'));
  const nn = citationHover(d.plan, at(d.text, 'lp.'), report, { lang: 'nn' })!;
  assert.ok(commandLinks(nn.markdown).some((l) => l.label === 'Opne i rapporten'));
});

test('report text is escaped: no links, HTML or command URIs from the finding reach the hover', () => {
  const d = doc('Fotnoten [@ks2021, fn. 45].');
  const h = citationHover(d.plan, at(d.text, 'fn.'), report)!;
  // The only command links are ours.
  const links = commandLinks(h.markdown);
  assert.ok(links.every((l) => l.command.startsWith('evidensplan.')));
  assert.ok(!/\]\(command:workbench/.test(h.markdown));
  assert.ok(!/(^|[^\\])<img/.test(h.markdown), 'HTML is escaped');
  assert.ok(h.markdown.includes('\\<img'));
  assert.ok(h.markdown.includes('\\[lenke\\]\\(command\\:workbench'), h.markdown);
});

test('escapeMarkdown neutralises every Markdown construct', () => {
  const s = escapeMarkdown('[x](command:a) **b** <i> `c` # d\n\ne | f ~ g');
  assert.ok(!/(^|[^\\])[[\]()*<>`#|~]/.test(s), s);
  assert.ok(!s.includes('\n'));
});

test('hover on an unknown locator explains and lists the nearest valid locators', () => {
  const d = doc('Tekst [@ks2021, lp. 3.5.9].');
  const h = citationHover(d.plan, at(d.text, 'lp.'), report)!;
  const text = plain(h.markdown);
  assert.match(text, /Rapporten har ikke noe «lp\. 3\.5\.9»/);
  const nearest = commandLinks(h.markdown).filter((l) => l.command === 'evidensplan.openInReport').map((l) => l.args[0]);
  assert.ok(nearest.includes('lp. 3.5.1') && nearest.includes('lp. 3.5.2'), JSON.stringify(nearest));
});

test('hover on an unknown source key says so and suggests the known key', () => {
  const d = doc('Tekst [@ks2012, lp. 3.5.1].');
  const h = citationHover(d.plan, at(d.text, 'ks2012'), report)!;
  assert.match(plain(h.markdown), /Ukjent kilde «@ks2012»/);
  assert.ok(h.markdown.includes('`@ks2021`'));
});

test('malformed citations get an explanation, never an exception', () => {
  const cases: [string, RegExp][] = [
    ['Tekst [@ks2021, lp. ] her.', /mangler et gyldig nummer/],
    ['Tekst [@] her.', /Mangler kildenøkkel/],
    ['Tekst [@ks2021 lp 3.5.1] her.', /Skill kildenøkkel og lokator med komma: \[@ks2021, lp\. 3\.5\.1\][\s\S]*utstyrsberedskap/],
    ['Tekst [@ks2021, x. 12] her.', /Ukjent lokatortype/],
  ];
  for (const [text, want] of cases) {
    const d = doc(text);
    for (let o = 0; o <= text.length; o++) citationHover(d.plan, o, report); // never throws
    const h = citationHover(d.plan, at(text, '@', 1), report) ?? citationHover(d.plan, at(text, '['), report);
    assert.ok(h, `a hover for ${text}`);
    assert.match(plain(h.markdown), want, text);
  }
});

test('a citation broken over a line still resolves', () => {
  const d = doc('Kommunen bør ha et lager [@ks2021,\nlp. 3.5.1] for utstyr.');
  const h = citationHover(d.plan, at(d.text, 'lp.'), report)!;
  assert.ok(plain(h.markdown).includes('utstyrsberedskap'));
});

test('no hover outside citations, in code or on e-mail addresses', () => {
  const d = doc('Skriv til post@kommune.no.\n\n`[@ks2021, lp. 3.5.1]`\n\n```\n[@ks2021, lp. 3.5.1]\n```\n');
  assert.equal(citationHover(d.plan, at(d.text, '@kommune', 1), report), undefined);
  assert.equal(citationHover(d.plan, at(d.text, 'lp.'), report), undefined);
  assert.equal(citationHover(d.plan, at(d.text, 'lp.', 0, 1), report), undefined);
  assert.equal(citationHover(d.plan, 0, report), undefined);
});

test('on the brackets of a multi-item citation every item is shown', () => {
  const d = doc('Se [@ks2021, lp. 3.5.1; @ks2021, lp. 7.4.2].');
  const h = citationHover(d.plan, at(d.text, '['), report)!;
  const text = plain(h.markdown);
  assert.ok(text.includes('[@ks2021, lp. 3.5.1]') && text.includes('[@ks2021, lp. 7.4.2]'));
  // On one item: only that one.
  const one = citationHover(d.plan, at(d.text, 'lp. 7'), report)!;
  assert.ok(!plain(one.markdown).includes('[@ks2021, lp. 3.5.1]'));
});

test('10,000 citations in one paragraph: hovers stay correct at both ends', () => {
  const para = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? '[@ks2021, lp. 3.5.1]' : '[@ks2021, lp. 7.4.2]')).join(' ');
  const d = doc(`# Mange\n\n${para}\n`);
  assert.equal(d.plan.citations.length, 10_000);
  const first = citationHover(d.plan, at(d.text, 'lp.'), report)!;
  assert.ok(plain(first.markdown).includes('lp. 7.4.2'));
  const last = citationHover(d.plan, d.text.lastIndexOf('lp.'), report)!;
  assert.ok(plain(last.markdown).includes('lp. 3.5.1'));
});

/**
 * Regression tests for the seams an audit found in the index (issue 10): each
 * drives the parsed report the way a writer meets it (the finding's text, its
 * locator, its section), and each failed before its fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinPieces, wholeWords } from '../../src/build/corpus/text.js';
import { report, source } from './support.js';

const byLocator = (l: string) => report().findings.find((f) => f.locator === l);
const containing = (s: string) => report().findings.filter((f) => f.text.includes(s));

test('a line-end hyphen is dropped only where the joined word is a word: "august-desember" and "covid-19-relaterte" stay', () => {
  assert.ok(containing('august-desember').length >= 2, 'both "august-desember" passages keep the hyphen');
  assert.equal(containing('augustdesember').length, 0);
  assert.ok(containing('covid-19-relaterte').length >= 1);
  assert.equal(containing('covid- 19').length, 0);
  // A word broken over two lines is still joined.
  assert.ok(containing('beredskapsområdet').length >= 1);
  assert.equal(containing('beredskaps-området').length, 0);
  // The rule itself, on made-up pieces.
  const isWord = wholeWords('august og desember, og smittevern er ett ord');
  assert.equal(joinPieces(['i august-', 'desember 2020'], ['none', 'line'], isWord), 'i august-desember 2020');
  assert.equal(joinPieces(['god smitte-', 'vern'], ['none', 'line'], isWord), 'god smittevern');
  assert.equal(joinPieces(['covid-', '19-relaterte'], ['none', 'line'], isWord), 'covid-19-relaterte');
  assert.ok(source.includes('august-\n') || source.includes('august- \n') || /august-\s*\n/.test(source));
});

test('the Norwegian summary\'s "Sentrale erfaringer" and "Hva kan tas med videre?" items are indexed: aliases where the words are the same, own findings where not', () => {
  const r = report();
  const aliased = r.findings.flatMap((f) => (f.aliases ?? []).filter((a) => a.startsWith('se. sammendrag.')).map((a) => [a, f] as const));
  const own = r.findings.filter((f) => f.locator.startsWith('se. sammendrag.'));
  assert.equal(aliased.length + own.length, 28, 'every item of the summary\'s boxes and its closing list');
  for (const [, f] of aliased) assert.match(f.locator, /^se\. 10\./);
  // "Hva kan tas med videre?" in the summary is the same list as 10.3.
  for (let k = 1; k <= 6; k++) assert.ok(aliased.some(([a, f]) => f.locator === `se. 10.3.${k}` && a.startsWith('se. sammendrag.')), `se. 10.3.${k}`);
  // The summary words one item differently from chapter 10: that wording is quotable and findable.
  const diff = containing('tiltakenes forholdsmessighet');
  assert.ok(diff.some((f) => f.locator.startsWith('se. sammendrag.') && f.kind === 'key-experience'), diff.map((f) => f.locator).join());
  assert.ok(own.every((f) => f.section === 'sammendrag'));
});

test('a footnote\'s section is where its marker is, not the page foot its text sits on', () => {
  const r = report();
  const secOfOffset = (at: number) => {
    let inner: (typeof r.sections)[number] | undefined;
    for (const s of r.sections) if (s.span.start <= at && at < s.span.end && (!inner || s.span.start >= inner.span.start)) inner = s;
    return inner?.id;
  };
  let moved = 0;
  for (const f of r.findings) {
    if (f.kind !== 'footnote') continue;
    const num = Number(f.locator.slice(4));
    const marker = r.findings.find((x) => x.kind !== 'footnote' && x.footnotes.includes(num));
    if (!marker) continue;
    assert.equal(f.section, marker.section, `${f.locator}: marker in ${marker.locator}`);
    assert.equal(f.sectionTitle, marker.sectionTitle);
    if (secOfOffset(f.spans[0].start) !== f.section) moved++;
  }
  assert.ok(moved > 20, `many footnotes sit on a later section's page (${moved})`);
  assert.equal(byLocator('fn. 11')?.section, '2.1');
});

test('the foreword\'s numbered list items are paragraphs of their own, so later paragraphs keep their numbers', () => {
  const t = (n: number) => byLocator(`kap. forord avsn. ${n}`)?.text ?? '';
  assert.match(t(5), /^1\) Sårbare barn og unge/);
  assert.match(t(6), /^2\) Kriseledelse, beredskap og smittevern.*valgt ut for gruppeintervju og$/);
  assert.match(t(7), /^3\) Videregående opplæring/);
  assert.match(t(8), /^Sluttrapporten oppsummerer svarene/);
  assert.match(t(9), /^Undersøkelsen er gjennomført av Deloitte ved prosjektleder Kari Gåsemyr/);
  assert.match(t(11), /^Takk til KS/);
});

test('a table cell of the equality principle is not split into a paragraph of its own', () => {
  const cell = byLocator('kap. 2.1 avsn. 5')!;
  assert.match(cell.text, /^LIKHETSPRINSIPPET Ved håndteringen av en uønsket hendelse.*Erfaring og kunnskap om organisasjonen som opparbeides gjennom det daglige arbeidet, er et godt utgangspunkt for effektiv krisehåndtering\.$/);
  assert.match(byLocator('kap. 2.1 avsn. 6')!.text, /^Kommunenes ansvar for beredskapsplaner er nedfelt i flere lover/);
  assert.ok(!report().findings.some((f) => f.section === '2.1' && f.text.startsWith('Erfaring og kunnskap')));
});

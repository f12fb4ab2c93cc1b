/**
 * Structure: the report's parts, the section tree, the 37 learning points,
 * the footnotes, the boxes, as the report has them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, find } from './support.js';
import { structureProblems, LEARNING_POINT_COUNTS } from '../../src/build/corpus/checks.js';

const r = report();

/** The numbered sections as the report's own headings number them, in order. */
const NUMBERED = `1 1.1 1.2 2 2.1 2.2 2.2.1 2.3 2.4 2.4.1 2.4.2 2.5 2.6 3 3.1 3.2 3.3 3.4 3.4.1 3.4.2 3.4.3 3.5 4 4.1 4.1.1 4.1.2
4.1.3 4.1.4 4.2 5 5.1 5.2 5.3 5.4 5.4.1 5.4.2 5.4.3 5.5 6 6.1 6.2 6.3 6.4 6.5 7 7.1 7.2 7.3 7.3.1 7.3.2 7.3.3 7.3.4 7.3.5
7.3.6 7.3.7 7.4 8 8.1 8.2 8.2.1 8.3 8.3.1 8.3.2 8.4 8.4.1 8.4.2 8.4.3 8.4.4 8.4.5 8.4.6 8.5 9 9.1 9.2 9.2.1 9.2.2 9.2.3
9.2.4 9.2.5 9.2.6 9.2.7 9.2.8 9.3 10 10.1 10.2 10.2.1 10.2.2 10.2.3 10.2.4 10.2.5 10.2.6 10.2.7 10.2.8 10.3`.split(/\s+/);

test('the build-time structure checks pass', () => {
  assert.deepEqual(structureProblems(r), []);
});

test('parts and numbered sections are all present, in document order', () => {
  assert.deepEqual(
    r.sections.map((s) => s.id),
    ['forord', 'sammendrag', 'summary', ...NUMBERED, 'vedlegg-1', 'vedlegg-3'],
  );
  for (let k = 1; k < r.sections.length; k++) assert.ok(r.sections[k].line > r.sections[k - 1].line);
});

test('every section has the right parent, level and children', () => {
  const byId = new Map(r.sections.map((s) => [s.id, s]));
  for (const s of r.sections) {
    const expectedParent = s.number.includes('.') ? s.number.replace(/\.\d+$/, '') : undefined;
    assert.equal(s.parent, expectedParent, s.id);
    assert.equal(s.level, s.number ? s.number.split('.').length : 1, s.id);
    for (const c of s.children) assert.equal(byId.get(c)?.parent, s.id);
    if (s.parent) assert.ok(byId.get(s.parent)!.children.includes(s.id));
  }
  assert.deepEqual(byId.get('3.4')!.children, ['3.4.1', '3.4.2', '3.4.3']);
});

test('titles are joined over lines and separated from their numbers', () => {
  const title = (id: string) => r.sections.find((s) => s.id === id)!.title;
  assert.equal(title('3'), 'Smittevern, TISK og vaksinering – store oppgaver på toppen av ordinær drift');
  assert.equal(title('2'), 'Pandemiberedskap og kriseledelse - var det mulig å være forberedt?');
  assert.equal(title('7'), 'Sårbare barn og unge og bekymring for nye grupper');
  assert.equal(title('7.1'), 'Viktig, men krevende å følge opp barn og unge som trenger det');
  assert.equal(title('7.3.3'), 'Økende etterspørsel etter helsetjenester gjennom pandemien – en økt bekymring for barn og unges psykiske helse');
  assert.equal(title('8.4.3'), 'Sårbare elever', 'footnote marker 121 cut from the title');
  assert.equal(title('10'), 'Kommunenes erfaringer fra koronapandemien så langt - konklusjoner');
  assert.equal(title('vedlegg-1'), 'Metode');
  assert.equal(title('summary'), 'English summary');
  assert.equal(find('kap. 3').text, title('3'));
});

test('37 learning points, with the counts per section', () => {
  const lps = r.findings.filter((f) => f.kind === 'learning-point');
  assert.equal(lps.length, 37);
  for (const [sid, n] of Object.entries(LEARNING_POINT_COUNTS)) {
    const here = lps.filter((f) => f.section === sid);
    assert.deepEqual(
      here.map((f) => f.locator),
      Array.from({ length: n }, (_, k) => `lp. ${sid}.${k + 1}`),
    );
  }
});

test('learning points are whole: across page breaks, with their continuation paragraphs', () => {
  const lp351 = find('lp. 3.5.1').text;
  assert.match(lp351, /^Kommunenes utstyrsberedskap var ikke dimensjonert/);
  assert.match(lp351, /for å dimensjonere og finansiere beredskapslagringen\. Et slikt permanent lager er nå under utredning\. Kommunene må sikres/);
  assert.match(lp351, /tilstrekkelig tilgjengelig utstyr\.$/);
  assert.deepEqual(find('lp. 3.5.1').footnotes, [51]);
  const lp851 = find('lp. 8.5.1').text.split('\n\n');
  assert.equal(lp851.length, 3, 'the bullet and its two continuation paragraphs');
  assert.match(lp851[1], /^Gjennom pandemien har en fått mye lærdom/);
  assert.match(lp851[2], /^Undervisningen på skolen og digital undervisning må forstås som komplimentære metoder/);
  assert.match(find('lp. 9.3.8').text, /^Utformingen av omsorgsbygg og utearealer/);
  assert.match(find('lp. 9.3.6').text, /^Med nye medarbeidere/, 'a bullet at a page start (two spaces)');
  assert.match(find('lp. 7.4.8').text, /^Redusert forebyggende arbeid/);
  // The Stovner example on the same page as 5.5's learning points is not a continuation of them.
  assert.doesNotMatch(find('lp. 5.5.2').text, /Stovner/);
});

test('footnotes 1..140 are all present, once each, in order', () => {
  const fns = r.findings.filter((f) => f.kind === 'footnote').map((f) => f.locator);
  assert.deepEqual(
    fns,
    Array.from({ length: 140 }, (_, k) => `fn. ${k + 1}`),
  );
  assert.match(find('fn. 45').text, /75 prosent/);
  assert.equal(find('fn. 17').text, 'Se figur 2, vedlegg 3. n varierer fra 20 til 341 avhengig av sektor. Ledere fra totalt 202 kommuner har svart på spørsmålet.');
});

test('every footnote marker in the text is attached to the finding that references it', () => {
  const refs = new Map<number, string[]>();
  for (const f of r.findings) for (const n of f.footnotes) refs.set(n, [...(refs.get(n) ?? []), f.locator]);
  // 64 is referenced from nowhere in the extracted text; 138-140 from table rows (tables are not findings); 96 shares a marker run "95 96".
  const unreferenced = Array.from({ length: 140 }, (_, k) => k + 1).filter((n) => !refs.has(n));
  assert.ok(unreferenced.length <= 5, `unreferenced footnotes: ${unreferenced.join(', ')}`);
  for (const [n, where] of refs) assert.equal(where.length, 1, `fn. ${n} referenced by ${where.join(', ')}`);
  assert.deepEqual(find('kap. 2.5 avsn. 1').footnotes, [23]);
  assert.match(find('kap. 2.5 avsn. 1').text, /blitt informert om kriseledelsens drøftinger\. Det er noen ordførere/, '«drøftinger.23»: marker cut, full stop kept');
});

test('key experiences: chapter 10 boxes are canonical, the Sammendrag repeats are recorded, not duplicated', () => {
  const se = r.findings.filter((f) => f.kind === 'key-experience');
  const ch10 = se.filter((f) => f.section.startsWith('10.'));
  assert.equal(ch10.length, 28);
  assert.deepEqual(
    ch10.filter((f) => f.section === '10.3').map((f) => f.locator),
    ['se. 10.3.1', 'se. 10.3.2', 'se. 10.3.3', 'se. 10.3.4', 'se. 10.3.5', 'se. 10.3.6'],
  );
  assert.match(find('se. 10.3.1').text, /^Digitalisering\. Pandemien har satt fart/);
  // Every chapter 10 item is repeated in the Sammendrag: word for word (an alias, recorded),
  // or in other words (a finding of its own, so its wording is quotable and findable).
  const own = se.filter((f) => f.section === 'sammendrag');
  for (const f of ch10) assert.ok(f.alsoAt?.length || f.aliases?.length || own.length, `${f.locator} has no Sammendrag repeat`);
  assert.equal(ch10.filter((f) => f.aliases?.length).length + own.length, 28);
  assert.equal(own.length, 2);
  // The English summary's list is its own.
  assert.equal(se.filter((f) => f.section === 'summary').length, 6);
  assert.match(find('se. summary.1').text, /^The pandemic has accelerated/);
});

test('boxes spliced mid-sentence are untangled: the paragraph around is whole, the items are whole', () => {
  const p = r.findings.find((f) => f.section === '10.2.2' && f.text.startsWith('Kommunen har særlig hatt en utfordring'))!;
  assert.match(p.text, /Personell som arbeider med barn og unge har i hovedsak blitt skjermet for å bli omdisponert til disse oppgavene\./);
  assert.doesNotMatch(p.text, /Sentrale erfaringer|Digitale møter/);
  assert.equal(find('se. 10.2.1.4').text, 'Digitale møter har vært hensiktsmessige for å sikre effektiv og bred involvering av relevant personell i kriseledelse');
  const s = r.findings.find((f) => f.section === 'sammendrag' && f.text.startsWith('Ledere og ansatte i kommunene beskriver en brå nedstengning'))!;
  assert.match(s.text, /viktig for sårbare barn og unge, tidlig i pandemien\./);
  // A box spliced between two sentences of one paragraph (layout data: joins).
  const t = r.findings.find((f) => f.section === 'sammendrag' && f.text.startsWith('Det har likevel vært en betydelig utfordring'))!;
  assert.match(t.text, /i 2020\. Dette innebærer at kommunene har vært nødt til å tenke nytt/);
});

test('section findings and section finding lists', () => {
  const s = r.sections.find((x) => x.id === '3.5')!;
  assert.deepEqual(s.findings.filter((l) => l.startsWith('lp.')), ['lp. 3.5.1', 'lp. 3.5.2', 'lp. 3.5.3', 'lp. 3.5.4']);
  assert.ok(s.findings.includes('fn. 51'));
  for (const sec of r.sections) assert.equal(find(`kap. ${sec.id}`).kind, 'section');
  const avsn = r.sections.find((x) => x.id === '3.4.3')!.findings.filter((l) => l.includes('avsn.'));
  assert.deepEqual(avsn.slice(0, 2), ['kap. 3.4.3 avsn. 1', 'kap. 3.4.3 avsn. 2']);
});

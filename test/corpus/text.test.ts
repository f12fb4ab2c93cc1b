/**
 * How lines are joined into clean text, and the parser on input that is not
 * the report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinPieces, spansText } from '../../src/build/corpus/text.js';
import { parseReport } from '../../src/build/corpus/parse.js';
import { structureProblems } from '../../src/build/corpus/checks.js';

const meta = { key: 'ks2021', title: 't', author: 'a', commissionedBy: 'KS', place: 'Bergen', date: '2021-09-17', language: 'nb', file: 'ks2021.txt' };

test('line-end hyphens: a broken word is joined, a real hyphen stays', () => {
  assert.equal(joinPieces(['øvelser på beredskaps-', 'området'], ['none', 'line']), 'øvelser på beredskapsområdet');
  assert.equal(joinPieces(['utføre TISK-', 'oppgaver'], ['none', 'line']), 'utføre TISK-oppgaver');
  assert.equal(joinPieces(['Som følge av Covid-19-', 'viruset'], ['none', 'line']), 'Som følge av Covid-19-viruset');
  assert.equal(joinPieces(['innen helse-', 'og omsorg'], ['none', 'line']), 'innen helse- og omsorg');
  assert.equal(joinPieces(['to   spaces', '  and  a line'], ['none', 'line']), 'to spaces and a line');
});

test('a URL broken over lines is joined without a space only when the line ended flush', () => {
  const url = ['Se https://www.helsedirektoratet.no/testing-isolasjon-smittesporing-', 'og-karantene'];
  assert.equal(joinPieces(url, ['none', 'flush']), 'Se https://www.helsedirektoratet.no/testing-isolasjon-smittesporing-og-karantene');
  assert.equal(joinPieces(['Se https://www.nasjonalthelsepersonell.no/', 'som en løsning'], ['none', 'line']), 'Se https://www.nasjonalthelsepersonell.no/ som en løsning');
});

test('spans on one line (a marker cut out) join as they stand', () => {
  const src = 'flere kommuner43 som påpeker\nneste linje';
  assert.equal(spansText(src, [{ start: 0, end: 14 }, { start: 16, end: 28 }, { start: 29, end: 40 }]), 'flere kommuner som påpeker neste linje');
});

test('the parser refuses a text its layout data does not fit, loudly', () => {
  assert.throws(() => parseReport('', meta), /layout: .* the report text changed/);
  assert.throws(() => parseReport('\u0000\u0001binary', meta), /layout: /);
});

test('the parser on other input (empty layout): a clear error or a plain report, never a hang', () => {
  const layout = {
    parts: [{ id: 'forord', title: 'Forord', heading: 'Forord', evidence: 'test' }],
    boxSections: { entries: [] },
    furniture: [],
    orphanMarkers: [],
    joins: [],
  };
  assert.deepEqual(parseReport('', meta, { layout }).findings, []);
  assert.ok(structureProblems(parseReport('', meta, { layout })).length > 0, 'an empty text fails the structure checks');
  assert.throws(() => parseReport('Dette er ikke rapporten.\n', meta, { layout }), /text before the first part heading at line 1/);
  assert.throws(() => parseReport('\u0000\u0001\u0002binary\n', meta, { layout }), /before the first part heading/);
  const big = ' Forord \n\n' + 'Et avsnitt med tekst. '.repeat(20).concat('\n\n').repeat(5000);
  const r = parseReport(big, meta, { layout });
  assert.equal(r.findings.filter((f) => f.kind === 'paragraph').length, 5000);
  assert.equal(r.findings.find((f) => f.locator === 'kap. forord avsn. 5000')?.text, 'Et avsnitt med tekst. '.repeat(20).trim());
});

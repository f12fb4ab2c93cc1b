/** missing-required-section through the lint engine: § 4 a–e in Bokmål and Nynorsk, the skeleton fix, docs. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import rule, { meta } from '../../src/core/lint/rules/missing-required-section.js';
import { applyFix } from '../../src/core/lint/fix.js';
import { lintWith } from '../fixtures/domain/lint-helper.js';
import { docExamples, fixture } from '../fixtures/domain/docs.js';

const R = rule;
const overall = (body: string, extra = '') => `---\nplantype: overordnet-beredskapsplan\n${extra}---\n\n# Beredskapsplan\n\n${body}`;

describe('missing-required-section', () => {
  test('an overall plan without the elements gets five messages citing § 4 a–e, on the title line', () => {
    const text = overall('Tekst.\n');
    const msgs = lintWith(R, text);
    assert.deepEqual(msgs.map((m) => /§ 4 bokstav ([a-e])/.exec(m.message)?.[1]), ['a', 'b', 'c', 'd', 'e']);
    for (const m of msgs) assert.equal(text.slice(m.start, m.end), '# Beredskapsplan');
  });

  test('other plan types and plans without a plan type are not checked', () => {
    assert.deepEqual(lintWith(R, '---\nplantype: smittevernplan\n---\n\n# Plan\n'), []);
    assert.deepEqual(lintWith(R, '# Plan\n'), []);
  });

  test('Bokmål: headings and text', () => {
    const text = overall('## Kommunens kriseledelse\n\n## Varsling\n\nVarslingslisten er i vedlegg 2.\n\n## Ressurser\n\nRessursoversikten ligger i vedlegg 3.\n\n## Evakuering\n\nVi bruker befolkningsvarsling på SMS.\n\n## Kommunikasjonsplan\n');
    assert.deepEqual(lintWith(R, text), []);
  });

  test('Nynorsk: headings and text', () => {
    const text = overall('## Kriseleiinga\n\n## Varslingslista\n\n## Ressursoversikt\n\n## Evakuering\n\nVarsling av befolkninga skjer med SMS.\n\n## Krisekommunikasjon\n', 'språk: nn\n');
    assert.deepEqual(lintWith(R, text), []);
  });

  test('element d with only evacuation says what is missing', () => {
    const text = overall('## Kriseledelse\n\n## Varslingsliste\n\n## Ressursoversikt\n\n## Evakuering\n\n## Krisekommunikasjon\n');
    const [m] = lintWith(R, text);
    assert.match(m.message, /bokstav d/);
    assert.match(m.message, /evakueringsplan er med, men plan for befolkningsvarsling mangler/);
  });

  test('the suggestion (never fix all) appends a heading skeleton in the plan\'s language, and the element is then recognised', () => {
    const nb = overall('## Kriseledelse\n\n## Varslingsliste\n\n## Ressursoversikt\n\n## Evakuering og befolkningsvarsling\n');
    const [m] = lintWith(R, nb);
    assert.match(m.message, /bokstav e/);
    const fixed = applyFix(nb, m.suggestions![0]);
    assert.equal(m.fix, undefined);
    assert.match(fixed, /\n## Plan for krisekommunikasjon med befolkningen, media og egne ansatte \(§ 4 e\)\n\n\[Fyll inn: /);
    assert.deepEqual(lintWith(R, fixed), []);

    const nn = overall('## Kriseleiing\n', 'språk: nn\n');
    const c = lintWith(R, nn).find((x) => /bokstav c/.test(x.message))!;
    assert.match(c.suggestions![0].edits[0].text, /## Ressursoversikt \(§ 4 c\)/);
    const e = lintWith(R, nn).find((x) => /bokstav e/.test(x.message))!;
    assert.match(e.suggestions![0].edits[0].text, /eigne tilsette/);
  });

  test('messages in English', () => {
    assert.match(lintWith(R, overall(''), { uiLanguage: 'en' })[0].message, /§ 4 letter a/);
  });

  test('clean plans (nb, nn) stay clean', () => {
    for (const f of ['clean-overordnet-nb.md', 'clean-overordnet-nn.md']) assert.deepEqual(lintWith(R, fixture(f)), [], f);
  });

  test('the docs page: the bad example is flagged, the good one is not', () => {
    const { bad, good } = docExamples(meta.id);
    assert.ok(bad.length && good.length);
    for (const b of bad) assert.ok(lintWith(R, b).length > 0, b);
    for (const g of good) assert.deepEqual(lintWith(R, g), [], g);
  });
});

describe('missing-required-section: § 4 elements in the words writers use', () => {
  test('"Varsling av innbyggere" and "Informasjon til innbyggere, media og ansatte" are § 4 d and e elements', () => {
    const text = `---\nplantype: overordnet-beredskapsplan\n---\n# Beredskapsplan\n\n## Kriseledelse\n\nKriseledelsen ledes av kommunedirektøren.\n\n## Varslingsliste\n\nVarslingslisten oppdateres hvert kvartal.\n\n## Ressursoversikt\n\nVedlegg 2.\n\n## Evakuering\n\nEvakuerte møter på skolen.\n\n### Varsling av innbyggere\n\nVi sender SMS til alle i området.\n\n## Informasjon til innbyggere, media og ansatte\n\nNettsiden er hovedkanal.\n`;
    assert.deepEqual(lintWith(R, text).map((m) => m.message), []);
  });
});

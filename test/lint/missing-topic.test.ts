/** missing-topic through the lint engine: plan types, evidence, the section-template fix, options, docs. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import rule, { meta } from '../../src/core/lint/rules/missing-topic.js';
import { applyFix } from '../../src/core/lint/fix.js';
import { topicsFor, topicById } from '../../src/core/topics/index.js';
import { lintWith } from '../fixtures/domain/lint-helper.js';
import { docExamples, fixture } from '../fixtures/domain/docs.js';

const R = rule;

describe('missing-topic', () => {
  test('an overall plan with only a title misses every topic of its plan type, one message each on the title line', () => {
    const text = '---\nplantype: overordnet-beredskapsplan\n---\n\n# Beredskapsplan\n\nTekst.\n';
    const msgs = lintWith(R, text);
    assert.equal(msgs.length, topicsFor('overordnet-beredskapsplan').length);
    for (const m of msgs) {
      assert.equal(m.line, 5);
      assert.equal(text.slice(m.start, m.end), '# Beredskapsplan');
    }
  });

  test('the message quotes the learning point; evidence lists the topic\'s citations', () => {
    const text = '# Plan\n';
    const m = lintWith(R, text).find((x) => x.message.includes('Personellberedskap'))!;
    assert.ok(m);
    assert.match(m.message, /læringspunkt 3\.5\.2.*«bør inkludere en plan for å oppskalere/);
    assert.deepEqual(m.evidence, topicById('personellberedskap')!.learningPoints.map((lp) => `[@ks2021, ${lp}]`));
  });

  test('the fix appends the topic\'s section template, and then the topic is covered', () => {
    const text = '# Plan\n\nLitt tekst.\n';
    const msgs = lintWith(R, text);
    const m = msgs.find((x) => x.evidence.includes('[@ks2021, lp. 3.5.1]'))!;
    assert.equal(m.fix, undefined, 'a template is never a fix-all fix');
    const fixed = applyFix(text, m.suggestions![0]);
    assert.ok(fixed.startsWith(text));
    assert.match(fixed.slice(text.length), /^\n## .*\n[\s\S]*\[@ks2021, lp\. 3\.5\.1\]/);
    const after = lintWith(R, fixed);
    assert.equal(after.length, msgs.length - 1);
    assert.ok(!after.some((x) => x.evidence.includes('[@ks2021, lp. 3.5.1]')));
  });

  test('Nynorsk plan: the inserted section is in Nynorsk', () => {
    const text = '---\nspråk: nn\n---\n\n# Plan\n';
    const m = lintWith(R, text).find((x) => x.evidence.includes('[@ks2021, lp. 3.5.1]'))!;
    assert.match(m.suggestions![0].title, /Utstyrsberedskap/);
    assert.match(m.suggestions![0].edits[0].text, /## Utstyrsberedskap og smittevernutstyr/);
  });

  test('no heading: the message sits on the first line after the front matter', () => {
    const text = '---\nrevidert: 2025-01-01\n---\n\nFørste linje.\nAndre.\n';
    const [m] = lintWith(R, text);
    assert.equal(text.slice(m.start, m.end), 'Første linje.');
  });

  test('a topic covered by a heading, by text or by a citation is not reported', () => {
    const base = '# Plan\n\n';
    const has = (body: string, lp: string) => lintWith(R, base + body).some((m) => m.evidence.includes(`[@ks2021, ${lp}]`));
    assert.equal(has('## Smittevernutstyr\n\nVi har et lager av munnbind og hansker for åtte uker, og lageret rulleres hvert år slik at det holder.\n', 'lp. 3.5.1'), false);
    assert.equal(has('Vi kjøper munnbind og fyller beredskapslageret.\n', 'lp. 3.5.1'), false);
    // A heading alone, or one word in a list or a table, is not a treatment.
    assert.equal(has('## Smittevernutstyr\n', 'lp. 3.5.1'), true);
    assert.equal(has('- munnbind\n- hansker\n', 'lp. 3.5.1'), true);
    assert.equal(has('| Utstyr | Smittevernutstyr |\n| --- | --- |\n| Lager | Beredskapslager |\n', 'lp. 3.5.1'), true);
    assert.equal(has('Se [@ks2021, lp. 9.3.3].\n', 'lp. 3.5.1'), false);
    assert.equal(has('Ingenting om utstyr.\n', 'lp. 3.5.1'), true);
  });

  test('option ignore', () => {
    const all = lintWith(R, '# Plan\n').length;
    assert.equal(lintWith(R, '# Plan\n', { options: { ignore: ['utstyrsberedskap'] } }).length, all - 1);
  });

  test('clean plans (nb, nn) stay clean', () => {
    for (const f of ['clean-overordnet-nb.md', 'clean-overordnet-nn.md']) assert.deepEqual(lintWith(R, fixture(f)), [], f);
  });

  test('messages in English', () => {
    assert.match(lintWith(R, '# Plan\n', { uiLanguage: 'en' })[0].message, /^The plan does not address/);
  });

  test('the docs page: the bad example is flagged, the good one is not', () => {
    const { bad, good } = docExamples(meta.id);
    assert.ok(bad.length && good.length);
    for (const b of bad) assert.ok(lintWith(R, b).some((m) => m.message.includes('Personellberedskap')), b);
    for (const g of good) assert.deepEqual(lintWith(R, g), [], g);
  });

  test('bad input', () => {
    assert.doesNotThrow(() => lintWith(R, ''));
    assert.doesNotThrow(() => lintWith(R, '---\nplantype: [\n---\n# x'));
    assert.doesNotThrow(() => lintWith(R, '\u0000'.repeat(1000)));
  });
});

describe('missing-topic: sector plans and the writer\'s own words', () => {
  const ids = (text: string) => lintWith(R, text).map((m) => m.evidence[0]);
  test('a health and care sector plan (sektor: or its title) is not asked about schools, exams or apprentices', () => {
    for (const head of ['---\nplantype: sektorplan\nsektor: helse og omsorg\n---\n# Beredskapsplan\n', '---\nplantype: sektorplan\n---\n# Beredskapsplan for helse og omsorg\n']) {
      const got = ids(head);
      for (const lp of ['lp. 8.5.1', 'lp. 8.5.3', 'lp. 8.5.4', 'lp. 7.4.7']) assert.ok(!got.includes(`[@ks2021, ${lp}]`), `${lp} in ${head}`);
      assert.ok(got.includes('[@ks2021, lp. 9.3.2]'), 'visiting restrictions are a health and care topic');
    }
    const oppvekst = ids('---\nplantype: sektorplan\nsektor: oppvekst\n---\n# Plan\n');
    assert.ok(oppvekst.includes('[@ks2021, lp. 8.5.1]') && !oppvekst.includes('[@ks2021, lp. 9.3.2]'));
    // Unknown sector: only what every sector shares.
    const unknown = ids('---\nplantype: sektorplan\n---\n# Beredskapsplan\n');
    assert.ok(unknown.includes('[@ks2021, lp. 3.5.2]') && !unknown.includes('[@ks2021, lp. 8.5.1]') && !unknown.includes('[@ks2021, lp. 9.3.2]'));
  });

  test('a section in Nynorsk in the writer\'s own words counts', () => {
    const text = '---\nplantype: smittevernplan\nspråk: nn\n---\n# Smittevernplan\n\n## Besøk på sjukeheimen\n\nVed utbrot kan kommuneoverlegen avgrense besøk, men eit totalt besøksforbod var svært tungt for bebuarane og dei pårørande.\n';
    assert.ok(!ids(text).includes('[@ks2021, lp. 9.3.2]'));
  });
});

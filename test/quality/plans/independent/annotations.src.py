# Annotations of the independent plans, written blind (before any run of the
# tool on them) by a reviewer who did not tune the rules. Each entry gives the
# rule, the words, and a context to find the line; this script writes
# <plan>.expect.json beside each plan with the line filled in.
# Run: python3 test/quality/plans/independent/annotations.src.py
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..'))
from annotations_lib import M, LINE, TOPIC, SEC, ALL_LPS, write_expect

plans = {
 'overordnet-brekkestad.md': dict(
  must=[
   LINE('stale-review', 'revidert: 14. mars 2024', note='revised 14 March 2024, more than a year before now (forskrift § 6)'),
   M('outdated-term', 'Rådmannen', 'Rådmannen rapporterer', note='current use; the plan otherwise says kommunedirektør'),
   M('outdated-term', 'Fylkesmannen', 'Fylkesmannen skal varsles straks', note='current use (Statsforvalteren since 2021)'),
   M('misquote', 'regionale', 'Både nasjonale og regionale', note='lp. 3.5.4 says "nasjonale og lokale bemanningsportaler"'),
   M('number-mismatch', '70 %', 'om lag 70 % av kommunene', note='fn. 42 says "Nær 60 %"'),
   M('uncited-claim', 'Undersøkelsen fra KS viser', note='survey claim, no citation (and not what the report says)'),
   SEC('d', note='no evacuation plan and no plan for warning the population (SMS only as an information channel)'),
   TOPIC('missing-topic', 'naeringsliv-og-frivillighet', note='only one bullet in the list of evaluation findings; support schemes and dialogue not treated'),
   TOPIC('missing-topic', 'risikovurdering-barn-og-unge', note='risk assessments never consider consequences for children and young people'),
  ],
  mustNot=[
   M('outdated-term', 'fylkesmann', 'daværende fylkesmann', note='historical (I 2020, daværende)'),
   M('misquote', 'Hvordan nødvendig forankring', note='faithful quote of lp. 2.6.5'),
   M('misquote', 'Kommunenes utstyrsberedskap', '«Kommunenes utstyrsberedskap', note='faithful quote of lp. 3.5.1 over a line break'),
   M('number-mismatch', '85 %', 'oppgir 85 %', note='fn. 91 says 85 %'),
   M('number-mismatch', '12 400', 'om lag 12 400 innbyggere', note='local figure'),
   M('number-mismatch', '86 plasser', note='local figure'),
   M('number-mismatch', '1 140', '1 140 smittetilfeller', note='local figure'),
   M('number-mismatch', '400 personer', note='local figure, in a sentence that cites lp. 5.5.1 two lines on'),
   SEC('a', note='section 3 Kommunens kriseledelse'),
   SEC('b', note='section 4, varslingslisten in vedlegg 3'),
   SEC('c', note='resources: personnel overview (6.1), equipment store (6.2), premises (3.5) — a reviewer could argue, but it is there'),
   SEC('e', note='section 5 Krisekommunikasjon'),
   TOPIC('missing-topic', 'statlig-varsling', note='section 7: short notice, cites kap. 4.1.2'),
   TOPIC('missing-topic', 'intern-kommunikasjon', note='5.1: intranet, rutiner in kvalitetssystemet'),
   TOPIC('missing-topic', 'kommunelegens-rolle', note='3.2 Kommuneoverlegens plass'),
   TOPIC('missing-topic', 'politisk-forankring', note='3.3'),
   TOPIC('missing-topic', 'personellberedskap', note='6.1'),
   M('unknown-locator', '[@ks2021]', '- [@ks2021]', note='bare entry in the reference list'),
   M('unknown-locator', 'kap. 2.4.1', note='exists: Kommunelegenes rolle'),
   M('unknown-locator', 'kap. 4.1.2', note='exists'),
   M('unknown-locator', 's. 34', note='page of section 2.6'),
  ],
  optional=[],
  coverage=dict(
   treated=['lp. 2.6.1','lp. 2.6.2','lp. 2.6.3','lp. 2.6.4','lp. 2.6.5','lp. 3.5.1','lp. 3.5.2','lp. 3.5.3','lp. 3.5.4',
            'lp. 4.2.1','lp. 4.2.3','lp. 5.5.1','lp. 5.5.2','lp. 9.3.4','lp. 9.3.5','lp. 9.3.7'],
   either=['lp. 4.2.2','lp. 9.3.3','lp. 7.4.4','lp. 9.3.2'])),
 'smittevernplan-lyngvaer-nn.md': dict(
  must=[
   M('outdated-term', 'Helsesøstera', note='current use (helsesykepleier since 2019)'),
   M('outdated-term', 'Fylkesmannen', 'Fylkesmannen i Vestland skal framleis', note='current use'),
   M('misquote', 'ønskelig', '«Tilstrekkelig smittevernutstyr er', note='lp. 9.3.3 says "er helt nødvendig for å sikre"'),
   M('number-mismatch', '43 %', note='fn. 48 says 33 % (helsestasjon) in middle/high-infection municipalities'),
   M('uncited-claim', 'Undersøkinga viser', note='survey claim, no citation (and the report does not say it)'),
   TOPIC('missing-topic', 'opplaering', note='no training of new or redeployed staff'),
   TOPIC('missing-topic', 'digital-samhandling', note='no interdisciplinary cooperation, digital meetings or alternative arenas'),
  ],
  mustNot=[
   LINE('stale-review', 'revidert: 02.10.2026', note='revised October 2026, within a year'),
   M('outdated-term', 'rådmann', 'dåverande rådmann', note='historical (I 2020, dåverande)'),
   M('outdated-term', 'Fylkesmannen', 'kom frå Fylkesmannen i Vestland', note='historical, same sentence as I 2020'),
   M('misquote', 'Kommunene har i stor grad lykkes', note='faithful quote of lp. 3.5.2'),
   M('number-mismatch', '88 %', note='fn. 102 says 88 %'),
   M('number-mismatch', '5 300', 'Lyngvær har 5 300', note='local figure'),
   M('number-mismatch', '9 000', 'over 9 000 dosar', note='local figure'),
   M('number-mismatch', '17 smitta', note='local figure'),
   TOPIC('missing-topic', 'besoksrestriksjoner', note='9.3'),
   TOPIC('missing-topic', 'prioritering-barn-og-unge', note='9.2 and 8'),
   TOPIC('missing-topic', 'lokal-tilpasning-av-tiltak', note='4.3'),
   TOPIC('missing-topic', 'risikovurdering-barn-og-unge', note='4.3 second paragraph'),
   TOPIC('missing-topic', 'intern-kommunikasjon', note='10: intranett, kvalitetssystem, gjeldande rutinar'),
   TOPIC('missing-topic', 'hvem-er-sarbare', note='9.1'),
   M('unknown-locator', '[@ks2021]', '- [@ks2021]', note='bare entry in the reference list'),
   M('unknown-locator', 'kap. 7.4', '[@ks2021, kap. 7.4]', note='exists'),
   M('outdated-term', 'helse- og omsorgstenestelova', note='current act'),
  ],
  optional=[],
  coverage=dict(
   treated=['lp. 2.6.1','lp. 2.6.2','lp. 2.6.3','lp. 2.6.4','lp. 5.5.2','lp. 3.5.1','lp. 9.3.3','lp. 3.5.2','lp. 3.5.3',
            'lp. 9.3.5','lp. 5.5.1','lp. 7.4.1','lp. 7.4.2','lp. 7.4.3','lp. 7.4.6','lp. 9.3.2','lp. 9.3.7'],
   either=['lp. 9.3.4','lp. 4.2.2','lp. 7.4.7','lp. 7.4.10','lp. 9.3.1','lp. 2.6.5'])),
}

COMMENT = ('Hand-written annotation, written blind by an independent reviewer before the tool was run on this plan: '
           'every diagnostic this plan must give (must), must not give (mustNot) and may give (optional); and which '
           'learning points its coverage must count (treated), may count (either) — every other learning point must '
           'not be counted by topic. See docs/quality.md.')

for name, spec in plans.items():
    write_expect(os.path.join(HERE, name), spec, COMMENT, unique=True)
print('ok')

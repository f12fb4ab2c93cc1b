# The annotations of the quality plans, written by hand (rule, the words, and a
# context to find the line), turned into <plan>.expect.json beside each plan with
# the line filled in. Run: python3 test/quality/annotations.src.py
import os
from annotations_lib import M, TOPIC, SEC, ALL_LPS, write_expect
HERE = os.path.dirname(os.path.abspath(__file__))

plans = {
 'dev/overordnet-fjellvik.md': dict(
  must=[
   M('outdated-term', 'rådmannen', 'kontakter vakthavende rådmannen', note='current use'),
   M('outdated-term', 'Fylkesmannen', 'Fylkesmannen skal varsles', note='current use'),
   M('number-mismatch', '85 prosent', note='fn. 45 says 75 prosent'),
   M('uncited-claim', 'Undersøkelsen viser', note='survey claim without citation'),
   M('misquote', 'godt dimensjonert', note='reverses lp. 3.5.1'),
   SEC('c', note='no overview of own and others\' resources'),
   TOPIC('missing-topic', 'statlig-varsling', note='short notice from the state not treated'),
   TOPIC('missing-topic', 'naeringsliv-og-frivillighet', note='business and voluntary sector not treated'),
  ],
  mustNot=[
   M('outdated-term', 'Fylkesmannen', 'Tidligere het embetet Fylkesmannen', note='historical'),
   M('outdated-term', 'rådmann', 'administrasjonen rådmann', note='historical (i 2019 het)'),
   M('misquote', '[k]ommunene', note='editorial bracket, faithful quote'),
   M('stale-review', 'sist-revidert', note='revised 4. mai 2026, within a year'),
   SEC('d', note='"Varsling av innbyggere" (SMS) and "Evakuering" are there'),
   SEC('e', note='"Informasjon til innbyggere, media og ansatte"'),
   M('unknown-locator', '[@ks2021]', 'så langt [@ks2021]', note='bare citation of the whole source is valid pandoc (search helper)'),
  ],
  optional=[],
  coverage=dict(
   treated=['lp. 2.6.1','lp. 2.6.2','lp. 2.6.3','lp. 2.6.4','lp. 2.6.5','lp. 3.5.1','lp. 3.5.2','lp. 4.2.1','lp. 5.5.1','lp. 5.5.2','lp. 7.4.2','lp. 9.3.3','lp. 9.3.4','lp. 9.3.7'],
   either=['lp. 3.5.3','lp. 4.2.2','lp. 9.3.5'])),
 'dev/smittevernplan-straumsnes-nn.md': dict(
  must=[
   M('stale-review', 'revisjonsdato', message='2025', note='revised 04.05.2025, more than a year; message must give the date'),
   M('outdated-term', 'Helsesøstera', note='current use'),
   M('outdated-term', 'Kommunehelsetenestelova', note='law table lists the repealed act as current'),
   M('misquote', 'kommunane si utstyrsberedskap', severity='info', note='Nynorsk rendering of a Bokmål passage: info'),
   M('number-mismatch', '40 prosent', note='passage says nær halvparten'),
   M('uncited-claim', 'Undersøkinga viser'),
   TOPIC('missing-topic', 'opplaering', note='no training of staff'),
  ],
  mustNot=[
   M('outdated-term', 'Fylkesmannen', 'heitte embetet Fylkesmannen', note='historical'),
   M('outdated-term', 'Sogn og Fjordane', 'Fylkesmannen i Sogn og', note='historical'),
   M('outdated-term', 'helsesøster', 'heitte tittelen helsesøster', note='historical'),
   M('number-mismatch', '4 800 innbyggjarar', 'Straumsnes har 4 800 innbyggjarar og kan', note='local figure'),
   M('misquote', 'Kommunenes utstyrsberedskap', '«Kommunenes utstyrsberedskap', note='faithful Bokmål quote'),
  ],
  optional=[TOPIC('missing-topic', t) for t in ('hvem-er-sarbare', 'prioritering-barn-og-unge', 'digital-samhandling')],
  coverage=dict(
   treated=['lp. 2.6.1','lp. 2.6.2','lp. 2.6.3','lp. 2.6.4','lp. 5.5.2','lp. 3.5.1','lp. 3.5.2','lp. 3.5.3','lp. 7.4.1','lp. 7.4.2','lp. 9.3.2','lp. 9.3.3','lp. 9.3.4','lp. 9.3.7','lp. 5.5.1'],
   either=['lp. 4.2.2','lp. 9.3.5','lp. 4.2.1'])),
 'dev/sektorplan-helse-omsorg-nordby.md': dict(
  must=[
   M('outdated-term', 'Sosial- og helsedirektoratets', note='current use'),
   M('outdated-term', 'Kommunehelsetjenesteloven', '| Kommunehelsetjenesteloven', note='law table lists the repealed act as current'),
   M('outdated-term', 'Helsesøstertjenesten'),
   M('misquote', 'kan erstatte fysisk kontakt', note='reverses lp. 9.3.2'),
   M('number-mismatch', '27 prosent', note='fn. 115 says 17 %'),
   M('uncited-claim', '60 % av kommunene', note='must not suggest a passage with another figure'),
  ],
  mustNot=[
   M('outdated-term', 'kommunehelsetjenesteloven', 'Før 2012 var det kommunehelsetjenesteloven', note='historical'),
   M('outdated-term', 'Sosial- og helsedirektoratet', 'Tidligere Sosial- og helsedirektoratet', note='historical'),
   M('misquote', '[k]ommunene må sikres', note='editorial bracket'),
   M('misquote', 'har vært viktig mellom tjenester', note='faithful quote with ellipsis'),
   M('number-mismatch', '3 sykehjem', note='local figure'),
   M('stale-review', 'sist_revidert', note='revised 2026-02-10'),
  ],
  optional=[TOPIC('missing-topic', t) for t in ('forebyggende-arbeid', 'hvem-er-sarbare', 'risikovurdering-barn-og-unge', 'prioritering-barn-og-unge')],
  coverage=dict(
   treated=['lp. 3.5.1','lp. 3.5.2','lp. 3.5.3','lp. 3.5.4','lp. 9.3.1','lp. 9.3.2','lp. 9.3.3','lp. 9.3.4','lp. 9.3.6','lp. 9.3.7','lp. 9.3.8'],
   either=['lp. 2.6.2','lp. 2.6.4','lp. 7.4.5','lp. 5.5.2'])),
 'held/pandemiplan-havbru.md': dict(
  must=[
   M('outdated-term', 'Rådmannens', note='current use'),
   M('outdated-term', 'helsesøstrene'),
   M('outdated-term', 'Direktoratet for e-helse', note='current use (2027)'),
   M('misquote', 'fikk god tid', '«kommunene fikk god tid', note='reverses lp. 4.2.3'),
   M('number-mismatch', 'to av tre', note='passage: en av tre (barnehage), en av fire (skole)'),
   M('uncited-claim', 'Rapporten peker på', 'Rapporten peker på at mange kommuner savnet'),
   TOPIC('missing-topic', 'bygg-og-utearealer'),
   TOPIC('missing-topic', 'forebyggende-arbeid'),
  ],
  mustNot=[
   M('outdated-term', 'rådmann', 'het lederen av administrasjonen rådmann', note='historical (I 2020)'),
   M('outdated-term', 'Fylkesmannen i Oslo og Viken', note='historical (i 2020)'),
   M('number-mismatch', '21 500 innbyggere', note='local'),
   M('number-mismatch', '9 skoler', note='local'),
   M('number-mismatch', '14 ansatte', note='local, other clause'),
   M('number-mismatch', 'én av fire', note='stated (en av fire)'),
   M('misquote', 'kan raskt distribueres'),
   M('misquote', 'svært forskjellig smittetrykk'),
   M('front-matter', '15.09.2026', note='Norwegian date format'),
   M('unknown-locator', '[@ks2021]', 'så langt [@ks2021]', note='bare citation (search helper)'),
  ],
  optional=[],
  coverage=dict(
   treated=['lp. 2.6.1','lp. 2.6.2','lp. 2.6.3','lp. 2.6.4','lp. 5.5.2','lp. 2.6.5','lp. 3.5.1','lp. 9.3.3','lp. 3.5.2','lp. 3.5.4','lp. 4.2.1','lp. 4.2.2','lp. 4.2.3','lp. 5.5.1','lp. 6.5.1','lp. 7.4.1','lp. 7.4.2','lp. 7.4.3','lp. 7.4.4','lp. 7.4.5','lp. 7.4.6','lp. 7.4.7','lp. 7.4.9','lp. 8.5.2','lp. 9.3.1','lp. 9.3.4','lp. 9.3.5','lp. 9.3.6','lp. 9.3.7'],
   either=['lp. 3.5.3','lp. 7.4.10','lp. 9.3.2'])),
 'held/sektorplan-oppvekst-vindoy-nn.md': dict(
  must=[
   M('stale-review', 'sist-revidert', message='2025', note='2. september 2025, more than a year'),
   M('outdated-term', 'rådmannen', 'vakthavande rådmannen'),
   M('outdated-term', 'Fylkesmannen', 'Fylkesmannen blir orientert'),
   M('misquote', 'er en entydig gruppe', note='reverses lp. 7.4.6'),
   M('misquote', 'å utgreie avgrensingar', severity='info', note='Nynorsk rendering of Bokmål'),
   M('number-mismatch', 'Halvparten', 'Halvparten av leiarane i barnehagane'),
   M('uncited-claim', 'I følgje rapporten'),
   TOPIC('missing-topic', 'forebyggende-arbeid'),
  ],
  mustNot=[
   M('outdated-term', 'Fylkesmannen', 'Fylkesmannen i Trøndelag', note='historical (I 2020)'),
   M('number-mismatch', '7 skular', note='local'),
   M('number-mismatch', '11 barnehagar', note='local'),
   M('number-mismatch', 'éin av fire', note='stated'),
   M('uncited-claim', 'evalueringa viser', note='own evaluation, not the survey'),
   M('misquote', 'digitale møter er effektiviserende'),
  ],
  optional=[TOPIC('missing-topic', t) for t in ('laerlinger-og-fagprover', 'utstyrsberedskap', 'sarskilte-behov', 'risikovurdering-barn-og-unge')],
  coverage=dict(
   treated=['lp. 7.4.3','lp. 7.4.4','lp. 7.4.5','lp. 7.4.6','lp. 7.4.7','lp. 7.4.9','lp. 8.5.2','lp. 8.5.1','lp. 8.5.4','lp. 3.5.2','lp. 9.3.5','lp. 9.3.6','lp. 9.3.7','lp. 9.3.8','lp. 5.5.1'],
   either=['lp. 2.6.2','lp. 2.6.3'])),
 'held/sektorplan-teknisk-solberg.md': dict(
  must=[
   M('outdated-term', 'Vestfold og Telemark', note='current use'),
   M('outdated-term', 'Direktoratet for nødkommunikasjon'),
   M('misquote', 'kan bare brukes', note='reverses lp. 3.5.4'),
   M('uncited-claim', 'Undersøkelsen viser'),
   TOPIC('missing-topic', 'opplaering'),
  ],
  mustNot=[
   M('outdated-term', 'Hordaland', note='historical (Fram til 2020 het)'),
   M('number-mismatch', '8 300 innbyggere', note='local'),
   M('number-mismatch', '65 ansatte', note='local'),
   M('stale-review', 'revisjonsdato', note='2026-03-01'),
  ],
  optional=[],
  coverage=dict(
   treated=['lp. 2.6.1','lp. 3.5.2','lp. 3.5.4','lp. 9.3.7','lp. 9.3.8'],
   either=['lp. 3.5.1','lp. 9.3.3','lp. 2.6.2'])),
}

COMMENT = 'Hand-written annotation: every diagnostic this plan must give (must), must not give (mustNot) and may give (optional); and which learning points its coverage must count (treated), may count (either) — every other learning point must not be counted by topic. See docs/quality.md.'

for rel, a in plans.items():
    write_expect(os.path.join(HERE, 'plans', rel), a, COMMENT)
print('ok')

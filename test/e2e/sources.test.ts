/**
 * The writer's own sources in a real VS Code (code-server + Chromium), on the example in
 * examples/kilder/: a plan citing the report, a CSL-JSON bibliography entry (NOU 2021:6) and an
 * indexed source (.evidensplan/sources/vintermorke2025/). Hover shows the indexed text and the
 * formatted entry; a wrong locator of the indexed source is an unknown-locator problem naming its
 * nearest, while its key is never an unknown source; Go to Definition opens the source at the
 * finding. One server for the file; a screenshot per step in test-results/e2e/sources/.
 */
import assert from 'node:assert/strict';
import { e2eSuite, e2eTest, squash } from './support.js';
import { sleep, waitFor } from './harness.js';

const PLAN = 'kilder/beredskapsplan.md';

e2eSuite({ suite: 'sources' }, (session) => {
  e2eTest('hover on a citation of an indexed source shows its text; on a bibliography entry, the entry', async () => {
    const s = await session();
    await s.step('open the example plan with its own sources', () => s.openFile(PLAN));
    const lp = await s.step('hover [@vintermorke2025, lp. 4.1]', async () => {
      await s.gotoText(PLAN, '[@vintermorke2025, lp. 4.1]');
      return s.hoverOn('4.1', { rel: PLAN, expect: /Varslingslisten/ });
    });
    const text = squash(lp);
    assert.match(text, /Varslingslisten skal oppdateres hver måned og prøves ved hver øvelse/, text);
    assert.match(text, /Brekkvik kommune \(2025\)/, `the hover names the source:\n${text}`);
    assert.doesNotMatch(text, /Ukjent kilde/);
    await s.page.keyboard.press('Escape');
    const nou = await s.step('hover [@nou2021-6]', async () => {
      await s.gotoText(PLAN, '[@nou2021-6]');
      return s.hoverOn('nou2021', { rel: PLAN, expect: /Koronakommisjonen/ });
    });
    assert.match(squash(nou), /Koronakommisjonen \(2021\)\. Myndighetenes håndtering av koronapandemien/, squash(nou));
    await s.page.keyboard.press('Escape');
  });

  e2eTest('a wrong locator of the indexed source is a problem naming the nearest; its key is known', async () => {
    const s = await session();
    await s.openFile(PLAN);
    const anchor = 'Statsforvalteren [@vintermorke2025, lp. 4.2].';
    await s.gotoText(PLAN, anchor, anchor.length);
    await s.page.keyboard.type(' Se også [@vintermorke2025, lp. 4.9].', { delay: 5 });
    await s.save();
    const rows = await s.step('Ctrl+Shift+M: the Problems panel', () => s.problems({ expect: /lp\. 4\.9/, timeoutMs: 60_000 }));
    const all = squash(rows.join('\n'));
    assert.match(all, /lp\. 4\.9.*lp\. 4\.3/, `the message names the nearest valid learning point:\n${rows.join('\n')}`);
    assert.doesNotMatch(all, /Ukjent kilde|unknown-source/, `no key of the plan is unknown:\n${rows.join('\n')}`);
  });

  e2eTest('Go to Definition on a citation of the indexed source opens the source at the finding', async () => {
    const s = await session();
    await s.openFile(PLAN);
    await s.step('cursor on [@vintermorke2025, lp. 4.2]', () => s.gotoText(PLAN, '[@vintermorke2025, lp. 4.2]', 20).then(() => undefined));
    const shown = await s.step('F12: Go to Definition', async () => {
      await s.page.keyboard.press('F12');
      await sleep(300);
      return waitFor(async () => {
        const tab = await s.activeTab();
        if (tab.includes('beredskapsplan')) return '';
        const visible = squash((await s.visibleLines()).join(' '));
        return visible.includes('Kriseledelsen skal ha en fast loggfører') ? `${tab} :: ${visible}` : '';
      }, 30_000, 300);
    });
    assert.ok(shown, `the source document shows lp. 4.2 (active tab: ${await s.activeTab()})`);
    assert.match(shown, /source\.md/, shown.slice(0, 200));
  });
});

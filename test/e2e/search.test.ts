/**
 * Search from the editor in a real VS Code (code-server + Chromium): "Evidensplan: Søk i
 * rapporten" shows live results with their citations as the writer types in their own words,
 * Enter inserts the citation into the plan; the view "Evidens for avsnittet" shows the strongest
 * evidence for the paragraph under the cursor. Screenshots per step in test-results/e2e/search/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eSuite, e2eTest } from './support.js';
import { ROOT, sleep, waitFor } from './harness.js';

const PLAN = 'overordnet-beredskapsplan.md';
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

e2eSuite({ suite: 'search' }, (session) => {
  e2eTest('"Søk i rapporten": live results with citations; Enter inserts the citation at the cursor', async () => {
    const s = await session();
    await s.openFile(PLAN);
    const before = s.readWorkspaceFile(PLAN);
    const anchor = 'smittevernutstyr som skal dekke tre måneders forbruk.';
    await s.gotoText(PLAN, anchor, anchor.length);
    await s.step('run "Søk i rapporten" from the palette', () => s.runCommand(`Evidensplan: ${nls['evidensplan.searchReport.title']}`));
    const rows = await s.step('type a question in the writer\'s own words', async () => {
      const input = s.page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await input.fill('vi manglet munnbind da pandemien kom');
      return waitFor(async () => {
        const items = await s.quickPickItems();
        return items.some((t) => t.includes('[@ks2021, lp. 3.5.1]')) ? items : undefined;
      }, 30_000);
    });
    assert.ok(rows, 'the QuickPick lists lp. 3.5.1 for a paraphrase');
    assert.ok(rows.every((t) => t.includes('[@ks2021, ')), `every row carries its citation: ${rows.join(' | ')}`);
    const row = s.page.locator('.quick-input-widget .monaco-list-row', { hasText: '[@ks2021, lp. 3.5.1]' }).first();
    await s.step('choose lp. 3.5.1', async () => {
      await row.click();
      await sleep(500);
      await s.save();
    });
    const after = await waitFor(() => {
      const t = s.readWorkspaceFile(PLAN);
      return t !== before ? t : '';
    }, 15_000);
    assert.ok(after.includes(`${anchor}[@ks2021, lp. 3.5.1]`), 'the citation stands right after the sentence');
    assert.equal(after, before.replace(anchor, `${anchor}[@ks2021, lp. 3.5.1]`), 'nothing else changed');
  });

  e2eTest('"Søk i rapporten" says «Ingen treff» for a word the report lacks', async () => {
    const s = await session();
    await s.openFile(PLAN);
    await s.runCommand(`Evidensplan: ${nls['evidensplan.searchReport.title']}`);
    const input = s.page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill('evakuering');
    const items = await s.step('«Ingen treff»', () => waitFor(async () => {
      const it = await s.quickPickItems();
      return it.some((t) => /Ingen treff/.test(t)) ? it : undefined;
    }, 30_000));
    assert.equal(items?.length, 1);
    await s.page.keyboard.press('Escape');
  });

  e2eTest('"Evidens for avsnittet" shows the strongest evidence for the paragraph under the cursor', async () => {
    const s = await session();
    await s.openFile(PLAN);
    const header = s.page.locator('.pane-header', { hasText: new RegExp(nls['evidensplan.evidence.name']) }).first();
    await header.waitFor({ state: 'visible', timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    await s.gotoText(PLAN, 'smittevernutstyr som skal dekke', 3);
    const rows = await s.step('the view lists evidence for the equipment paragraph', () =>
      waitFor(async () => {
        const t = await s.texts('.pane-body .monaco-list-row', 'aria');
        const ev = t.filter((x) => x.includes('[@ks2021, '));
        return ev.some((x) => x.includes('lp. 3.5.1') || x.includes('se. 10.2.2.1')) ? ev : undefined;
      }, 30_000),
    );
    assert.ok(rows && rows.length >= 1 && rows.length <= 10, rows?.join(' | '));
  });
});

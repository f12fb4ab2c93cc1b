/**
 * Citations in a real VS Code (code-server + Chromium), as a writer uses them: hover a citation
 * and read the finding, complete a citation after `[@`, and Go to Definition into the report.
 * One server for the file; a screenshot per step in test-results/e2e/editor/.
 */
import assert from 'node:assert/strict';
import { e2eSuite, e2eTest, finding, firstWords, squash } from './support.js';
import { sleep, waitFor } from './harness.js';

const PLAN = 'overordnet-beredskapsplan.md';

e2eSuite({ suite: 'editor' }, (session) => {
  e2eTest('hovering a citation shows the finding it cites, with its citation and source', async () => {
    const s = await session();
    const lp = finding('lp. 2.6.4');
    await s.step('open the example plan', () => s.openFile(PLAN));
    const hover = await s.step('hover [@ks2021, lp. 2.6.4]', async () => {
      await s.gotoText(PLAN, '[@ks2021, lp. 2.6.4');
      return s.hoverOn('lp. 2.6.4', { rel: PLAN, expect: /Kommunelege/ });
    });
    const text = squash(hover);
    assert.ok(text.includes(firstWords(lp.text, 8)), `the hover shows the finding's text:\n${text}`);
    assert.ok(text.includes(lp.citation), `the hover shows the canonical citation ${lp.citation}:\n${text}`);
    assert.match(text, /Deloitte/, 'the hover names the source');
    assert.ok(text.includes(lp.section), `the hover shows the section path (${lp.section}):\n${text}`);
    await s.page.keyboard.press('Escape');
  });

  e2eTest('completion after [@ offers findings and accepting one inserts its canonical citation', async () => {
    const s = await session();
    await s.openFile(PLAN);
    const anchor = 'leverandører.';
    const before = s.readWorkspaceFile(PLAN);
    assert.ok(before.includes(anchor), `the example plan has "${anchor}"`);
    const items = await s.step('type [@ after a sentence about equipment', async () => {
      await s.gotoText(PLAN, anchor, anchor.length);
      await s.page.keyboard.type(' Lageret av smittevernutstyr er avgjørende ', { delay: 5 });
      await s.page.keyboard.type('[@', { delay: 30 });
      return s.triggerCompletion({ expect: /\[@ks2021, / });
    });
    const first = items[0];
    assert.match(first.label, /^\[@ks2021, (lp|kap|se|fn|fig)\. [\d.]+( avsn\. \d+)?\]$/, `items are canonical citations: ${JSON.stringify(items.slice(0, 3))}`);
    await s.step('accept the first suggestion', async () => {
      await s.page.keyboard.press('Enter');
      await sleep(300);
      await s.save();
    });
    const after = await waitFor(() => {
      const t = s.readWorkspaceFile(PLAN);
      return t !== before ? t : '';
    }, 10_000);
    const line = after.split('\n').find((l) => l.includes('Lageret av smittevernutstyr er avgjørende'));
    assert.ok(line, 'the typed sentence is in the saved file');
    assert.ok(line.includes(`avgjørende ${first.label}`), `the accepted citation ${first.label} follows the sentence: ${line}`);
    assert.ok(!line.includes('[@['), `no doubled bracket: ${line}`);
  });

  e2eTest('Go to Definition on a citation opens the report at the finding', async () => {
    const s = await session();
    const lp = finding('lp. 2.6.5');
    await s.openFile(PLAN);
    await s.step('cursor on [@ks2021, lp. 2.6.5]', () => s.gotoText(PLAN, '[@ks2021, lp. 2.6.5]', 12).then(() => undefined));
    const lines = await s.step('F12: Go to Definition', async () => {
      await s.page.keyboard.press('F12');
      const shown = await waitFor(async () => {
        const tab = await s.activeTab();
        if (tab.includes(PLAN)) return '';
        const visible = squash((await s.visibleLines()).join(' '));
        return visible.includes(firstWords(lp.text, 6)) ? visible : '';
      }, 30_000, 300);
      return shown;
    });
    const tab = await s.activeTab();
    assert.ok(lines, `the report document shows the finding's text "${firstWords(lp.text, 6)}" (active tab: ${tab}; visible: ${squash((await s.visibleLines()).join(' ')).slice(0, 400)})`);
    assert.ok(!tab.includes(PLAN), `a document other than the plan is active: ${tab}`);
  });
});

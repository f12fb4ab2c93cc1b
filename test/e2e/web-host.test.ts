/**
 * The web extension in a real VS Code: code-server with the user setting
 * `"remote.extensionKind": {"evidensplan.evidensplan": ["web"]}`, which makes it run the package's
 * `browser` entry (dist/web/extension.cjs) in the browser's web worker extension host instead of
 * the Node host. "Evidensplan: Om utvidelsen" must report the web host (so the suite cannot pass
 * on the Node entry by accident); then a writer's features there: hover, lint in Problems,
 * coverage in the status bar, completion after `[@`, and export saying it needs desktop VS Code. Also checks the local server
 * looked up no extension gallery (no network on these machines).
 */
import assert from 'node:assert/strict';
import { e2eSuite, e2eTest, finding, firstWords, squash } from './support.js';
import { consoleLines, sleep } from './harness.js';

const PLAN = 'overordnet-beredskapsplan.md';

e2eSuite({ suite: 'web-host', settings: { 'remote.extensionKind': { 'evidensplan.evidensplan': ['web'] } } }, (session) => {
  e2eTest('the extension runs in the web worker extension host', async () => {
    const s = await session();
    await s.step('open the example plan', () => s.openFile(PLAN));
    const shown = await s.step('run "Evidensplan: Om utvidelsen"', async () => {
      await s.runCommand('Evidensplan: Om utvidelsen');
      return s.notifications(/Evidensplan .* kjører i/, 60_000);
    });
    const text = shown.join(' | ');
    assert.match(text, /kjører i nettleserens utvidelsesvert \(web\)/, `the host is the web worker: ${text}`);
    await s.dismissNotifications();
  });

  e2eTest('hover on a citation shows the finding in the web host', async () => {
    const s = await session();
    const lp = finding('lp. 2.6.4');
    await s.openFile(PLAN);
    const hover = await s.step('hover [@ks2021, lp. 2.6.4]', async () => {
      await s.gotoText(PLAN, '[@ks2021, lp. 2.6.4');
      return s.hoverOn('lp. 2.6.4', { rel: PLAN, expect: /Kommunelege/ });
    });
    assert.ok(squash(hover).includes(firstWords(lp.text, 8)), `the hover shows the finding's text:\n${hover}`);
    await s.page.keyboard.press('Escape');
  });

  e2eTest('lint messages reach the Problems panel in the web host', async () => {
    const s = await session();
    await s.openFile(PLAN);
    const rows = await s.step('Ctrl+Shift+M: the Problems panel', () => s.problems({ expect: /Fylkesmann/, timeoutMs: 60_000 }));
    const all = squash(rows.join('\n'));
    assert.match(all, /outdated-term/);
    assert.match(all, /misquote/);
    // Coverage runs there too: the status bar counts the plan's learning points.
    const status = (await s.statusBarTexts()).join(' | ');
    assert.match(status, /Læringspunkter \d+\/37/, `coverage in the status bar: ${status}`);
    await s.page.keyboard.press('Control+Shift+M');
  });

  e2eTest('completion after [@ offers citations in the web host', async () => {
    const s = await session();
    await s.openFile(PLAN);
    const items = await s.step('type [@ at the end of a line', async () => {
      await s.gotoText(PLAN, 'leverandører.', 'leverandører.'.length);
      await s.page.keyboard.type(' Utstyr ', { delay: 5 });
      await s.page.keyboard.type('[@', { delay: 30 });
      return s.triggerCompletion({ expect: /\[@ks2021, / });
    });
    assert.match(items[0].label, /^\[@ks2021, (lp|kap|se|fn|fig)\. /);
    await s.page.keyboard.press('Escape');
    await sleep(200);
    // Leave the example unchanged for the next test: undo the typing.
    for (let i = 0; i < 4; i++) await s.page.keyboard.press('Control+Z');
  });

  e2eTest('export explains in one line that it needs desktop VS Code', async () => {
    const s = await session();
    await s.openFile(PLAN);
    await s.dismissNotifications();
    const shown = await s.step('run "Evidensplan: Eksporter til Word/PDF"', async () => {
      await s.runCommand('Evidensplan: Eksporter til Word/PDF');
      return s.notifications(/pandoc/, 30_000);
    });
    assert.match(shown.join(' | '), /krever pandoc .*skrivebordet/);
  });

  e2eTest('the local code-server looked up no extension gallery', async () => {
    const s = await session();
    const log = s.serverLogText();
    assert.ok(log.length > 0, 'the server log is there');
    assert.doesNotMatch(log, /open-vsx|ENOTFOUND|EAI_AGAIN|marketplace\.visualstudio/, `the server log:\n${log.slice(-2000)}`);
    // The workbench itself says it has no gallery (code-server 4.139's wording), and never named one.
    assert.ok(consoleLines.some((l) => /gallery as it is disabled/.test(l)), 'the workbench reports the gallery as disabled');
    assert.ok(!consoleLines.some((l) => /open-vsx\.org|marketplace\.visualstudio\.com/.test(l)), consoleLines.filter((l) => /gallery|vsx/.test(l)).join('\n'));
  });
});

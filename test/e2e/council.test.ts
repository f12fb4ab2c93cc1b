/**
 * From the plan to the council, in a real VS Code (code-server + Chromium, the Node host):
 * "Kontroller alle planer i arbeidsområdet" puts the problems of plans that are not open into the
 * Problems panel (the same files `evidensplan lint` finds problems in); "Eksporter til Word/PDF"
 * writes a .docx beside the plan with the citations resolved; "Ny plan" offers the plan types.
 * Screenshots in test-results/e2e/council/ (the user guide's pictures come from these runs, see
 * scripts/update-guide-images.mjs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { e2eSuite, e2eTest } from './support.js';
import { ROOT, sleep, waitFor } from './harness.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

e2eSuite({ suite: 'council' }, (session) => {
  e2eTest('"Kontroller alle planer i arbeidsområdet" lists the problems of plans that are not open', async () => {
    const s = await session();
    // The CLI's view of the same workspace: which files have problems.
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'evidensplan.mjs'), 'lint', '--format', 'json', s.workspace], { encoding: 'utf8' });
    const files = (JSON.parse(r.stdout) as { file: string; messages: unknown[] }[])
      .filter((f) => f.messages.length)
      .map((f) => path.basename(f.file));
    assert.ok(files.includes('henvisningsfeil.md') && files.length >= 2, `the CLI finds problems in: ${files.join(', ')}`);
    await s.step('open one plan', () => s.openFile('overordnet-beredskapsplan.md'));
    await s.step('run "Evidensplan: Kontroller alle planer i arbeidsområdet"', async () => {
      await s.runCommand('Evidensplan: Kontroller alle planer i arbeidsområdet');
      await s.notifications(/Kontrollerte \d+ planer/, 90_000);
    });
    const rows = await s.step('the Problems panel with every plan', async () => {
      await s.problems({ expect: /henvisningsfeil\.md/, timeoutMs: 30_000 });
      // The list is virtual (rows out of view are not in the page): collapse it to one row per file.
      await s.page.locator('.panel .codicon-collapse-all, .part.panel .action-label[aria-label*="Collapse"]').first().click({ timeout: 10_000 }).catch(() => {});
      await sleep(500);
      return s.problems({ expect: /henvisningsfeil\.md/, timeoutMs: 10_000 });
    });
    const all = rows.join('\n');
    for (const f of files) assert.ok(all.includes(f), `Problems lists ${f}:\n${all.slice(0, 1500)}`);
    const summary = (await s.notifications(/Kontrollerte/)).join(' ');
    assert.match(summary, new RegExp(`Kontrollerte \\d+ planer: \\d+ merknader i ${files.length} av dem`), summary);
    await s.dismissNotifications();
    await s.page.keyboard.press('Control+Shift+M');
  });

  e2eTest('"Eksporter til Word/PDF" writes a Word document beside the plan', async () => {
    const s = await session();
    if (!hasPandoc) throw new Error('pandoc is not installed (bash scripts/ci-system-deps.sh)');
    const target = path.join(s.workspace, 'pandemiplan.docx');
    assert.ok(!existsSync(target));
    await s.step('open the pandemic plan', () => s.openFile('pandemiplan.md'));
    await s.step('run "Evidensplan: Eksporter til Word/PDF"', async () => {
      await s.runCommand('Evidensplan: Eksporter til Word/PDF');
      const row = s.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Word (.docx)' }).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
    });
    await s.step('choose Word (.docx)', async () => {
      await s.page.keyboard.press('Enter');
      const shown = await s.notifications(/Eksportert til/, 60_000);
      assert.match(shown.join(' '), /Eksportert til pandemiplan\.docx/);
      await sleep(800); // the toast's slide-in, for the screenshot
    });
    assert.ok(await waitFor(() => existsSync(target), 10_000), 'pandemiplan.docx is in the workspace');
    const doc = spawnSync('unzip', ['-p', target, 'word/document.xml'], { encoding: 'utf8' }).stdout.replace(/<[^>]+>/g, '');
    assert.match(doc, /Deloitte AS 2021, lp\. 3\.5\.1/, 'citations are resolved');
    assert.match(doc, /Referanser/);
    await s.dismissNotifications();
  });

  e2eTest('"Ny plan" offers a plan per plan type', async () => {
    const s = await session();
    const items = await s.step('run "Evidensplan: Ny plan"', async () => {
      await s.runCommand('Evidensplan: Ny plan');
      await sleep(500);
      return waitFor(async () => {
        const r = await s.quickPickItems();
        return r.length >= 3 ? r : undefined;
      }, 20_000);
    });
    assert.ok(items && items.some((i) => /beredskapsplan/i.test(i)) && items.some((i) => /smittevern/i.test(i)), JSON.stringify(items));
    await s.page.keyboard.press('Escape');
  });
});

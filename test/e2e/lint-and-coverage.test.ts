/**
 * Lint and coverage in a real VS Code (code-server + Chromium): the Problems panel shows the
 * example plan's planted misquote and outdated term, the same messages as `evidensplan lint`;
 * a quick fix changes the text; the command "Evidensplan: Sett inn læringspunkt…" inserts a
 * learning point through its QuickPick and the status bar's "Læringspunkter N/37" goes up.
 * One server for the file; a screenshot per step in test-results/e2e/lint-and-coverage/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eSuite, e2eTest, finding, firstWords, squash } from './support.js';
import { ROOT, sleep, waitFor, type Session } from './harness.js';

const PLAN = 'overordnet-beredskapsplan.md';

interface CliMessage {
  ruleId: string;
  line: number;
  column: number;
  message: string;
  fix?: { title?: string };
}

/** What `evidensplan lint --format json` says about a file of the session's workspace. */
function cliLint(s: Session, rel: string): CliMessage[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'evidensplan.mjs'), 'lint', '--format', 'json', path.join(s.workspace, rel)], {
    encoding: 'utf8',
  });
  assert.ok(r.status === 0 || r.status === 1, `evidensplan lint failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout)[0].messages;
}

/** "Læringspunkter 21/37" (or its nn/en forms) from the status bar, as [covered, total]. */
async function coverageStatus(s: Session): Promise<[number, number] | undefined> {
  for (const t of await s.statusBarTexts()) {
    const m = /(?:Læringspunkter|Læringspunkt|Learning points) (\d+)\/(\d+)/.exec(t);
    if (m) return [Number(m[1]), Number(m[2])];
  }
  return undefined;
}

e2eSuite({ suite: 'lint-and-coverage' }, (session) => {
  e2eTest('the Problems panel shows the planted misquote and outdated term, as the CLI reports them', async () => {
    const s = await session();
    const expected = cliLint(s, PLAN);
    const misquote = expected.find((m) => m.ruleId === 'misquote');
    const outdated = expected.find((m) => m.ruleId === 'outdated-term' && /Fylkesmann/i.test(m.message));
    assert.ok(misquote, `the CLI finds the planted misquote: ${JSON.stringify(expected.map((m) => m.ruleId))}`);
    assert.ok(outdated, `the CLI finds the planted "Fylkesmannen": ${JSON.stringify(expected.map((m) => m.ruleId))}`);

    await s.step('open the example plan', () => s.openFile(PLAN));
    const rows = await s.step('Ctrl+Shift+M: the Problems panel', () =>
      s.problems({ expect: /Fylkesmann/, timeoutMs: 60_000 }),
    );
    const all = squash(rows.join('\n'));
    assert.ok(all.includes(squash(misquote.message).slice(0, 60)), `Problems shows the misquote message "${misquote.message}":\n${rows.join('\n')}`);
    assert.ok(all.includes(squash(outdated.message).slice(0, 40)), `Problems shows the outdated-term message "${outdated.message}":\n${rows.join('\n')}`);
    assert.match(all, /misquote/, 'the rule id is shown as the code');
    assert.match(all, /outdated-term/);
  });

  e2eTest('a quick fix replaces «Fylkesmannen» with «Statsforvalteren»', async () => {
    const s = await session();
    const outdated = cliLint(s, PLAN).find((m) => m.ruleId === 'outdated-term' && /Fylkesmann/i.test(m.message));
    assert.ok(outdated?.fix?.title, 'the CLI offers a fix for it');
    await s.openFile(PLAN);
    const before = s.readWorkspaceFile(PLAN);
    const fylkesmannen = (before.match(/Fylkesmann\w*/g) ?? []).length;
    assert.ok(fylkesmannen >= 1, 'the plan names Fylkesmannen');

    const fixes = await s.step('Ctrl+. on Fylkesmannen', async () => {
      await s.gotoLineColumn(outdated.line, outdated.column + 2);
      return s.quickFixes(/Statsforvalter/);
    });
    const title = fixes.find((f) => /Statsforvalter/.test(f));
    assert.ok(title, `a quick fix names Statsforvalteren: ${JSON.stringify(fixes)}`);
    await s.step('apply the quick fix', async () => {
      await s.chooseQuickFix(/Statsforvalter/);
      await s.save();
    });
    const after = await waitFor(() => {
      const t = s.readWorkspaceFile(PLAN);
      return t !== before ? t : '';
    }, 15_000);
    assert.ok(after, 'the file changed');
    assert.equal((after.match(/Fylkesmann\w*/g) ?? []).length, fylkesmannen - 1, 'one «Fylkesmannen» fewer');
    const line = after.split('\n')[outdated.line - 1];
    assert.match(line, /Statsforvalteren/, `the line now says Statsforvalteren: ${line}`);
    // The edit touched nothing else.
    assert.equal(after.replace(/Statsforvalteren/g, ''), before.replace(/Fylkesmannen|Statsforvalteren/g, ''));
  });

  e2eTest('"Evidensplan: Sett inn læringspunkt…" inserts a learning point and the coverage goes up', async () => {
    const s = await session();
    const lp = finding('lp. 4.2.3');
    await s.openFile(PLAN);
    const plan0 = s.readWorkspaceFile(PLAN);
    assert.ok(!plan0.includes(lp.citation), `the example plan does not cite ${lp.citation} yet`);

    // Open the coverage view (Explorer › Learning Points) so the screenshots show it.
    const header = s.page.locator('.pane-header', { hasText: /Learning Points|Læringspunkter/ }).first();
    if ((await header.count()) && (await header.getAttribute('aria-expanded')) === 'false') await header.click().catch(() => {});

    const before = await s.step('status bar before', async () => {
      const v = await waitFor(() => coverageStatus(s), 60_000, 300);
      assert.ok(v, `the status bar shows "Læringspunkter N/37": ${(await s.statusBarTexts()).join(' | ')}`);
      return v;
    });
    assert.equal(before[1], 37, 'the report has 37 learning points');

    // The cursor at the end of the section on communication, on a new paragraph.
    const anchor = 'tillit til [@ks2021, lp. 5.5.1].';
    await s.gotoText(PLAN, anchor, anchor.length);
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Enter');

    // The palette shows the command by its title in VS Code's display language (package.nls.json).
    const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const title = `Evidensplan: ${nls['evidensplan.insertLearningPoint.title'] ?? 'Sett inn læringspunkt…'}`.replace(/…$/, '');
    await s.step('run the command from the palette', () => s.runCommand(title));
    await s.step('search the QuickPick by words of the learning point', async () => {
      const input = s.page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible' });
      await input.fill(firstWords(lp.text.replace(/^Kommunene har gjennom pandemien /, ''), 4));
      const row = s.page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${lp.locator}"]`).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
    });
    await s.step('pick the learning point', async () => {
      await s.page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${lp.locator}"]`).first().click();
    });
    await s.step('choose: verbatim quotation', async () => {
      const row = s.page.locator('.quick-input-widget .monaco-list-row', { hasText: /Sitat|Quotation/ }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await row.click();
      await sleep(500);
      await s.save();
    });
    const plan1 = await waitFor(() => {
      const t = s.readWorkspaceFile(PLAN);
      return t.includes(lp.citation) ? t : '';
    }, 15_000);
    assert.ok(plan1, `the plan now cites ${lp.citation}`);
    assert.ok(squash(plan1).includes(firstWords(lp.text, 6)), 'the learning point is inserted verbatim');
    assert.match(plan1, new RegExp(`^> .*${firstWords(lp.text, 3)}`, 'm'), 'as a blockquote');
    assert.match(plan1, new RegExp(`${anchor.replace(/[.[\]]/g, '\\$&')}\n\n> `), 'in a paragraph of its own after the anchor');

    const after = await s.step('status bar after', async () => {
      const v = await waitFor(async () => {
        const c = await coverageStatus(s);
        return c && c[0] > before[0] ? c : undefined;
      }, 30_000, 300);
      return v ?? (await coverageStatus(s));
    });
    assert.ok(after && after[0] === before[0] + 1, `the status bar counts one more learning point: ${before.join('/')} → ${after?.join('/')}`);
  });
});

// The API-level suite, run INSIDE a desktop VS Code's extension host by @vscode/test-electron
// (launched from test/e2e/desktop.test.ts, only where a desktop VS Code is installed). It drives
// the same features as the browser suite through VS Code's own commands: hover, completion,
// definition, diagnostics, quick fixes and the learning-point command. Plain CommonJS and
// node:assert, no test framework: run() resolves when everything passed and rejects otherwise.
const vscode = require('vscode');
const assert = require('node:assert/strict');

const PLAN = 'overordnet-beredskapsplan.md';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(fn, ms = 30000) {
  const end = Date.now() + ms;
  let v;
  while (Date.now() < end) {
    v = await fn();
    if (v) return v;
    await sleep(300);
  }
  return v;
}

function hoverText(hovers) {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value ?? ''))
    .join('\n');
}

exports.run = async function run() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the examples workspace is open');
  const uri = vscode.Uri.joinPath(folder.uri, PLAN);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  assert.equal(doc.languageId, 'markdown');
  const text = doc.getText();
  const at = (needle, plus = 0) => {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, `"${needle}" is in ${PLAN}`);
    return doc.positionAt(i + plus);
  };
  const steps = [];

  // Hover on a citation shows the learning point.
  const hover = await poll(async () => {
    const h = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at('[@ks2021, lp. 2.6.4', 12)));
    return /Kommunelegene har fått en sentral rolle/.test(h) ? h : '';
  });
  assert.match(hover, /\[@ks2021, lp\. 2\.6\.4\]/, 'the hover shows the canonical citation');
  steps.push('hover');

  // Completion after "[@" offers canonical citations.
  const edit = new vscode.WorkspaceEdit();
  const end = at('leverandører.', 'leverandører.'.length);
  edit.insert(uri, end, ' Lageret av smittevernutstyr er avgjørende [@');
  assert.ok(await vscode.workspace.applyEdit(edit));
  const after = doc.positionAt(doc.offsetAt(end) + ' Lageret av smittevernutstyr er avgjørende [@'.length);
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, after, '@');
  const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  assert.ok(labels.some((l) => /^\[@ks2021, (lp|kap|se|fn)\. [\d.]+/.test(l)), `completion offers citations: ${labels.slice(0, 5)}`);
  await vscode.commands.executeCommand('undo');
  steps.push('completion');

  // Go to Definition opens the report document.
  const defs = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', uri, at('[@ks2021, lp. 2.6.5]', 12));
  const target = defs?.[0] && ('targetUri' in defs[0] ? defs[0].targetUri : defs[0].uri);
  assert.ok(target, 'a definition is found');
  assert.equal(target.scheme, 'evidensplan-report');
  steps.push('definition');

  // Diagnostics: the planted misquote and Fylkesmannen.
  const codeOf = (d) => String(typeof d.code === 'object' ? d.code.value : d.code);
  const diags = await poll(() => {
    const ds = vscode.languages.getDiagnostics(uri);
    const codes = ds.map(codeOf);
    return codes.includes('misquote') && codes.includes('outdated-term') ? ds : undefined;
  }, 60000);
  assert.ok(diags, `diagnostics include misquote and outdated-term: ${vscode.languages.getDiagnostics(uri).map(codeOf)}`);
  steps.push('diagnostics');

  // A quick fix for Fylkesmannen.
  const fylke = diags.find((d) => codeOf(d) === 'outdated-term' && /Fylkesmann/.test(d.message));
  assert.ok(fylke, 'Fylkesmannen is flagged');
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, fylke.range);
  const fix = actions.find((a) => /Statsforvalter/.test(a.title));
  assert.ok(fix, `a quick fix names Statsforvalteren: ${actions.map((a) => a.title)}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(doc.lineAt(fylke.range.start.line).text, /Statsforvalteren/);
  steps.push('quick fix');

  // The learning-point command is there.
  const commands = await vscode.commands.getCommands(true);
  assert.ok(commands.includes('evidensplan.insertLearningPoint'), 'the learning-point command is registered');
  steps.push('commands');

  await vscode.commands.executeCommand('workbench.action.files.revert');
  console.log(`evidensplan desktop suite: ${steps.length} passed (${steps.join(', ')})`);
};

/**
 * Learning-point snippets and templates in the editor: "Sett inn
 * læringspunkt…", `lp:` completion snippets, "Sett inn seksjonsmal…" (also the
 * missing-topic quick fix's command) and "Ny plan".
 */
import * as vscode from 'vscode';
import { translate } from '../../core/i18n.js';
import type { Services } from '../services.js';
import { snippetMessages as M } from './messages.js';
import { chooseMode, insertFinding, languageOf, pickLearningPoint } from './learning-point-pick.js';
import { COMPLETION_TRIGGERS, LearningPointCompletionProvider } from './completion.js';
import { FindingPreviewProvider, PREVIEW_SCHEME } from './preview.js';
import { insertSectionTemplate, newPlan, type InsertSectionArgs, type NewPlanArgs } from './templates.js';

export const INSERT_LEARNING_POINT = 'evidensplan.insertLearningPoint';
export const INSERT_SECTION_TEMPLATE = 'evidensplan.insertSectionTemplate';
export const NEW_PLAN = 'evidensplan.newPlan';

export function registerSnippetFeatures(context: vscode.ExtensionContext, services: Services): void {
  const t = (k: keyof typeof M) => translate(M, k, services.uiLanguage());
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, new FindingPreviewProvider(services)),
    vscode.languages.registerCompletionItemProvider(
      { language: 'markdown' },
      new LearningPointCompletionProvider(services),
      ...COMPLETION_TRIGGERS,
    ),
    /**
     * Args (all optional, for keybindings and tests): a locator to insert
     * without the picker, or `{ locator?, query?, mode? }`.
     */
    vscode.commands.registerCommand(
      INSERT_LEARNING_POINT,
      async (arg?: string | { locator?: string; query?: string; mode?: 'verbatim' | 'paraphrase' }) => {
        const editor = vscode.window.activeTextEditor;
        if (!editor) {
          void vscode.window.showInformationMessage(t('noEditor'));
          return false;
        }
        const opts = typeof arg === 'string' ? { locator: arg } : arg ?? {};
        const finding = opts.locator
          ? (await services.getReport()).get(opts.locator)
          : await pickLearningPoint(services, opts.query ?? '');
        if (!finding) return false;
        const mode = opts.mode ?? (await chooseMode(context, services, finding.locator));
        if (!mode) return false;
        const target = vscode.window.activeTextEditor ?? editor;
        return insertFinding(target, finding, mode, languageOf(services, target.document));
      },
    ),
    vscode.commands.registerCommand(INSERT_SECTION_TEMPLATE, (arg?: string | InsertSectionArgs) =>
      insertSectionTemplate(services, typeof arg === 'string' ? { topicId: arg } : arg ?? {}),
    ),
    vscode.commands.registerCommand(NEW_PLAN, (arg?: NewPlanArgs) => newPlan(services, arg ?? {})),
  );
}

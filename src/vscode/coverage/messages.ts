/** UI text of the coverage view and status bar (nb default, en, nn); shared words come from core/coverage/messages. */
import { catalogue } from '../../core/i18n.js';

export const viewMessages = catalogue('vscode.coverage');

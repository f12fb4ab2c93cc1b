/** UI text of the snippet commands (nb default, en, nn). */
import { catalogue } from '../../core/i18n.js';

export const snippetMessages = catalogue('vscode.snippets');

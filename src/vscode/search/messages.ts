/** Texts of the editor search (Søk i rapporten) and the evidence view. */
import { catalogue } from '../../core/i18n.js';

export const searchMessages = catalogue('vscode.search');

/** User-facing text of the coverage features (CLI text/HTML, tree view, status bar). */
import { catalogue } from '../i18n.js';

export const coverageMessages = catalogue('coverage');

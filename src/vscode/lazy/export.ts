/** The export group (see ../lazy.ts): formats and texts of "export to Word/PDF", on the command's first run. */
export { EXPORT_FORMATS, exportText, isExportFormat } from '../../core/export/index.js';

/** The index group (see ../lazy.ts): the report index and the full-text search, opened on first use. */
export { openReportIndex, openSearch } from '../../core/index-files.js';

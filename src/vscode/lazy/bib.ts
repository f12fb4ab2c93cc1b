/** The bibliography group (see ../lazy.ts): citation-js's formatters, for "write the bibliography". */
export { BIB_FORMATS, bibFileName, formatBibliography, isBibFormat } from '../../core/bib/index.js';

/**
 * Layout data: what the PDF extraction lost and the text alone cannot tell
 * (appendix labels, which section a floating box belongs to, chart labels).
 * The data lives in resources/report/ks2021.layout.json with its evidence;
 * the municipality list in ks2021.municipalities.json with its source.
 * Imported statically, so the parser does no I/O of its own.
 */
import layoutJson from '../../../resources/report/ks2021.layout.json' with { type: 'json' };
import municipalitiesJson from '../../../resources/report/ks2021.municipalities.json' with { type: 'json' };

export interface PartEntry {
  id: string;
  title: string;
  /** The heading line's text, trimmed (a prefix for headings split over lines). */
  heading: string;
  evidence: string;
  uncertain?: string;
}

export interface Layout {
  parts: PartEntry[];
  boxSections: { entries: { firstItem: string; section: string; evidence: string }[] };
  furniture: { lines: [number, number]; quote: string; reason: string }[];
  orphanMarkers: { line: number; quote: string; marker: string; reason: string }[];
  /** Paragraphs the PDF split at a sentence boundary around a spliced box: `line` continues the main paragraph before it. */
  joins: { line: number; quote: string; reason: string }[];
}

export interface MunicipalityEntry {
  name: string;
  /** Words that name it in the text (default: `name`). */
  match?: string[];
  type: string;
  theme: string;
  source: string;
}

export const defaultLayout: Layout = layoutJson as unknown as Layout;
export const municipalities: MunicipalityEntry[] = (municipalitiesJson as { entries: MunicipalityEntry[] }).entries;

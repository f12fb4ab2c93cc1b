/**
 * The contract's JSON shape of a finding (`show --json`, `lookup --json`):
 * {citation, source, locator, kind, section, sectionTitle, text, score?}.
 */
import type { Finding, FindingKind, SourceMeta } from '../model.js';

export interface FindingJson {
  citation: string;
  source: string;
  locator: string;
  kind: FindingKind;
  section: string;
  sectionTitle: string;
  text: string;
  score?: number;
}

export function toFindingJson(f: Finding, source: SourceMeta, score?: number): FindingJson {
  const out: FindingJson = {
    citation: f.citation,
    source: source.key,
    locator: f.locator,
    kind: f.kind,
    section: f.section,
    sectionTitle: f.sectionTitle,
    text: f.text,
  };
  if (score !== undefined) out.score = Math.round(score * 1000) / 1000;
  return out;
}

/**
 * The sector of a sector plan (resources/topics/sectors.json): the front-matter
 * key `sektor` (any alias: "helse og omsorg", "skole", …), else inferred from
 * the plan's title (its first heading): "Beredskapsplan for helse og omsorg" →
 * helse-omsorg. Used to scope the topics a sector plan is asked about.
 */
import data from '../../../resources/topics/sectors.json' with { type: 'json' };

export interface Sector {
  id: string;
  title: { nb: string; nn: string };
  aliases: string[];
  titleWords: string[];
  /** The report's learning-point sections that belong to this sector ("9.3"). */
  learningPointSections?: string[];
  /** Learning points of other sectors' sections that still apply here ("lp. 9.3.8"). */
  extraLearningPoints?: string[];
}

/**
 * Whether a learning point counts by topic in a plan of `sector`: its section belongs to no
 * sector, to this one, or the sector lists it as an extra. Other plans: always.
 */
export function learningPointInSector(locator: string, sector: string | null | undefined): boolean {
  if (sector === undefined) return true;
  const section = locator.replace(/^lp\.\s*/, '').split('.').slice(0, 2).join('.');
  const owners = sectors.filter((s) => s.learningPointSections?.includes(section));
  if (!owners.length) return true;
  if (sector === null) return false;
  const mine = sectors.find((s) => s.id === sector);
  return owners.some((o) => o.id === sector) || !!mine?.extraLearningPoints?.includes(locator);
}

export const sectors: readonly Sector[] = data.sectors as Sector[];

const norm = (s: string) => s.toLowerCase().replace(/[_\s]+/g, ' ').replace(/\s*-\s*/g, '-').trim();

/** The sector an alias names, or undefined. */
export function sectorByAlias(value: unknown): Sector | undefined {
  if (typeof value !== 'string') return undefined;
  const v = norm(value);
  return sectors.find((s) => s.id === v || s.aliases.some((a) => norm(a) === v || norm(a).replace(/-/g, ' ') === v.replace(/-/g, ' ')));
}

/** The sector a title speaks of ("Beredskapsplan for oppvekstsektoren" → oppvekst), if exactly one. */
export function sectorFromTitle(title: string | undefined): Sector | undefined {
  if (!title) return undefined;
  const t = ` ${title.toLowerCase()} `;
  const found = sectors.filter((s) => s.titleWords.some((w) => t.includes(w.toLowerCase())));
  return found.length === 1 ? found[0] : undefined;
}

export interface PlanSectorInput {
  frontmatter?: { plantype?: string; data?: Record<string, unknown> };
  headings?: ReadonlyArray<{ text: string; depth?: number }>;
}

/** The plan's sector: `sektor` in the front matter, else from the title; only sector plans have one. */
export function planSector(plan: PlanSectorInput): { sector?: Sector; from?: 'front-matter' | 'title'; written?: string } {
  const fm = plan.frontmatter;
  const raw = fm?.data?.sektor ?? fm?.data?.sektorar ?? fm?.data?.sektorer;
  if (raw !== undefined && raw !== null && raw !== '') {
    const s = sectorByAlias(Array.isArray(raw) ? raw[0] : raw);
    return { sector: s, from: 'front-matter', written: String(raw) };
  }
  if (fm?.plantype !== 'sektorplan') return {};
  const h1 = plan.headings?.find((h) => h.depth === 1) ?? plan.headings?.[0];
  const s = sectorFromTitle(h1?.text);
  return s ? { sector: s, from: 'title' } : {};
}

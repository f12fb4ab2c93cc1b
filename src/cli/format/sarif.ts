/**
 * `lint --format sarif`: SARIF 2.1.0 (OASIS), as GitHub code scanning accepts it:
 * relative artifact URIs under %SRCROOT%, UTF-16 columns, one reportingDescriptor
 * per rule with helpUri to its docs page, fixes as artifact changes.
 */
import type { LintResult, Severity } from '../../core/lint/types.js';
import { ruleMetas } from '../../core/lint/rules/meta.js';
import { docsUrl, DOCS_BASE } from '../../core/lint/rule.js';
import type { UiLanguage } from '../../core/i18n.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Engine-level ids (not rules in the registry) still get a descriptor. */
const ENGINE_RULES: Record<string, string> = {
  'front-matter': 'Front matter that is not valid YAML or has invalid values.',
  'internal-error': 'A rule failed internally; the other rules ran.',
  encoding: 'A file that is binary or not UTF-8 text.',
};

export interface SarifOptions {
  version?: string;
  lang?: UiLanguage;
}

export function toSarif(results: readonly LintResult[], opts: SarifOptions = {}): object {
  const lang = opts.lang ?? 'nb';
  const descriptors: object[] = [];
  const index = new Map<string, number>();
  for (const meta of ruleMetas) {
    index.set(meta.id, descriptors.length);
    descriptors.push({
      id: meta.id,
      name: meta.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: meta.description.en },
      fullDescription: { text: lang === 'en' ? meta.description.en : (lang === 'nn' ? meta.description.nn ?? meta.description.nb : meta.description.nb) },
      helpUri: docsUrl(meta),
      defaultConfiguration: { level: meta.defaultSeverity === 'off' ? 'none' : LEVEL[meta.defaultSeverity] },
    });
  }
  const ensure = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = descriptors.length;
      index.set(id, i);
      descriptors.push({ id, shortDescription: { text: ENGINE_RULES[id] ?? id }, helpUri: `${DOCS_BASE}README.md` });
    }
    return i;
  };
  const out: object[] = [];
  const artifacts: object[] = [];
  for (const r of results) {
    const uri = r.file.split('\\').join('/');
    artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } });
    for (const m of r.messages) {
      const res: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: ensure(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: {
                startLine: m.line,
                startColumn: m.column,
                endLine: Math.max(m.endLine, m.line),
                endColumn: m.endLine === m.line ? Math.max(m.endColumn, m.column + 1) : m.endColumn,
              },
            },
          },
        ],
      };
      if (m.evidence?.length) res.properties = { evidence: m.evidence };
      if (m.fix?.edits.length) {
        res.fixes = [
          {
            description: { text: m.fix.title },
            artifactChanges: [
              {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                replacements: m.fix.edits.map((e) => ({
                  deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
                  insertedContent: { text: e.text },
                })),
              },
            ],
          },
        ];
      }
      out.push(res);
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'evidensplan',
            semanticVersion: opts.version ?? '0.1.0',
            informationUri: DOCS_BASE.replace(/blob\/main\/$/, ''),
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder evidensplan lint ran in.' } } },
        artifacts,
        results: out,
      },
    ],
  };
}

export function formatSarif(results: readonly LintResult[], opts: SarifOptions = {}): string {
  return JSON.stringify(toSarif(results, opts), null, 2) + '\n';
}

/**
 * unknown-source: a citation key that no loaded source has ("[@ks2012, lp. 3.5.1]").
 * Fix: the nearest known key, when the key looks like a typo of it.
 */
import { translate, type Catalogue } from '../../i18n.js';
import { resolveCitation } from '../../cite/resolve.js';
import { report } from '../context.js';
import { defineRule, type RuleMeta } from '../rule.js';

export const meta: RuleMeta = {
  id: 'unknown-source',
  description: {
    nb: 'En kildenøkkel i en henvisning som ingen kjent kilde har.',
    en: 'A citation key that no loaded source has.',
    nn: 'Ein kjeldenøkkel i ei tilvising som inga kjend kjelde har.',
  },
  defaultSeverity: 'error',
  docs: 'docs/rules/unknown-source.md',
};

const messages = {
  unknown: {
    nb: 'Ukjent kilde «@{key}»: ingen kjent kilde har denne nøkkelen. Rapporten fra KS/Deloitte (2021) siteres som @{known}. En annen kilde gjør du kjent i en bibliografi (bibliography: i front matter eller i .evidensplan.jsonc), under references: i front matter, eller som kildemappe .evidensplan/sources/{key}/.',
    en: 'Unknown source "@{key}": no loaded source has this key. The KS/Deloitte report (2021) is cited as @{known}. Declare another source in a bibliography (bibliography: in the front matter or in .evidensplan.jsonc), under references: in the front matter, or as a source folder .evidensplan/sources/{key}/.',
    nn: 'Ukjend kjelde «@{key}»: inga kjend kjelde har denne nøkkelen. Rapporten frå KS/Deloitte (2021) blir sitert som @{known}. Ei anna kjelde gjer du kjend i ein bibliografi (bibliography: i front matter eller i .evidensplan.jsonc), under references: i front matter, eller som kjeldemappe .evidensplan/sources/{key}/.',
  },
  unknownTypo: {
    nb: 'Ukjent kilde «@{key}»: mente du @{suggestion}? Ingen kjent kilde har nøkkelen @{key}.',
    en: 'Unknown source "@{key}": did you mean @{suggestion}? No loaded source has the key @{key}.',
    nn: 'Ukjend kjelde «@{key}»: meinte du @{suggestion}? Inga kjend kjelde har nøkkelen @{key}.',
  },
  fix: { nb: 'Bytt til @{suggestion}', en: 'Replace with @{suggestion}', nn: 'Byt til @{suggestion}' },
} satisfies Catalogue;

export default defineRule(meta, (_tree, file, ctx) => {
  const t = (k: keyof typeof messages, p: Record<string, string> = {}) => translate(messages, k, ctx.uiLanguage, p);
  for (const group of ctx.plan.citations) {
    for (const item of group.items) {
      if (!item.key) continue;
      const r = resolveCitation(item, ctx.sources);
      if (r.status !== 'unknown-source') continue;
      const suggestion = r.nearest[0];
      const fixes = r.nearest.slice(0, 3).map((k) => ({ title: t('fix', { suggestion: k }), edits: [{ start: item.keyStart, end: item.keyEnd, text: k }] }));
      report(file, {
        ruleId: meta.id,
        start: item.keyStart - 1,
        end: item.keyEnd,
        message: suggestion ? t('unknownTypo', { key: item.key, suggestion }) : t('unknown', { key: item.key, known: ctx.report.source.key }),
        fix: fixes[0],
        suggestions: fixes.slice(1),
      });
    }
  }
});

/**
 * Section templates per topic and new-plan templates per plantype, in Bokmål
 * and Nynorsk, rendered from the data in resources/templates/ and the shared
 * topic taxonomy.
 *
 *   renderSectionTemplate('utstyrsberedskap', 'nn') → { title, text, snippet }
 *
 * `text` is a plain Markdown section (placeholders as [hint]) citing the
 * topic's learning points canonically; `snippet` is the same with VS Code
 * tabstops, every literal `$`, `}` and `\` escaped.
 */
import nbSections from '../../../resources/templates/sections/nb.json' with { type: 'json' };
import nnSections from '../../../resources/templates/sections/nn.json' with { type: 'json' };
import nbPlans from '../../../resources/templates/plans/nb.json' with { type: 'json' };
import nnPlans from '../../../resources/templates/plans/nn.json' with { type: 'json' };
import {
  renderSection,
  topicTitle,
  type PlanLanguage,
  type SectionOptions,
  type SectionTemplateData,
  type TopicLike,
} from './section-template.js';
import { renderPlan, type PlanTemplateData, type Plantype, type RenderedPlan } from './new-plan.js';
import { allTopics } from './taxonomy.js';

export type { PlanLanguage, TopicLike } from './section-template.js';
export { PLANTYPES, isPlantype, type Plantype } from './new-plan.js';

const SECTIONS: Record<PlanLanguage, SectionTemplateData> = {
  nb: nbSections as unknown as SectionTemplateData,
  nn: nnSections as unknown as SectionTemplateData,
};
const PLANS: Record<PlanLanguage, PlanTemplateData> = {
  nb: nbPlans as unknown as PlanTemplateData,
  nn: nnPlans as unknown as PlanTemplateData,
};

function lang(l: string | undefined): PlanLanguage {
  return l === 'nn' ? 'nn' : 'nb';
}

export function findTopic(topicId: string): TopicLike | undefined {
  return allTopics().find((t) => t.id === topicId);
}

/** Every topic with a template, titled in `lang`, for a picker. */
export function listSectionTemplates(l: PlanLanguage): { id: string; title: string; learningPoints: readonly string[] }[] {
  return allTopics().map((t) => ({ id: t.id, title: topicTitle(t, lang(l)), learningPoints: t.learningPoints }));
}

/**
 * The section template of a topic. An unknown topic id gives a generic section
 * titled with the id (never a throw), so a quick fix always has something to insert.
 */
export function renderSectionTemplate(
  topicId: string,
  l: 'nb' | 'nn',
  opts?: { key?: string } & SectionOptions,
): { title: string; text: string; snippet: string } {
  const topic = findTopic(topicId) ?? { id: topicId, title: topicId, learningPoints: [] };
  const r = renderSection(topic, SECTIONS[lang(l)], opts);
  return { title: r.title, text: r.text, snippet: r.snippet };
}

/** The same, with the list of citations (for tests and the coverage view). */
export function renderSectionTemplateFull(topic: TopicLike, l: PlanLanguage, opts?: SectionOptions) {
  return renderSection(topic, SECTIONS[lang(l)], opts);
}

/**
 * A new plan of `plantype` in `l`. `topics` are the taxonomy's topics that apply
 * to the plantype (the caller asks the taxonomy: `topicsFor(plantype)`).
 */
export function renderNewPlan(
  plantype: Plantype,
  l: PlanLanguage,
  opts: { today: string; kommune?: string; topics?: readonly TopicLike[]; key?: string },
): RenderedPlan {
  return renderPlan(plantype, PLANS[lang(l)], opts);
}

/** The template data (for tests: every section's legal letter). */
export function planTemplateData(l: PlanLanguage): PlanTemplateData {
  return PLANS[lang(l)];
}

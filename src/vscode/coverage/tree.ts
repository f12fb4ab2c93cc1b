/**
 * The coverage tree: the report's learning-point chapters → learning points,
 * each marked covered (cited / topic addressed) or not in the active plan.
 * A covered item reveals where; an uncovered one has an inline insert action.
 */
import * as vscode from 'vscode';
import { translate, type UiLanguage } from '../../core/i18n.js';
import type { Coverage, CoverageGroup, CoverageItem } from '../../core/coverage/compute.js';
import { percent, shortGroupTitle } from '../../core/coverage/format-text.js';
import { shortText } from '../../core/snippets/learning-point.js';
import { topicById, topicTitle } from '../../core/topics/taxonomy.js';
import { viewMessages as V } from './messages.js';

export type Node = { type: 'group'; group: CoverageGroup } | { type: 'item'; item: CoverageItem; group: CoverageGroup };

export const REVEAL_COMMAND = 'evidensplan.coverage.reveal';
export const INSERT_COMMAND = 'evidensplan.coverage.insertLearningPoint';

export class CoverageTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private coverage: Coverage | undefined;
  private uri: vscode.Uri | undefined;

  constructor(private readonly uiLanguage: () => UiLanguage) {}

  /** Sets what the tree shows (undefined: nothing, the view's message explains). */
  set(coverage: Coverage | undefined, uri: vscode.Uri | undefined): void {
    this.coverage = coverage;
    this.uri = uri;
    this.changed.fire();
  }

  get current(): { coverage: Coverage | undefined; uri: vscode.Uri | undefined } {
    return { coverage: this.coverage, uri: this.uri };
  }

  getChildren(node?: Node): Node[] {
    if (!this.coverage) return [];
    if (!node) return this.coverage.groups.map((group) => ({ type: 'group', group }));
    if (node.type === 'group') return node.group.items.map((item) => ({ type: 'item', item, group: node.group }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'item' ? { type: 'group', group: node.group } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const lang = this.uiLanguage();
    const t = (k: keyof typeof V, p: Record<string, string | number> = {}) => translate(V, k, lang, p);
    if (node.type === 'group') {
      const g = node.group;
      const item = new vscode.TreeItem(`${g.section} ${shortGroupTitle(g.title)}`, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${g.section}`;
      item.description = `${g.covered}/${g.total} · ${percent(g.covered, g.total)} %`;
      item.tooltip = `${g.chapter} ${g.chapterTitle}\n${g.section} ${g.title}`;
      item.contextValue = 'coverageGroup';
      item.iconPath = new vscode.ThemeIcon(
        g.covered === g.total ? 'pass-filled' : g.covered ? 'circle-large-outline' : 'circle-outline',
        g.covered === g.total ? new vscode.ThemeColor('testing.iconPassed') : undefined,
      );
      return item;
    }
    const it = node.item;
    const item = new vscode.TreeItem(it.locator, vscode.TreeItemCollapsibleState.None);
    item.id = `lp:${it.locator}`;
    const tip = new vscode.MarkdownString();
    if (it.how) {
      item.description = `${t('lineDescription', { line: it.line ?? 0 })} · ${shortText(it.text, 70)}`;
      item.contextValue = it.how === 'cited' ? 'coveredCited' : 'coveredTopic';
      item.iconPath =
        it.how === 'cited'
          ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
          : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconQueued'));
      const topic = it.topic ? topicById(it.topic) : undefined;
      tip.appendText(
        it.how === 'cited'
          ? t('tooltipCited', { line: it.line ?? 0 })
          : t('tooltipTopic', { line: it.line ?? 0, topic: topic ? topicTitle(topic, lang === 'nn' ? 'nn' : 'nb') : it.topic ?? '' }),
      );
      // The words that made a topic count, so the writer can judge it.
      if (it.how === 'topic' && it.evidence?.text) {
        tip.appendText('\n');
        tip.appendText(t('tooltipEvidence', { words: shortText(it.evidence.text, 120) }));
      }
      if (this.uri && it.line) {
        item.command = { command: REVEAL_COMMAND, title: t('revealTitle'), arguments: [this.uri.toString(), it.line] };
      }
    } else {
      item.description = shortText(it.text, 80);
      item.contextValue = 'uncovered';
      item.iconPath = new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('list.warningForeground'));
      tip.appendText(t('tooltipUncovered'));
    }
    tip.appendMarkdown('\n\n---\n\n');
    tip.appendText(it.text);
    tip.appendMarkdown('\n\n');
    tip.appendCodeblock(it.citation, 'markdown');
    item.tooltip = tip;
    item.accessibilityInformation = { label: `${it.locator} ${it.how ?? ''}`.trim() };
    return item;
  }
}

/**
 * "Evidensplan: Om utvidelsen" — which extension host runs the extension (Node or a web worker)
 * and its version, as a notification and in the log. Users and support can see at once whether
 * the desktop features (export) are there; the end-to-end suite uses it to prove the web entry
 * really runs in the web worker host.
 */
import * as vscode from 'vscode';
import { translate, type Catalogue } from '../core/i18n.js';
import type { Services } from './services.js';
import { log } from './util.js';

export const HOST_INFO_COMMAND = 'evidensplan.showHostInfo';

const messages = {
  node: {
    nb: 'Evidensplan {version} kjører i utvidelsesverten for Node (skrivebord/server): alle funksjoner, også eksport.',
    nn: 'Evidensplan {version} køyrer i utvidingsverten for Node (skrivebord/tenar): alle funksjonar, også eksport.',
    en: 'Evidensplan {version} runs in the Node extension host (desktop/server): every feature, export included.',
  },
  web: {
    nb: 'Evidensplan {version} kjører i nettleserens utvidelsesvert (web): lint, hover, fullføring, maler og dekning; eksport krever VS Code på skrivebordet.',
    nn: 'Evidensplan {version} køyrer i utvidingsverten i nettlesaren (web): lint, hover, fullføring, malar og dekning; eksport krev VS Code på skrivebordet.',
    en: 'Evidensplan {version} runs in the browser extension host (web): lint, hover, completion, templates and coverage; export needs desktop VS Code.',
  },
} satisfies Catalogue;

/** The sentence the command shows (its host kind is the marker "(web)" / "Node"). */
export function hostInfoText(services: Services, version: string): string {
  return translate(messages, services.host, services.uiLanguage(), { version });
}

export function registerHostInfo(context: vscode.ExtensionContext, services: Services): void {
  const version = String((context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '');
  log().info(`activated in the ${services.host} extension host`);
  context.subscriptions.push(
    vscode.commands.registerCommand(HOST_INFO_COMMAND, () => {
      const text = hostInfoText(services, version);
      log().info(text);
      void vscode.window.showInformationMessage(text);
      return services.host;
    }),
  );
}

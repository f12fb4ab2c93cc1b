/**
 * "Evidensplan: Om utvidelsen" — which extension host runs the extension (Node or a web worker)
 * and its version, as a notification and in the log. Users and support can see at once whether
 * the desktop features (export) are there; the end-to-end suite uses it to prove the web entry
 * really runs in the web worker host.
 */
import * as vscode from 'vscode';
import { catalogue, translate } from '../core/i18n.js';
import type { Services } from './services.js';
import { log } from './util.js';

export const HOST_INFO_COMMAND = 'evidensplan.showHostInfo';

const messages = catalogue('vscode.host-info');

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

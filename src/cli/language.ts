/**
 * The CLI's message language, one rule for every command: `--lang`, else the environment
 * (`EVIDENSPLAN_LANG`, or its alias `EVIDENSPLAN_LANGUAGE`), else undefined (the caller's default:
 * Bokmål, or for `lint` the config's language and then the plan's own written standard).
 */
import { isUiLanguage, type UiLanguage } from '../core/i18n.js';
import { UsageError } from './errors.js';

/** The language the environment asks for, if it names a valid one. */
export function envLanguage(env: NodeJS.ProcessEnv = process.env): UiLanguage | undefined {
  for (const l of [env.EVIDENSPLAN_LANG, env.EVIDENSPLAN_LANGUAGE]) if (isUiLanguage(l)) return l;
  return undefined;
}

/** `--lang` checked (a usage error when it names no language), else the environment's. */
export function optionLanguage(option: string | undefined): UiLanguage | undefined {
  if (option === undefined) return envLanguage();
  if (!isUiLanguage(option)) throw new UsageError(`--lang must be nb, nn or en, not "${option}"`);
  return option;
}

/** As optionLanguage, with Bokmål when nothing is said. */
export function cliLanguage(option?: string): UiLanguage {
  return optionLanguage(option) ?? 'nb';
}

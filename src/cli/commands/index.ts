import type { Command } from 'commander';
import { register as registerShow } from './show.js';
import { register as registerSections } from './sections.js';
import { register as registerCoverage } from './coverage.js';
import { register as registerLint } from './lint.js';
import { register as registerLookup } from './lookup.js';
import { register as registerBib } from './bib.js';
import { register as registerSources } from './sources.js';
import { register as registerExport } from './export.js';

/** Sets the process exit code from inside a command action (0, 1 or 2). */
export type SetExit = (code: number) => void;

/**
 * Every subcommand registers itself here. Each command file exports
 * `register(program, setExit)`.
 */
export function registerCommands(program: Command, setExit: SetExit): void {
  void program;
  void setExit;
  registerShow(program, setExit);
  registerSections(program, setExit);
  registerCoverage(program, setExit);
  registerLint(program, setExit);
  registerLookup(program, setExit);
  registerBib(program, setExit);
  registerSources(program, setExit);
  registerExport(program, setExit);
}

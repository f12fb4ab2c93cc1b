/**
 * The `evidensplan` command: a thin face on the core. Each subcommand lives in
 * its own file under ./commands and registers itself on the program.
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { UsageError, IoError } from './errors.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('evidensplan')
    .description('Evidence from the KS/Deloitte 2021 pandemic study for municipal preparedness plans')
    .version(process.env.EVIDENSPLAN_VERSION ?? '0.1.0')
    .exitOverride()
    // A usage error is one line on stderr, naming the fix (`--help` shows the rest), like every exit 2.
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`evidensplan: ${s.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').trim()} (--help shows how)\n`),
    });
  let exitCode = 0;
  registerCommands(program, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
      return 2;
    }
    if (err instanceof UsageError || err instanceof IoError) {
      process.stderr.write(`evidensplan: ${err.message}\n`);
      return 2;
    }
    // Never a stack trace for a user; a one-line explanation instead.
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`evidensplan: internal error: ${msg}\n`);
    if (process.env.EVIDENSPLAN_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    return 2;
  }
  return exitCode;
}

import '../load-env.ts';
import { UserError } from '../errors.ts';

/** Runs a command-line entry point: an expected failure prints its message alone, exit status 1. */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (status) => {
      process.exitCode = status ?? 0;
    },
    (error: unknown) => {
      console.error(error instanceof UserError ? error.message : `Error: ${(error as Error)?.stack ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}

/**
 * Runs a command's `main` and exits with the code it returns; an error it throws is told by its message alone
 * (no stack: the person at the terminal can act on the message) on standard error, with exit code 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

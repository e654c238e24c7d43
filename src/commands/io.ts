/** What a command needs from its process, so tests can run commands in-process with captured output. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit statuses of the CLI (design.md §1). */
export const EXIT = { PASS: 0, FAIL: 1, ERROR: 2 } as const;

// The Node binary a bench command runs its measured processes under (`--node <binary>`, for
// Lambda's other runtimes), shared by `pnpm bench` (src/run.ts) and `pnpm bench:instructions`
// (instructions.mjs, which imports the built dist/src/node-binary.mjs).
import { spawnSync } from 'node:child_process';

/**
 * The version a Node binary reports, e.g. `v22.23.5`.
 *
 * @param binary The binary's path; the current process's own needs no process started.
 * @returns Its version.
 * @throws {Error} when the path does not start or does not print a Node version.
 */
export function nodeVersionOf(binary: string): string {
  if (binary === process.execPath) return process.version;
  const version = spawnSync(binary, ['--version'], {
    encoding: 'utf8',
  }).stdout?.trim();
  if (version === undefined || !/^v\d+\./.test(version)) {
    throw new Error(`--node ${binary}: not a Node binary`);
  }
  return version;
}

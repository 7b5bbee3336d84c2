// src/cli.ts is the `evt` binary: it runs the process's arguments and sets its exit code. The
// packed binary itself is spawned on every Node version by tooling/scripts/smoke.mjs.
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the evt binary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('runs the process’s arguments and sets the exit code', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
    vi.spyOn(process, 'argv', 'get').mockReturnValue([
      'node',
      'evt',
      'generate',
      'nope',
    ]);
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exited');
    });

    await import('../src/cli');

    expect(process.exitCode).toBe(2);
    expect(written.join('')).toMatch(/^evt generate: unknown source "nope"/);

    // A reader that closes the pipe early ends the process quietly; other errors are thrown.
    const pipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    expect(() => process.stdout.emit('error', pipe)).toThrow('exited');
    expect(exit).toHaveBeenCalledWith(0);
    const other = Object.assign(new Error('write EIO'), { code: 'EIO' });
    expect(() => process.stdout.emit('error', other)).toThrow('write EIO');
  });
});

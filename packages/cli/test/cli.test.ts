import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands';
import { cases, evt } from './run-cli';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

describe('evt', () => {
  it('prints its help with --help, -h and help', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const { code, stdout, stderr } = await evt(args);

      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('Usage: evt <command> [options]');
      for (const { name } of COMMANDS) expect(stdout).toContain(`  ${name} `);
    }
  });

  it('prints the help on stderr, exit code 2, without a command', async () => {
    const { code, stdout, stderr } = await evt([]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: evt <command> [options]');
  });

  it.each(COMMANDS.map(({ name }) => name))(
    'prints the help of %s with --help, -h and help <command>',
    async (name) => {
      for (const args of [
        [name, '--help'],
        [name, '-h'],
        ['help', name],
        [name, 'anything', '--help'],
      ]) {
        const { code, stdout } = await evt(args);

        expect(code).toBe(0);
        expect(stdout.split('\n')[0]).toBe(
          `Usage: evt ${name} ${COMMANDS.find((command) => command.name === name)?.usage}`
        );
        expect(stdout).toContain('-h, --help');
      }
    }
  );

  it('prints its version with --version and -v', async () => {
    for (const args of [['--version'], ['-v']]) {
      expect(await evt(args)).toEqual({
        code: 0,
        stdout: `${version}\n`,
        stderr: '',
      });
    }
  });

  describe('refuses, in one line with exit code 2,', () => {
    it.each(
      cases(`
        launch → evt: unknown command "launch": one of list, generate, detect, inspect (see evt --help)
        --verbose → evt: unknown option --verbose (see evt --help)
        list --all → evt list: unknown option --all
        list -x → evt list: unknown option -x
        list --json=yes → evt list: --json takes no value
        list -- sqs → evt list: unexpected argument "sqs" (usage: evt list [--json])
        list sqs → evt list: unexpected argument "sqs" (usage: evt list [--json])
        generate sqs --records 1 --records 2 → evt generate: --records is given twice
        inspect --as → evt inspect: --as needs a value: --as <source>[/<kind>]
        inspect - --as apigw/proxy/v1 → evt inspect: --as takes <source> or <source>/<kind>, got "apigw/proxy/v1"
      `)
    )('%j', async (args, message) => {
      expect(await evt(args)).toEqual({
        code: 2,
        stdout: '',
        stderr: `${message}\n`,
      });
    });
  });

  it('reports an unexpected failure in one line, never a stack', async () => {
    const { run } = await import('../src/index');
    let stderr = '';
    const failing = {
      write: () => {
        throw new Error('stdout closed\nat somewhere');
      },
    };

    const code = await run(['list'], {
      stdout: failing,
      stderr: { write: (text: string) => (stderr += text) },
      stdin: process.stdin,
    });

    expect(code).toBe(1);
    expect(stderr).toBe('evt list: unexpected error: stdout closed\n');
  });
});

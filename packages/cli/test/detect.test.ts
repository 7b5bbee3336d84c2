import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evt, evtJson, file } from './run-cli';

describe('evt detect', () => {
  it('names the package and class', async () => {
    const event = await evtJson([
      'generate',
      'cognito',
      'pre-token-generation-v2',
    ]);

    expect(await evt(['detect', file(event)])).toEqual({
      code: 0,
      stdout: '@evt/cognito PreTokenGenerationV2TriggerEvent\n',
      stderr: '',
    });
  });

  it('prints JSON with --json', async () => {
    const event = await evtJson([
      'generate',
      's3',
      'event-bridge-notification',
    ]);

    expect(await evtJson(['detect', file(event), '--json'])).toEqual({
      package: '@evt/s3',
      className: 'S3EventBridgeNotificationEvent',
    });
  });

  it('reads stdin with - and when piped', async () => {
    const event = JSON.stringify(await evtJson(['generate', 'alb']));

    for (const args of [['detect', '-'], ['detect']]) {
      expect((await evt(args, { stdin: event })).stdout).toBe(
        '@evt/alb ALBEvent\n'
      );
    }
  });

  it('exits with 1 for an event no class reads', async () => {
    expect(await evt(['detect', file({ hello: 'world' })])).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(
        /^evt detect: \S+ is no event evt knows\n$/
      ),
    });
    expect(await evt(['detect', '-'], { stdin: '{}' })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'evt detect: stdin is no event evt knows\n',
    });
    expect(await evt(['detect', '--json', '-'], { stdin: '[]' })).toEqual({
      code: 1,
      stdout: 'null\n',
      stderr: '',
    });
  });

  describe('reports bad input in one line, exit code 1:', () => {
    const directory = mkdtempSync(join(tmpdir(), 'evt-cli-dir-'));

    it.each([
      ['not JSON', ['detect', file('{"Records": [')], / is not JSON\n$/],
      ['an empty file', ['detect', file('  \n')], / is empty\n$/],
      [
        'a missing file',
        ['detect', '/no/such/event.json'],
        /^evt detect: cannot read \/no\/such\/event\.json: no such file\n$/,
      ],
      [
        'a directory',
        ['detect', directory],
        /^evt detect: cannot read \S+: it is a directory\n$/,
      ],
    ])('%s', async (_, args, message) => {
      const { code, stdout, stderr } = await evt(args);

      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.split('\n')).toHaveLength(2);
    });

    it('stdin that is not JSON', async () => {
      expect(await evt(['detect', '-'], { stdin: 'hello' })).toEqual({
        code: 1,
        stdout: '',
        stderr: 'evt detect: stdin is not JSON\n',
      });
    });
  });

  it('asks for a file when none is named and stdin is a terminal', async () => {
    expect(await evt(['detect'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt detect: needs a <file> (or - to read stdin)\n',
    });
  });

  it('reads one file', async () => {
    const { code, stderr } = await evt(['detect', 'a.json', 'b.json']);

    expect(code).toBe(2);
    expect(stderr).toBe(
      'evt detect: unexpected argument "b.json" (usage: evt detect [<file>|-] [--json])\n'
    );
  });
});

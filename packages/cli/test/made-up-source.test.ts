// How the commands treat kinds of event the registry may hold although no package has them
// today: a class without a sample factory, and a guard naming a class the CLI lacks.
import { describe, expect, it, vi } from 'vitest';
import { kindOfClass } from '../src/sources';
import { evt, evtJson } from './run-cli';

vi.mock('../src/registry', () => ({
  SOURCES: [
    {
      id: 'made-up',
      service: 'Made-up Service',
      classes: async () => ({}),
      kinds: [
        {
          kind: '',
          module: 'made-up-event',
          className: 'MadeUpEvent',
          detected: true,
          records: false,
        },
      ],
    },
  ],
}));

describe('a class without a sample', () => {
  it('is listed as such', async () => {
    const { stdout } = await evt(['list']);

    expect(stdout).toBe(
      [
        '@evt/made-up  Made-up Service',
        '  made-up  MadeUpEvent  (no sample)',
        '',
        '1 classes in 1 packages. A sample event: evt generate <source> [kind]',
        '',
      ].join('\n')
    );
    expect(await evtJson(['list', '--json'])).toEqual([
      {
        package: '@evt/made-up',
        service: 'Made-up Service',
        className: 'MadeUpEvent',
        generate: null,
        detected: true,
        records: false,
        body: null,
      },
    ]);
  });

  it('cannot be generated', async () => {
    expect(await evt(['generate', 'made-up'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'evt generate: @evt/made-up has no sample of MadeUpEvent to generate\n',
    });
  });

  it('says so when --records is asked for', async () => {
    expect((await evt(['generate', 'made-up', '--records', '2'])).stderr).toBe(
      'evt generate: --records does not apply to made-up: MadeUpEvent has no sample\n'
    );
  });
});

describe('kindOfClass', () => {
  it('finds nothing for a package or class the CLI does not have', () => {
    expect(kindOfClass('@evt/made-up', 'OtherEvent')).toBeUndefined();
    expect(kindOfClass('@evt/sqs', 'SQSEvent')).toBeUndefined();
    expect(kindOfClass('@evt/made-up', 'MadeUpEvent')?.kind.className).toBe(
      'MadeUpEvent'
    );
  });
});

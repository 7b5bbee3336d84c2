import { detect } from '@evt/detect';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../src/registry';
import {
  arrayLengthsIn,
  cases,
  evt,
  evtJson,
  file,
  stringsIn,
} from './run-cli';

const kinds = SOURCES.flatMap((source) =>
  source.kinds
    .filter((kind) => kind.factory !== undefined)
    .map((kind) => ({
      source,
      kind,
      args: kind.kind ? [source.id, kind.kind] : [source.id],
    }))
);
const label = ({ args }: { args: string[] }) => args.join(' ');

/** What `evt inspect --json` shows of an event, read as the kind `args` names. */
const inspectedAs = (event: unknown, args: string[]): Promise<unknown> =>
  evtJson(['inspect', file(event), '--json', '--as', args.join('/')]);

describe('evt generate', () => {
  it('prints an SQS batch with the records and bodies asked for', async () => {
    const event = (await evtJson(
      'generate sqs --records 3 --body {"id":1}'
    )) as { Records: { body: string; messageId: string }[] };

    expect(event.Records.map((record) => record.body)).toEqual([
      '{"id":1}',
      '{"id":1}',
      '{"id":1}',
    ]);
    expect(event.Records.map((record) => record.messageId)).toEqual([
      '059f36b4-87a3-44ab-83d2-661975830000',
      '059f36b4-87a3-44ab-83d2-661975830001',
      '059f36b4-87a3-44ab-83d2-661975830002',
    ]);
  });

  it('prints the Cognito pre token generation v2 trigger', async () => {
    const event = (await evtJson(
      'generate cognito pre-token-generation-v2'
    )) as { triggerSource: string; version: string };

    expect(event.triggerSource).toBe('TokenGeneration_Authentication');
    expect(event.version).toBe('2');
  });

  it('prints the API Gateway token authorizer input', async () => {
    const event = (await evtJson('generate apigw authorizer-token')) as {
      type: string;
    };

    expect(event.type).toBe('TOKEN');
  });

  it('takes a kind by its class name or kebab-case name, in any case', async () => {
    const short = await evt(['generate', 'apigw', 'authorizer-token']);

    for (const kind of [
      'APIGatewayAuthorizerTokenEvent',
      'api-gateway-authorizer-token-event',
      'AUTHORIZER_TOKEN',
    ]) {
      expect((await evt(['generate', 'apigw', kind])).stdout).toBe(
        short.stdout
      );
    }
  });

  it('takes a class name alone, and the npm name of a package', async () => {
    const sqs = await evt(['generate', 'sqs']);

    expect((await evt(['generate', 'SQSEvent'])).stdout).toBe(sqs.stdout);
    expect((await evt(['generate', '@evt/sqs'])).stdout).toBe(sqs.stdout);
  });

  it.each(kinds.map((entry) => [label(entry), entry] as const))(
    'prints a sample %s that its class reads (and detect names, where it can)',
    async (_, { source, kind, args }) => {
      const event = await evtJson(['generate', ...args]);

      if (kind.detected) {
        expect(detect(event)).toEqual({
          package: `@evt/${source.id}`,
          className: kind.className,
        });
      }
      const inspected = (await inspectedAs(event, args)) as {
        className: string;
      };
      expect(inspected.className).toBe(kind.className);
    }
  );

  it.each(
    kinds
      .filter(({ kind }) => kind.body)
      .map((entry) => [label(entry), entry.kind.body?.option, entry] as const)
  )(
    'puts --body in the payload of %s (its %s option)',
    async (_, __, { kind, args }) => {
      const probe = { probe: 'evt-probe-7f3a' };
      const event = await evtJson([
        'generate',
        ...args,
        '--body',
        JSON.stringify(probe),
      ]);
      const view = await inspectedAs(event, args);

      expect(
        stringsIn(view).some((text) => text.includes('evt-probe-7f3a'))
      ).toBe(true);
      if (kind.body?.text) {
        const plain = await evtJson([
          'generate',
          ...args,
          '--body',
          'plain evt-probe-9c1d',
        ]);
        const plainView = await inspectedAs(plain, args);
        expect(stringsIn(plainView)).toContain('plain evt-probe-9c1d');
      }
    }
  );

  it.each(
    kinds
      .filter(({ kind }) => kind.records)
      .map((entry) => [label(entry), entry] as const)
  )('makes as many records of %s as --records asks', async (_, { args }) => {
    for (const count of [7, 13]) {
      const event = await evtJson([
        'generate',
        ...args,
        '--records',
        String(count),
      ]);
      // The decoded view: CloudWatch Logs' records are inside its compressed data.
      const view = await inspectedAs(event, args);

      expect(arrayLengthsIn([event, view])).toContain(count);
    }
  });

  it('reads --body from a file with @', async () => {
    const event = (await evtJson([
      'generate',
      'sns',
      '--body',
      `@${file('{"from":"a file"}')}`,
    ])) as { Records: { Sns: { Message: string } }[] };

    expect(event.Records[0]?.Sns.Message).toBe('{"from":"a file"}');
  });

  it('reads --body from stdin with @-', async () => {
    const event = (await evtJson(['generate', 'kafka', '--body', '@-'], {
      stdin: 'piped',
    })) as { records: Record<string, { value: string }[]> };

    expect(Object.values(event.records)[0]?.[0]?.value).toBe(
      Buffer.from('piped').toString('base64')
    );
  });

  it('takes a --body that starts with @ written @@', async () => {
    const event = (await evtJson('generate sqs --records 1 --body @@here')) as {
      Records: { body: string }[];
    };

    expect(event.Records[0]?.body).toBe('@here');
  });

  it('passes a JSON --body as a value where the factory takes one', async () => {
    const event = (await evtJson(
      'generate eventbridge --body {"orderId":"o-1"}'
    )) as { detail: unknown };

    expect(event.detail).toEqual({ orderId: 'o-1' });
  });

  it('makes one record per --records of a list payload', async () => {
    const event = (await evtJson(
      'generate dynamodb --records 2 --body {"id":"i-1"}'
    )) as { Records: { dynamodb: { NewImage: unknown } }[] };

    expect(event.Records.map((record) => record.dynamodb.NewImage)).toEqual([
      { id: { S: 'i-1' } },
      { id: { S: 'i-1' } },
    ]);
  });

  it('sets fields with --set, JSON where the value parses', async () => {
    const event = (await evtJson(
      'generate sqs --records 1 --set Records[0].awsRegion=eu-west-1 --set Records[0].attributes.ApproximateReceiveCount="3" --set extra.list[0].flag=true'
    )) as {
      Records: { awsRegion: string; attributes: Record<string, unknown> }[];
      extra: unknown;
    };

    expect(event.Records[0]?.awsRegion).toBe('eu-west-1');
    expect(event.Records[0]?.attributes.ApproximateReceiveCount).toBe('3');
    expect(event.extra).toEqual({ list: [{ flag: true }] });
  });

  it('makes zero records when asked', async () => {
    const event = (await evtJson(['generate', 's3', '--records', '0'])) as {
      Records: unknown[];
    };

    expect(event.Records).toEqual([]);
  });

  describe('refuses, in one line with exit code 2,', () => {
    it.each(
      cases(`
        generate → evt generate: needs a <source>: see evt list
        generate nope → evt generate: unknown source "nope": one of alb,
        generate apigw → evt generate: @evt/apigw reads several kinds of event: say which, one of authorizer-v2,
        generate cognito pre-token → evt generate: @evt/cognito has no kind of event "pre-token": one of cognito-sync,
        generate cognito pre-sign-up --records 2 → evt generate: --records does not apply to cognito pre-sign-up: PreSignUpTriggerEvent is not a batch of records
        generate s3 --body x → evt generate: --body does not apply to s3: S3Event's sample has no body (use --set)
        generate sqs --records -1 → evt generate: --records takes a whole number from 0 to 10000, got "-1"
        generate sqs --records 10001 → evt generate: --records takes a whole number from 0 to 10000, got "10001"
        generate sqs --records → evt generate: --records needs a value: --records N
        generate sqs --set Records → evt generate: --set needs path=value, got "Records"
        generate sqs --set Records[0].body.x=1 → evt generate: --set Records[0].body.x: Records[0].body is a string, not an object or array
        generate sqs --set Records.x=1 → evt generate: --set Records.x: Records is an array, so .x does not fit
        generate sqs --set Records[9]=1 → evt generate: --set Records[9]: Records has 2 items, so [9] is past its end
        generate sqs extra words → evt generate: unexpected argument "words"
      `)
    )('%j', async (args, message) => {
      const { code, stdout, stderr } = await evt(args);

      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.startsWith(message)).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  });

  it.each([
    [
      'a --body file it cannot read',
      ['sqs', '--body', '@/no/such/file.json'],
      /^evt generate: cannot read \/no\/such\/file\.json: no such file\n$/,
    ],
    [
      'a factory that refuses its options',
      ['dynamodb', '--body', 'null'],
      /^evt generate: createDynamoDBStreamEvent: .+\n$/,
    ],
  ])('reports %s in one line, exit code 1', async (_, args, message) => {
    const { code, stdout, stderr } = await evt(['generate', ...args]);

    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(message);
  });
});

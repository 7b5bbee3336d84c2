import { describe, expect, it } from 'vitest';
import { sourceFixtures } from '../../detect/test/fixtures';
import { evt, evtJson, file, stringsIn } from './run-cli';

interface Inspected {
  package: string;
  className: string;
  event: Record<string, unknown>;
}

const inspected = async (
  event: unknown,
  ...options: string[]
): Promise<Inspected> =>
  (await evtJson(['inspect', file(event), '--json', ...options])) as Inspected;

const generated = async (...args: string[]): Promise<unknown> =>
  evtJson(['generate', ...args]);

describe('evt inspect', () => {
  it('prints the package, the class and the view', async () => {
    const event = await generated(
      'sqs',
      '--records',
      '1',
      '--body',
      '{"id":1}'
    );
    const { code, stdout } = await evt(['inspect', file(event)]);

    expect(code).toBe(0);
    const [header, ...view] = stdout.split('\n');
    expect(header).toBe('@evt/sqs SQSEvent');
    const records = JSON.parse(view.join('\n')).records;
    expect(records[0].jsonBody).toEqual({ id: 1 });
    expect(records[0].messageId).toBe('059f36b4-87a3-44ab-83d2-661975830000');
  });

  it('reads stdin with -, and when something is piped in', async () => {
    const event = JSON.stringify(await generated('sns'));

    for (const args of [['inspect', '-'], ['inspect']]) {
      const { code, stdout } = await evt(args, { stdin: event });
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe('@evt/sns SNSEvent');
    }
  });

  it('decodes base64 bodies', async () => {
    const { event } = await inspected(
      await generated('kinesis', '--records', '1', '--body', '{"order":7}')
    );

    const [record] = event.records as { kinesis: Record<string, unknown> }[];
    expect(record?.kinesis.dataAsText).toBe('{"order":7}');
    expect(record?.kinesis.dataAsJson).toEqual({ order: 7 });
  });

  it('inflates and parses CloudWatch Logs data', async () => {
    const { event } = await inspected(
      await generated('cloudwatch', 'logs', '--body', 'ERROR disk full')
    );

    const data = event['parseLogsData()'] as {
      logGroup: string;
      logEvents: { message: string }[];
    };
    expect(data.logGroup).toBe('/aws/lambda/echo-nodejs');
    expect(data.logEvents.map((logEvent) => logEvent.message)).toEqual([
      'ERROR disk full',
    ]);
  });

  it('unmarshals DynamoDB images', async () => {
    const { event } = await inspected(await generated('dynamodb'));

    const [first] = event.records as { dynamodb: Record<string, unknown> }[];
    expect(first?.dynamodb.newImage).toEqual({
      Message: 'New item!',
      Id: '101',
    });
    expect(first?.dynamodb.keys).toEqual({ Id: '101' });
  });

  it('unwraps an S3 notification in an SNS message in an SQS body', async () => {
    const s3 = await generated('s3', '--records', '1');
    const sns = await generated('sns', '--body', JSON.stringify(s3));
    const sqs = await generated(
      'sqs',
      '--records',
      '1',
      '--body',
      JSON.stringify(sns)
    );

    const { event } = await inspected(sqs);

    const [record] = event.records as Record<string, unknown>[];
    expect(record?.jsonBody).toBe('[shown as decodeNested(SNSEvent)]');
    const snsView = record?.['decodeNested(SNSEvent)'] as {
      records: { sns: Record<string, unknown> }[];
      record: string;
    };
    expect(snsView.record).toBe('[shown as records[0]]');
    const message = snsView.records[0]?.sns;
    expect(message?.jsonMessage).toBe('[shown as decodeNested(S3Event)]');
    const s3View = message?.['decodeNested(S3Event)'] as {
      bucketName: string;
      objectKey: string;
    };
    expect(s3View.bucketName).toBe('amzn-s3-demo-bucket');
    expect(s3View.objectKey).toBe('test/key');
  });

  it('hides credentials, tokens and passwords', async () => {
    const raw = await generated(
      'apigw',
      'proxy',
      '--set',
      'headers.Authorization=Bearer secret-token-123',
      '--set',
      'queryStringParameters.password=hunter2'
    );

    const { event } = await inspected(raw);

    const text = JSON.stringify(event);
    expect(text).not.toContain('secret-token-123');
    expect(text).not.toContain('hunter2');
    expect((event.headers as Record<string, unknown>).Authorization).toBe(
      '[SENSITIVE]'
    );
  });

  it('reads a batch of AppSync resolver invocations with the class’s batch', async () => {
    const batch = await generated(
      'appsync',
      'resolver-batch',
      '--records',
      '2'
    );

    const { className, event } = await inspected(batch);

    expect(className).toBe('AppSyncResolverEvent');
    expect(Array.isArray(event)).toBe(true);
    expect((event as unknown as unknown[]).length).toBe(2);
  });

  it('says why a member cannot be read', async () => {
    const { event } = await inspected(
      await generated('sqs', '--records', '1', '--body', 'not json')
    );

    const [record] = event.records as Record<string, unknown>[];
    expect(record?.body).toBe('not json');
    expect(record?.jsonBody).toMatch(
      /^\[Cannot be deserialized: SQSEvent: Records\[0\]\.body is not valid JSON/
    );
  });

  it('shows bytes as the text they hold, and binary bytes by their size', async () => {
    const { event } = await inspected(
      await generated(
        'kafka',
        '--records',
        '2',
        '--body',
        'plain text',
        '--set',
        'records.mytopic-0[1].value=AAEC'
      )
    );

    const [text, binary] = event.records as Record<string, unknown>[];
    expect(text?.decodedValue).toBe('plain text');
    expect(text?.decodedHeaders).toEqual({ headerKey: 'headerValue' });
    expect(binary?.decodedValue).toBe('<3 bytes>');
  });

  it('says why a decoding method fails', async () => {
    const { event } = await inspected(
      await generated(
        'cloudwatch',
        'logs',
        '--set',
        'awslogs.data=bm90IGd6aXA='
      )
    );

    expect(event['parseLogsData()']).toMatch(
      /^\[Cannot be deserialized: CloudWatchLogsEvent: awslogs\.data is not valid gzip/
    );
  });

  it('reads an event as the kind --as names', async () => {
    const { package: name, className } = await inspected(
      await generated('bedrock-agent', 'function'),
      '--as',
      'bedrock-agent/function'
    );

    expect([name, className]).toEqual([
      '@evt/bedrock-agent',
      'BedrockAgentFunctionEvent',
    ]);
  });

  it('reports an event it does not know in one line, exit code 1', async () => {
    const { code, stdout, stderr } = await evt([
      'inspect',
      file({ hello: 'world' }),
    ]);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^evt inspect: \S+ is no event evt knows \(to read it as one, add --as <source>\[\/<kind>\]\)\n$/
    );
  });

  it('reports an event the class refuses in one line, exit code 1', async () => {
    const { code, stderr } = await evt([
      'inspect',
      file([1, 2]),
      '--as',
      'sqs',
    ]);

    expect(code).toBe(1);
    expect(stderr).toBe(
      'evt inspect: SQSEvent cannot read it: SQSEvent must be object, got number\n'
    );
  });

  it.each(
    sourceFixtures().map(
      (fixture) => [`${fixture.id}/${fixture.name}`, fixture] as const
    )
  )('shows %s decoded, or says why it cannot', async (_, fixture) => {
    const { code, stdout, stderr } = await evt([
      'inspect',
      file(fixture.event),
      '--json',
    ]);

    if (code !== 0) {
      // Fixtures that are not a whole event (a response, the data inside a record).
      expect(stderr).toMatch(/is no event evt knows/);
      return;
    }
    const view = JSON.parse(stdout);
    expect(
      stringsIn(view).filter((text) => text.startsWith('[not decoded'))
    ).toEqual([]);
  });
});

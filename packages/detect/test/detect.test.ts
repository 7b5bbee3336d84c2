import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index';

const fixture = (id: string, name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(join('..', id, 'test', 'events', `${name}.json`), 'utf8')
  );

describe('detect', () => {
  it('names the package and class', () => {
    expect(detect(fixture('s3', 's3-event'))).toEqual({
      package: '@evt/s3',
      className: 'S3Event',
    });
  });

  it('gives the same frozen answer every time', () => {
    const first = detect(fixture('sqs', 'sqs-event'));
    expect(detect(fixture('sqs', 'sqs-event.fifo'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('names nothing for values that are no event evt reads', () => {
    for (const value of [
      undefined,
      null,
      'aws:sqs',
      42,
      {},
      [],
      { Records: [] },
      { Records: [{ eventSource: 'aws:lambda' }] },
      { hello: 'world' },
    ]) {
      expect(detect(value)).toBeUndefined();
    }
  });

  it('names an S3 notification delivered by EventBridge before the generic EventBridge event', () => {
    expect(
      detect(fixture('s3', 's3-event-bridge-notification-event'))?.className
    ).toBe('S3EventBridgeNotificationEvent');
    const otherService = {
      ...fixture('s3', 's3-event-bridge-notification-event'),
      source: 'aws.ec2',
    };
    expect(detect(otherService)?.className).toBe('EventBridgeEvent');
  });

  it('tells a function URL from an HTTP API by the domain', () => {
    const request = fixture('lambda-url', 'lambda-function-url-event');
    expect(detect(request)?.package).toBe('@evt/lambda-url');
    const context = request.requestContext as Record<string, unknown>;
    const throughApi = {
      ...request,
      requestContext: {
        ...context,
        domainName: 'id.execute-api.us-east-1.amazonaws.com',
      },
    };
    expect(detect(throughApi)).toEqual({
      package: '@evt/apigw',
      className: 'APIGatewayProxyEventV2',
    });
  });

  it('keeps an SES notification published through SNS an SNS event', () => {
    const sns = fixture('sns', 'sns-event');
    const [record] = sns.Records as Record<string, Record<string, unknown>>[];
    const ses = fixture('ses', 'ses-event');
    const [sesRecord] = ses.Records as Record<string, unknown>[];
    const wrapped = {
      Records: [
        {
          ...record,
          Sns: { ...record?.Sns, Message: JSON.stringify(sesRecord?.ses) },
        },
      ],
    };
    expect(detect(wrapped)?.className).toBe('SNSEvent');
  });

  it('reads an event built with a null prototype', () => {
    const event = Object.assign(
      Object.create(null),
      fixture('kafka', 'kafka-event.self-managed')
    );
    expect(detect(event)).toEqual({
      package: '@evt/kafka',
      className: 'KafkaEvent',
    });
  });
});

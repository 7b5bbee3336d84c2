import type {
  CloudWatchLogsDecodedData as AwsCloudWatchLogsDecodedData,
  CloudWatchLogsEvent as AwsCloudWatchLogsEvent,
  CloudWatchLogsLogEvent as AwsCloudWatchLogsLogEvent,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CloudWatchLogsDecodedData,
  CloudWatchLogsEvent,
  type CloudWatchLogsLogEvent,
  type RawCloudWatchLogsDecodedData,
  type RawCloudWatchLogsEvent,
  type RawCloudWatchLogsLogEvent,
} from '../src/index';

describe('CloudWatchLogsEvent types', () => {
  it('accepts the @types/aws-lambda event types', () => {
    expectTypeOf<AwsCloudWatchLogsEvent>().toExtend<RawCloudWatchLogsEvent>();
    expectTypeOf<AwsCloudWatchLogsDecodedData>().toExtend<RawCloudWatchLogsDecodedData>();
    expectTypeOf<AwsCloudWatchLogsLogEvent>().toExtend<RawCloudWatchLogsLogEvent>();
    expectTypeOf(CloudWatchLogsEvent).constructorParameters.toEqualTypeOf<
      [RawCloudWatchLogsEvent, ...import('@evt/core').WrapperLink]
    >();
  });

  it('types the getters', () => {
    const event = new CloudWatchLogsEvent({ awslogs: { data: '' } });
    expectTypeOf(event.rawLogsData).toEqualTypeOf<string>();
    expectTypeOf(event.decompressLogsData).toEqualTypeOf<Uint8Array>();
    expectTypeOf(
      event.parseLogsData()
    ).toEqualTypeOf<CloudWatchLogsDecodedData>();

    const data = event.parseLogsData();
    expectTypeOf(data.owner).toEqualTypeOf<string>();
    expectTypeOf(data.logGroup).toEqualTypeOf<string>();
    expectTypeOf(data.logStream).toEqualTypeOf<string>();
    expectTypeOf(data.subscriptionFilters).toEqualTypeOf<readonly string[]>();
    expectTypeOf(data.messageType).toEqualTypeOf<string>();
    expectTypeOf(data.policyLevel).toEqualTypeOf<string | undefined>();
    expectTypeOf(data.logEvents).toEqualTypeOf<CloudWatchLogsLogEvent[]>();

    const [logEvent] = data.logEvents;
    expectTypeOf(logEvent).toEqualTypeOf<CloudWatchLogsLogEvent | undefined>();
    expectTypeOf<CloudWatchLogsLogEvent['id']>().toEqualTypeOf<string>();
    expectTypeOf<CloudWatchLogsLogEvent['timestamp']>().toEqualTypeOf<number>();
    expectTypeOf<CloudWatchLogsLogEvent['message']>().toEqualTypeOf<string>();
    expectTypeOf<CloudWatchLogsLogEvent['extractedFields']>().toEqualTypeOf<
      Record<string, string>
    >();
  });
});

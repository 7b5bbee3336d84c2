import {
  base64FromString,
  isKinesisAnalyticsStreamsInputPreprocessingEvent,
  KinesisAnalyticsFirehoseInputPreprocessingEvent,
  KinesisAnalyticsInputPreprocessingResponse,
  KinesisAnalyticsStreamsInputPreprocessingEvent,
  type RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
  type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
} from '@evt/kinesis-analytics';

interface DeviceMessage {
  deviceId: string;
  type: 'reading' | 'heartbeat';
  temperature?: number;
  humidity?: number;
}

/**
 * Preprocesses device messages for a SQL application that reads a Kinesis data stream or a
 * Firehose delivery stream: readings go on as CSV rows (`device,temperature,humidity`) for the
 * application's schema, heartbeats are dropped, and a record that is not JSON is reported as
 * failed. It returns the response itself, which is what Kinesis Data Analytics reads.
 */
export const handler = async (
  raw:
    | RawKinesisAnalyticsStreamsInputPreprocessingEvent
    | RawKinesisAnalyticsFirehoseInputPreprocessingEvent
) => {
  const event = isKinesisAnalyticsStreamsInputPreprocessingEvent(raw)
    ? new KinesisAnalyticsStreamsInputPreprocessingEvent<DeviceMessage>(raw)
    : new KinesisAnalyticsFirehoseInputPreprocessingEvent<DeviceMessage>(raw);
  const response = new KinesisAnalyticsInputPreprocessingResponse();
  for (const record of event.records) {
    let message: DeviceMessage;
    try {
      message = record.dataAsJson;
    } catch {
      response.addRecord(
        record.buildPreprocessingResponse(undefined, 'ProcessingFailed')
      );
      continue;
    }
    if (message.type === 'heartbeat') {
      response.addRecord(
        record.buildPreprocessingResponse(undefined, 'Dropped')
      );
      continue;
    }
    const row = `${message.deviceId},${message.temperature ?? ''},${message.humidity ?? ''}\n`;
    response.addRecord(
      record.buildPreprocessingResponse(base64FromString(row))
    );
  }
  const answer = response.asDict();
  console.log(
    `${event.applicationArn} ← ${event.streamArn}: ${answer.records.length} records`
  );
  return answer;
};

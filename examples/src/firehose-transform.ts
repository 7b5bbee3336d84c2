import {
  base64FromJson,
  KinesisFirehoseDataTransformationRecordMetadata,
  KinesisFirehoseDataTransformationResponse,
  KinesisFirehoseEvent,
  type RawKinesisFirehoseEvent,
} from '@evt/firehose';

/**
 * Wraps each record's text in a JSON envelope, partitions by source shard when the Firehose
 * stream reads from Kinesis, and drops empty records.
 */
export const handler = async (raw: RawKinesisFirehoseEvent) => {
  const event = new KinesisFirehoseEvent(raw);
  const response = new KinesisFirehoseDataTransformationResponse();
  for (const record of event.records) {
    const text = record.dataAsText;
    if (text.trim() === '') {
      response.addRecord(record.buildDataTransformationResponse('', 'Dropped'));
      continue;
    }
    const shardId = record.metadata?.shardId;
    response.addRecord(
      record.buildDataTransformationResponse(
        base64FromJson({
          text,
          arrivedAt: new Date(record.approximateArrivalTimestamp).toISOString(),
        }),
        'Ok',
        shardId
          ? new KinesisFirehoseDataTransformationRecordMetadata({
              partitionKeys: { shardId },
            })
          : undefined
      )
    );
  }
  return {
    deliveryStream: event.deliveryStreamArn,
    source: event.sourceKinesisStreamArn ?? 'direct-put',
    response: response.asDict(),
  };
};

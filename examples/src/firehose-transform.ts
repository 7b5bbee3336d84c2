import {
  base64FromJson,
  KinesisFirehoseDataTransformationRecordMetadata,
  KinesisFirehoseDataTransformationResponse,
  KinesisFirehoseEvent,
  type RawKinesisFirehoseEvent,
} from '@evt/firehose';

/**
 * Wraps each record's text in a JSON envelope, partitions by source shard (Kinesis) or topic
 * partition (Amazon MSK), and drops empty records. The same code reads every source: on an
 * MSK source the records' data is the Kafka record's value, and the response carries it back
 * as `kafkaRecordValue`.
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
    const partition =
      record.metadata?.shardId ?? record.mskRecordMetadata?.partitionId;
    response.addRecord(
      record.buildDataTransformationResponse(
        base64FromJson({
          text,
          arrivedAt: new Date(record.approximateArrivalTimestamp).toISOString(),
        }),
        'Ok',
        partition
          ? new KinesisFirehoseDataTransformationRecordMetadata({
              partitionKeys: { partition },
            })
          : undefined
      )
    );
  }
  return {
    deliveryStream: event.deliveryStreamArn,
    source: event.sourceKinesisStreamArn ?? event.sourceMskArn ?? 'direct-put',
    response: response.asDict(),
  };
};

import {
  CloudWatchLogsEvent,
  type RawCloudWatchLogsEvent,
} from '@evt/cloudwatch';

/**
 * A CloudWatch Logs subscription target: counts the log events of a delivery by level and
 * keeps the error lines, with the fields the filter pattern extracted from them.
 */
export const handler = async (raw: RawCloudWatchLogsEvent) => {
  const event = new CloudWatchLogsEvent(raw, {
    maxInflatedBytes: 8 * 1024 * 1024,
  });
  const data = event.parseLogsData();
  const errors = data.logEvents
    .filter((logEvent) => /error|\s[45]\d\d\s/i.test(logEvent.message))
    .map((logEvent) => ({
      id: logEvent.id,
      at: new Date(logEvent.timestamp).toISOString(),
      message: logEvent.message.trim(),
      fields: logEvent.extractedFields,
    }));
  return {
    messageType: data.messageType,
    owner: data.owner,
    logGroup: data.logGroup,
    logStream: data.logStream,
    filters: data.subscriptionFilters,
    policyLevel: data.policyLevel ?? null,
    compressedBytes: event.rawLogsData.length,
    inflatedBytes: event.decompressLogsData.byteLength,
    count: data.logEvents.length,
    errors,
  };
};

import {
  checkWrapper,
  decodeBase64,
  decodeNestedCompressedJson,
  decodeNestedJson,
  decodeUtf8,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  inflate,
  optionalString,
  requireNumber,
  requireString,
  stringArrayOrEmpty,
  stringMapOrEmpty,
  wrapEach,
} from '@evt/core';

/** The event CloudWatch Logs sends to a subscribed Lambda function, as AWS documents it. */
export interface RawCloudWatchLogsEvent {
  /** The envelope that holds the compressed log data. */
  awslogs: {
    /** The log data: a gzip archive of a JSON document, encoded as base64. */
    data: string;
  };
}

/** One log event inside the decoded log data, as AWS documents it. */
export interface RawCloudWatchLogsLogEvent {
  /** The unique identifier of the log event. */
  id: string;
  /** The time the log event happened, in milliseconds since the Unix epoch. */
  timestamp: number;
  /** The log message, as the application wrote it. */
  message: string;
  /** The fields the subscription filter pattern extracted from the message, by name. */
  extractedFields?: Readonly<Record<string, string | undefined>> | undefined;
}

/** The JSON document inside `awslogs.data` once decoded and inflated, as AWS documents it. */
export interface RawCloudWatchLogsDecodedData {
  /** The AWS account ID that owns the log group. */
  owner: string;
  /** The name of the log group the events come from. */
  logGroup: string;
  /** The name of the log stream the events come from. */
  logStream: string;
  /** The names of the subscription filters that matched the events. */
  subscriptionFilters: string[];
  /** The kind of message: `DATA_MESSAGE`, or `CONTROL_MESSAGE` for reachability checks. */
  messageType: string;
  /** The level of the subscription filter policy: `ACCOUNT_LEVEL_POLICY` or `LOG_GROUP_LEVEL_POLICY`. */
  policyLevel?: string | undefined;
  /** The log events. */
  logEvents: RawCloudWatchLogsLogEvent[];
}

/**
 * One log event of a CloudWatch Logs subscription delivery.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export class CloudWatchLogsLogEvent extends EventWrapper<RawCloudWatchLogsLogEvent> {
  static override readonly typeName: string = 'CloudWatchLogsLogEvent';

  /** The unique identifier of the log event (`id`). */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /** The time the log event happened, in milliseconds since the Unix epoch (`timestamp`). */
  get timestamp(): number {
    return requireNumber(this, this.raw.timestamp, 'timestamp');
  }

  /** The log message, as the application wrote it (`message`). */
  get message(): string {
    return requireString(this, this.raw.message, 'message');
  }

  /**
   * The fields the subscription filter pattern extracted from the message, by name
   * (`extractedFields`). Empty object when the event has none.
   */
  get extractedFields(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.extractedFields, 'extractedFields');
  }
}

export interface CloudWatchLogsDecodedData
  extends EventWrapper<RawCloudWatchLogsDecodedData> {}
/**
 * The decoded log data of a CloudWatch Logs subscription delivery: where the events come
 * from, and the events themselves.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export class CloudWatchLogsDecodedData {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    CloudWatchLogsDecodedData,
    'CloudWatchLogsDecodedData'
  );
  declare protected readonly raw: RawCloudWatchLogsDecodedData;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawCloudWatchLogsDecodedData, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #logEvents?: CloudWatchLogsLogEvent[];

  /** The AWS account ID that owns the log group (`owner`). */
  get owner(): string {
    return requireString(this, this.raw.owner, 'owner');
  }

  /** The name of the log group the events come from (`logGroup`). */
  get logGroup(): string {
    return requireString(this, this.raw.logGroup, 'logGroup');
  }

  /** The name of the log stream the events come from (`logStream`). */
  get logStream(): string {
    return requireString(this, this.raw.logStream, 'logStream');
  }

  /**
   * The names of the subscription filters that matched the events (`subscriptionFilters`).
   * Empty array when the data has none.
   */
  get subscriptionFilters(): readonly string[] {
    return stringArrayOrEmpty(
      this,
      this.raw.subscriptionFilters,
      'subscriptionFilters'
    );
  }

  /**
   * The kind of message (`messageType`): `DATA_MESSAGE` for log data, `CONTROL_MESSAGE` when
   * CloudWatch Logs checks that the destination is reachable.
   */
  get messageType(): string {
    return requireString(this, this.raw.messageType, 'messageType');
  }

  /**
   * The level of the subscription filter policy that delivered the events, e.g.
   * `ACCOUNT_LEVEL_POLICY` (`policyLevel`). `undefined` when the data has none.
   */
  get policyLevel(): string | undefined {
    return optionalString(this, this.raw.policyLevel, 'policyLevel');
  }

  /** The log events, in the order CloudWatch Logs delivered them (`logEvents`). */
  get logEvents(): CloudWatchLogsLogEvent[] {
    return (this.#logEvents ??= wrapEach(
      this,
      'logEvents',
      CloudWatchLogsLogEvent
    ));
  }
}

export interface CloudWatchLogsEvent
  extends EventWrapper<RawCloudWatchLogsEvent> {}
/**
 * Wrapper for the event that CloudWatch Logs sends when log events match a subscription
 * filter whose destination is a Lambda function. The log data arrives gzipped and base64
 * encoded; {@link CloudWatchLogsEvent.parseLogsData} decodes, inflates and parses it once.
 *
 * @example
 * ```ts
 * import { CloudWatchLogsEvent, type RawCloudWatchLogsEvent } from '@evt/cloudwatch';
 *
 * export const handler = async (raw: RawCloudWatchLogsEvent) => {
 *   const data = new CloudWatchLogsEvent(raw).parseLogsData();
 *   for (const logEvent of data.logEvents) {
 *     console.log(data.logGroup, logEvent.timestamp, logEvent.message);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export class CloudWatchLogsEvent {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    CloudWatchLogsEvent,
    'CloudWatchLogsEvent'
  );
  declare protected readonly raw: RawCloudWatchLogsEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawCloudWatchLogsEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #decompressLogsData?: Uint8Array;
  #parseLogsData?: CloudWatchLogsDecodedData;

  /** The log data as sent: a gzip archive encoded as base64 (`awslogs.data`). */
  get rawLogsData(): string {
    return requireString(this, this.raw.awslogs?.data, 'awslogs.data');
  }

  /**
   * The log data decoded from base64 and inflated: the bytes of a UTF-8 JSON document
   * (`awslogs.data`). Computed once; the inflated size is capped by the `maxInflatedBytes`
   * option (64 MiB unless set).
   *
   * @throws {@link DecodeError} when the data is not base64 or not a valid gzip stream.
   * @throws {@link PayloadTooLargeError} when the data inflates past `maxInflatedBytes`.
   */
  get decompressLogsData(): Uint8Array {
    const options = { owner: this, path: 'awslogs.data' };
    return (this.#decompressLogsData ??= inflate(
      decodeBase64(this.rawLogsData, options),
      options
    ));
  }

  /**
   * Decodes, inflates and parses the log data (`awslogs.data`). The work is done on the first
   * call only; later calls return the same object.
   *
   * @returns The decoded log data.
   * @throws {@link DecodeError} when the data is not base64, not a valid gzip stream, not
   * UTF-8 or not JSON.
   * @throws {@link PayloadTooLargeError} when the data inflates past the event's inflate
   * budget (`maxInflatedBytes`, 64 MiB unless set) or JSON budget (`maxJsonBytes`, 8 MiB).
   * @throws {@link FieldTypeError} when the JSON is not an object.
   * @example
   * ```ts
   * import { CloudWatchLogsEvent, type RawCloudWatchLogsEvent } from '@evt/cloudwatch';
   *
   * export const handler = async (raw: RawCloudWatchLogsEvent) => {
   *   const event = new CloudWatchLogsEvent(raw, { maxInflatedBytes: 8 * 1024 * 1024 });
   *   const { logGroup, logEvents } = event.parseLogsData();
   *   return { logGroup, count: logEvents.length };
   * };
   * ```
   */
  parseLogsData(): CloudWatchLogsDecodedData {
    const options = { owner: this, path: 'awslogs.data' };
    if (this.#parseLogsData) return this.#parseLogsData;
    // Bytes already inflated are read as text; otherwise the compressed bytes are inflated
    // straight into the parser, which stops at the JSON budget as well as the inflate budget
    // (a small bomb of tiny objects is refused before it is 64 MiB of text).
    return (this.#parseLogsData = this.#decompressLogsData
      ? decodeNestedJson(
          this,
          decodeUtf8(this.#decompressLogsData, options),
          'awslogs.data',
          CloudWatchLogsDecodedData
        )
      : decodeNestedCompressedJson(
          this,
          decodeBase64(this.rawLogsData, options),
          'awslogs.data',
          CloudWatchLogsDecodedData
        ));
  }
}

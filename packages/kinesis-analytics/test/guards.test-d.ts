import { expectTypeOf, it } from 'vitest';
import {
  isKinesisAnalyticsFirehoseInputPreprocessingEvent,
  isKinesisAnalyticsOutputDeliveryEvent,
  isKinesisAnalyticsStreamsInputPreprocessingEvent,
  type RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
  type RawKinesisAnalyticsOutputDeliveryEvent,
  type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isKinesisAnalyticsOutputDeliveryEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawKinesisAnalyticsOutputDeliveryEvent>();
  if (isKinesisAnalyticsFirehoseInputPreprocessingEvent(raw))
    expectTypeOf(
      raw
    ).toEqualTypeOf<RawKinesisAnalyticsFirehoseInputPreprocessingEvent>();
  if (isKinesisAnalyticsStreamsInputPreprocessingEvent(raw))
    expectTypeOf(
      raw
    ).toEqualTypeOf<RawKinesisAnalyticsStreamsInputPreprocessingEvent>();
});

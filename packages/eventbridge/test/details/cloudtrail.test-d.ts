import { describe, expectTypeOf, it } from 'vitest';
import {
  type AWSAPICallViaCloudTrailDetail,
  type AWSAPICallViaCloudTrailDetailType,
  type CloudTrailUserIdentity,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import call from '../events/event-bridge-event.cloudtrail-api-call.json';
import type { Undeclared, Widened } from './detail-types';

describe('AWSAPICallViaCloudTrailDetail', () => {
  it('fits the documented sample', () => {
    expectTypeOf(call.detail).toExtend<
      Widened<AWSAPICallViaCloudTrailDetail>
    >();
    expectTypeOf<
      Undeclared<typeof call.detail, AWSAPICallViaCloudTrailDetail>
    >().toEqualTypeOf<never>();
  });

  it('types the request parameters and response elements it is given', () => {
    type RunInstancesCall = AWSAPICallViaCloudTrailDetail<
      { instanceType: string },
      { reservationId: string }
    >;
    const event = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        RunInstancesCall,
        AWSAPICallViaCloudTrailDetailType
      >
    );

    expectTypeOf(
      event.detailType
    ).toEqualTypeOf<'AWS API Call via CloudTrail'>();
    expectTypeOf(event.detail.requestParameters).toEqualTypeOf<
      { instanceType: string } | null | undefined
    >();
    expectTypeOf(event.detail.responseElements).toEqualTypeOf<
      { reservationId: string } | null | undefined
    >();
    expectTypeOf(
      event.detail.userIdentity
    ).toEqualTypeOf<CloudTrailUserIdentity>();
  });

  it('defaults both to objects of unknown values', () => {
    expectTypeOf<
      AWSAPICallViaCloudTrailDetail['requestParameters']
    >().toEqualTypeOf<Record<string, unknown> | null | undefined>();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import {
  type ECRFindingSeverityCounts,
  type ECRImageActionDetail,
  type ECRImageActionDetailType,
  type ECRImageScanDetail,
  type ECRImageScanDetailType,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import push from '../events/event-bridge-event.ecr-image-push.json';
import scan from '../events/event-bridge-event.ecr-image-scan.json';
import type { Undeclared, Widened } from './detail-types';

describe('ECR detail types', () => {
  it('fit the documented samples', () => {
    expectTypeOf(push.detail).toExtend<Widened<ECRImageActionDetail>>();
    expectTypeOf<
      Undeclared<typeof push.detail, ECRImageActionDetail>
    >().toEqualTypeOf<never>();
    expectTypeOf(scan.detail).toExtend<Widened<ECRImageScanDetail>>();
    expectTypeOf<
      Undeclared<typeof scan.detail, ECRImageScanDetail>
    >().toEqualTypeOf<never>();
  });

  it('type the detail and detail type of the wrapped events', () => {
    const action = new EventBridgeEvent(
      {} as RawEventBridgeEvent<ECRImageActionDetail, ECRImageActionDetailType>
    );
    const scanEvent = new EventBridgeEvent(
      {} as RawEventBridgeEvent<ECRImageScanDetail, ECRImageScanDetailType>
    );

    expectTypeOf(action.detailType).toEqualTypeOf<'ECR Image Action'>();
    expectTypeOf(action.detail['action-type']).toEqualTypeOf<
      'PUSH' | 'DELETE'
    >();
    expectTypeOf(action.detail.result).toEqualTypeOf<'SUCCESS' | 'FAILURE'>();
    expectTypeOf(scanEvent.detailType).toEqualTypeOf<'ECR Image Scan'>();
    expectTypeOf(scanEvent.detail['finding-severity-counts']).toEqualTypeOf<
      ECRFindingSeverityCounts | undefined
    >();
    expectTypeOf<ECRFindingSeverityCounts['CRITICAL']>().toEqualTypeOf<
      number | undefined
    >();
  });
});

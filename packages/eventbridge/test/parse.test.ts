import { ValidationError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { EventBridgeEvent, type RawEventBridgeEvent } from '../src/index';
import { createEventBridgeEvent } from '../src/testing';

// The detail of the EC2 instance state-change event, as a consumer would check it.
const InstanceStateChange = v.object({
  'instance-id': v.pipe(v.string(), v.startsWith('i-')),
  state: v.picklist(['pending', 'running', 'stopping', 'stopped']),
});

const OrderPlaced = v.object({ orderId: v.string(), amount: v.number() });

describe('EventBridgeEvent', () => {
  describe('parse', () => {
    it('returns the detail a valibot schema accepts', () => {
      const event = new EventBridgeEvent(
        loadEvent<RawEventBridgeEvent>('event-bridge-event')
      );

      const detail = event.parse('detail', InstanceStateChange);

      expect(detail).toEqual({ 'instance-id': 'i-abcd1111', state: 'pending' });
      expectTypeOf(detail.state).toEqualTypeOf<
        'pending' | 'running' | 'stopping' | 'stopped'
      >();
    });

    it('rejects a detail without its amount, naming detail', () => {
      const event = new EventBridgeEvent(
        createEventBridgeEvent({
          detailType: 'Order Placed',
          detail: { orderId: 'o-1' },
        })
      );

      const error = expectEvtError(
        () => event.parse('detail', OrderPlaced),
        ValidationError,
        'EventBridgeEvent: detail does not match the schema: 1 issue'
      );

      expect(error.path).toBe('detail');
      expect(error.issues[0]?.path?.[0]).toMatchObject({ key: 'amount' });
    });

    it('rejects a wrong detail-type, naming the raw key', () => {
      const event = new EventBridgeEvent(
        createEventBridgeEvent({
          detailType: 'Order Cancelled',
          detail: { orderId: 'o-1', amount: 10 },
        })
      );

      expectEvtError(
        () => event.parse('detailType', z.literal('Order Placed')),
        ValidationError,
        'EventBridgeEvent: detail-type does not match the schema: 1 issue'
      );
      expect(event.parse('detail', OrderPlaced)).toEqual({
        orderId: 'o-1',
        amount: 10,
      });
    });
  });
});

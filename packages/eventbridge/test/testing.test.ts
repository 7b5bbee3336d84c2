import { describe, expect, it } from 'vitest';
import { EventBridgeEvent } from '../src/index';
import { createEventBridgeEvent } from '../src/testing';

describe('createEventBridgeEvent', () => {
  it('merges event changes at any depth, after the other overrides', () => {
    const event = new EventBridgeEvent(
      createEventBridgeEvent({
        source: 'com.example.orders',
        event: { detail: { state: 'running' }, account: '111122223333' },
      })
    );

    expect(event.source).toBe('com.example.orders');
    expect(event.account).toBe('111122223333');
    expect(event.detail).toEqual({
      'instance-id': 'i-abcd1111',
      state: 'running',
    });
  });
});

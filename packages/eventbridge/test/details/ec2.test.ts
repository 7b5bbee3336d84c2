import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  type EC2InstanceStateChangeDetail,
  type EC2InstanceStateChangeDetailType,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import { serviceEvent } from './helpers';

// The EC2 User Guide's state-change sample is the package's base fixture
// (`event-bridge-event.json`); the EventBridge User Guide's is the replay fixture.
type RawEC2InstanceStateChange = RawEventBridgeEvent<
  EC2InstanceStateChangeDetail,
  EC2InstanceStateChangeDetailType
>;

describe('EC2InstanceStateChangeDetail', () => {
  it('reads the instance and the state it entered', () => {
    const event = new EventBridgeEvent<
      EC2InstanceStateChangeDetail,
      EC2InstanceStateChangeDetailType
    >(loadEvent<RawEC2InstanceStateChange>('event-bridge-event'));

    expect(event.detailType).toBe('EC2 Instance State-change Notification');
    expect(event.source).toBe('aws.ec2');
    expect(event.detail['instance-id']).toBe('i-abcd1111');
    expect(event.detail.state).toBe('pending');
  });

  it('reads a terminated instance', () => {
    const event = serviceEvent<
      EC2InstanceStateChangeDetail,
      EC2InstanceStateChangeDetailType
    >('replay');

    expect(event.detail).toEqual({
      'instance-id': 'i-1234567890abcdef0',
      state: 'terminated',
    });
  });
});

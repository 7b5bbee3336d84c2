import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas/eventbridge';
import { EventBridgeEvent } from '@evt/eventbridge';
import type { BenchCase } from '../src/case';

interface InstanceStateChange {
  'instance-id': string;
  state: string;
}

// The EC2 instance state-change event of the EC2 User Guide
// (monitoring-instance-state-changes.html), with the `version` every EventBridge event carries.
const event = JSON.stringify({
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2021-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
});

// Each contender reads the ID, the detail type and the detail's `state`.
export const cases: BenchCase[] = [
  {
    name: 'EventBridge, 1 event',
    event,
    notes: [
      'Middy: `@middy/event-normalizer` does nothing to EventBridge events (no `Records`, no `eventSource`).',
    ],
    contenders: {
      floor(raw) {
        return [raw.id, raw['detail-type'], raw.detail.state];
      },
      evt(raw) {
        const parsed = new EventBridgeEvent<InstanceStateChange>(raw);
        return [parsed.id, parsed.detailType, parsed.detail.state];
      },
      powertools(raw) {
        const parsed = EventBridgeSchema.parse(raw);
        return [
          parsed.id,
          parsed['detail-type'],
          (parsed.detail as InstanceStateChange).state,
        ];
      },
    },
  },
];

import { ValidationError } from '@evt/core';
import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError } from '@evt/tooling-config/testing';
import { type } from 'arktype';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type RawSNSEvent, SNSEvent, type SNSMessage } from '../src/index';
import { createSNSEvent } from '../src/testing';

// An alarm notification a subscriber expects, as an arktype schema.
const Alert = type({ level: "'low' | 'high'", service: 'string' });

const messageOf = (raw: RawSNSEvent): SNSMessage =>
  new SNSEvent(raw).record.sns;

describe('SNSMessage', () => {
  describe('parse', () => {
    it('returns the JSON message an arktype schema accepts', () => {
      const sns = messageOf(
        createSNSEvent({ message: { level: 'high', service: 'billing' } })
      );

      const alert = sns.parse('jsonMessage', Alert);

      expect(alert).toEqual({ level: 'high', service: 'billing' });
      expectTypeOf(alert.level).toEqualTypeOf<'low' | 'high'>();
    });

    it('rejects a message with an unknown level, naming Records[0].Sns.Message', () => {
      const sns = messageOf(
        createSNSEvent({ message: { level: 'urgent', service: 'billing' } })
      );

      const error = expectEvtError(
        () => sns.parse('jsonMessage', Alert),
        ValidationError,
        'SNSEvent: Records[0].Sns.Message does not match the schema: 1 issue'
      );

      expect([...(error.issues[0]?.path ?? [])]).toEqual(['level']);
    });

    it('names the same raw field for the message text', () => {
      const sns = messageOf(loadEvent<RawSNSEvent>('sns-event'));

      expect(sns.parse('message', type('string > 0'))).toBe('Hello from SNS!');
      expectEvtError(
        () => sns.parse('message', type('string.json')),
        ValidationError,
        'SNSEvent: Records[0].Sns.Message does not match the schema: 1 issue'
      );
    });
  });
});

describe('SNSEvent', () => {
  describe('parse', () => {
    it('names a shortcut getter itself, since it reads no field of the event by name', () => {
      const event = new SNSEvent(loadEvent<RawSNSEvent>('sns-event'));

      expectEvtError(
        () => event.parse('snsMessage', type('string.json')),
        ValidationError,
        'SNSEvent: snsMessage does not match the schema: 1 issue'
      );
    });
  });
});

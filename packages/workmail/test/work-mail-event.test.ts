import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  MissingFieldError,
  type RawWorkMailEvent,
  WorkMailEvent,
} from '../src/index';
import { createWorkMailEvent } from '../src/testing';

const load = (variant = ''): RawWorkMailEvent =>
  loadEvent<RawWorkMailEvent>(`work-mail-event${variant}`);

describe('WorkMailEvent', () => {
  describe('members', () => {
    it("returns each field of AWS's documented event", () => {
      const event = new WorkMailEvent(load());

      expect(event.summaryVersion).toBe('2018-10-10');
      expect(event.sender?.address).toBe('sender@example.com');
      expect(event.subject).toBe('Hello From Amazon WorkMail!');
      expect(event.messageId).toBe('00000000-0000-0000-0000-000000000000');
      expect(event.invocationId).toBe('00000000000000000000000000000000');
      expect(event.flowDirection).toBe('INBOUND');
      expect(event.truncated).toBe(false);
    });

    it('returns the envelope', () => {
      const envelope = new WorkMailEvent(load()).envelope;

      expect(envelope.mailFrom.address).toBe('from@example.com');
      expect(envelope.recipients.map((recipient) => recipient.address)).toEqual(
        ['recipient1@example.com', 'recipient2@example.com']
      );
      expect(envelope.recipientAddresses).toEqual([
        'recipient1@example.com',
        'recipient2@example.com',
      ]);
    });

    it('reads an outbound, truncated event without a sender', () => {
      const event = new WorkMailEvent(load('.outbound'));

      expect(event.flowDirection).toBe('OUTBOUND');
      expect(event.truncated).toBe(true);
      expect(event.sender).toBeUndefined();
      expect(event.summaryVersion).toBe('2019-07-28');
      expect(event.envelope.recipientAddresses).toEqual([
        'partner@example.net',
        'asmith@example.com',
        'orders@example.org',
      ]);
    });

    it('returns undefined for an absent subject and a null sender, and false for an absent truncated', () => {
      const raw = patchEvent<Record<string, unknown>>(
        'work-mail-event',
        (event) => {
          delete event.subject;
          delete event.truncated;
          event.sender = null;
        }
      );

      const event = new WorkMailEvent(raw as unknown as RawWorkMailEvent);

      expect(event.subject).toBeUndefined();
      expect(event.sender).toBeUndefined();
      expect(event.truncated).toBe(false);
    });
  });

  describe('caching', () => {
    it('wraps the envelope, the sender and the recipients once', () => {
      const event = new WorkMailEvent(load());

      expect(event.envelope).toBe(event.envelope);
      expect(event.sender).toBe(event.sender);
      expect(event.envelope.mailFrom).toBe(event.envelope.mailFrom);
      expect(event.envelope.recipients).toBe(event.envelope.recipients);
      expect(event.envelope.recipientAddresses).toBe(
        event.envelope.recipientAddresses
      );
    });

    it('reads each recipient address once for the address list', () => {
      const raw = createWorkMailEvent();
      const reads = counted(() => undefined);
      raw.envelope.recipients = raw.envelope.recipients.map(
        (recipient) =>
          new Proxy(recipient, {
            get(target, key, receiver) {
              if (key === 'address') reads();
              return Reflect.get(target, key, receiver);
            },
          })
      );
      const envelope = new WorkMailEvent(raw).envelope;

      envelope.recipientAddresses;
      envelope.recipientAddresses;

      expect(reads.calls).toBe(2);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createWorkMailEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createWorkMailEvent());
    });

    it('replaces the fields it is given', () => {
      const event = new WorkMailEvent(
        createWorkMailEvent({
          flowDirection: 'OUTBOUND',
          envelope: { recipients: [{ address: 'partner@example.net' }] },
        })
      );

      expect(event.flowDirection).toBe('OUTBOUND');
      expect(event.envelope.recipientAddresses).toEqual([
        'partner@example.net',
      ]);
      expect(event.envelope.mailFrom.address).toBe('from@example.com');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the envelope when it is absent', () => {
      const raw = patchEvent<Partial<RawWorkMailEvent>>(
        'work-mail-event',
        (event) => {
          delete event.envelope;
        }
      );

      expectEvtError(
        () => new WorkMailEvent(raw as RawWorkMailEvent).envelope,
        MissingFieldError,
        'WorkMailEvent: envelope is missing'
      );
    });

    it('throws MissingFieldError naming a recipient without an address', () => {
      const raw = patchEvent<RawWorkMailEvent>('work-mail-event', (event) => {
        delete (event.envelope.recipients[1] as Partial<{ address: string }>)
          .address;
      });

      expectEvtError(
        () => new WorkMailEvent(raw).envelope.recipientAddresses,
        MissingFieldError,
        'WorkMailEvent: envelope.recipients[1].address is missing'
      );
    });

    it('throws FieldTypeError naming a flow direction AWS does not document', () => {
      const raw = patchEvent<Record<string, unknown>>(
        'work-mail-event',
        (event) => {
          event.flowDirection = 'SIDEWAYS';
        }
      );

      expectEvtError(
        () =>
          new WorkMailEvent(raw as unknown as RawWorkMailEvent).flowDirection,
        FieldTypeError,
        'WorkMailEvent: flowDirection must be INBOUND | OUTBOUND, got "SIDEWAYS"'
      );
    });

    it('throws FieldTypeError naming truncated when it is not a boolean', () => {
      const raw = patchEvent<Record<string, unknown>>(
        'work-mail-event',
        (event) => {
          event.truncated = 'false';
        }
      );

      expectEvtError(
        () => new WorkMailEvent(raw as unknown as RawWorkMailEvent).truncated,
        FieldTypeError,
        'WorkMailEvent: truncated must be boolean, got string'
      );
    });
  });
});

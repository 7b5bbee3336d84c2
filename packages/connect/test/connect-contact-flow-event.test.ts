import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CONNECT_CONTACT_FLOW_CHANNELS,
  CONNECT_CONTACT_FLOW_ENDPOINT_TYPES,
  CONNECT_CONTACT_FLOW_INITIATION_METHODS,
  ConnectContactFlowEvent,
  FieldTypeError,
  MissingFieldError,
  type RawConnectContactFlowData,
  type RawConnectContactFlowEvent,
} from '../src/index';
import { createConnectContactFlowEvent } from '../src/testing';

const load = (variant?: 'minimal' | 'chat'): RawConnectContactFlowEvent =>
  loadEvent<RawConnectContactFlowEvent>(
    variant
      ? `connect-contact-flow-event.${variant}`
      : 'connect-contact-flow-event'
  );

const contactData = (variant?: 'minimal' | 'chat') =>
  new ConnectContactFlowEvent(load(variant)).contactData;

// The event with one field of its contact data changed.
const withContactData = (
  patch: (data: Record<string, unknown>) => void
): RawConnectContactFlowEvent =>
  patchEvent<RawConnectContactFlowEvent>(
    'connect-contact-flow-event',
    (event) =>
      patch(event.Details.ContactData as unknown as Record<string, unknown>)
  );

// Counts the reads of each key of an object (the raw contact data, a nested part of it).
function countingReads<T extends object>(target: T) {
  const reads: Record<string, number> = {};
  const proxy = new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'string') reads[key] = (reads[key] ?? 0) + 1;
      return Reflect.get(object, key, receiver);
    },
  });
  return { proxy, reads };
}

describe('ConnectContactFlowEvent', () => {
  describe('name', () => {
    it('returns the event name', () => {
      expect(new ConnectContactFlowEvent(load()).name).toBe('ContactFlowEvent');
    });

    it('returns undefined when the event has none', () => {
      const raw = patchEvent<RawConnectContactFlowEvent>(
        'connect-contact-flow-event',
        (event) => {
          delete event.Name;
        }
      );

      expect(new ConnectContactFlowEvent(raw).name).toBeUndefined();
    });
  });

  describe('parameters', () => {
    it('returns the block’s input parameters', () => {
      expect(new ConnectContactFlowEvent(load()).parameters).toEqual({
        exampleParameterKey1: 'exampleParameterValue1',
        exampleParameterKey2: 'exampleParameterValue2',
      });
    });

    it('returns the raw map, typed as the parameters type', () => {
      const raw = load('chat');

      const parameters = new ConnectContactFlowEvent<{ lookup: string }>(raw)
        .parameters;

      expect(parameters).toBe(raw.Details.Parameters);
      expect(parameters.lookup).toBe('orderStatus');
    });

    it('returns JSON values as Connect sends them', () => {
      const raw = patchEvent<RawConnectContactFlowEvent>(
        'connect-contact-flow-event',
        (event) => {
          event.Details.Parameters = { age: 10, hobbies: { books: ['b1'] } };
        }
      );

      const parameters = new ConnectContactFlowEvent<{
        age: number;
        hobbies: { books: string[] };
      }>(raw).parameters;

      expect(parameters.age).toBe(10);
      expect(parameters.hobbies.books).toEqual(['b1']);
    });

    it('returns an empty object when the block sends none', () => {
      expect(new ConnectContactFlowEvent(load('minimal')).parameters).toEqual(
        {}
      );
    });

    it('returns an empty object when the event has no Parameters', () => {
      const raw = patchEvent<RawConnectContactFlowEvent>(
        'connect-contact-flow-event',
        (event) => {
          delete event.Details.Parameters;
        }
      );

      expect(new ConnectContactFlowEvent(raw).parameters).toEqual({});
    });
  });

  describe('contactData', () => {
    it('wraps Details.ContactData, the same object on every read', () => {
      const raw = load();
      const event = new ConnectContactFlowEvent(raw);

      expect(event.contactData.rawEvent).toBe(raw.Details.ContactData);
      expect(event.contactData).toBe(event.contactData);
    });

    it('reads ContactData once', () => {
      const raw = load();
      const { proxy, reads } = countingReads(raw.Details);
      const event = new ConnectContactFlowEvent({ ...raw, Details: proxy });

      event.contactData;
      event.contactData;

      expect(reads.ContactData).toBe(1);
    });
  });
});

describe('ConnectContactFlowData', () => {
  it('returns every field of the documented request', () => {
    expectGetters(contactData(), {
      attributes: { exampleAttributeKey1: 'exampleAttributeValue1' },
      channel: 'VOICE',
      contactId: '4a573372-1f28-4e26-b97b-2b8f6e4a1c01',
      customerId: 'someCustomerId',
      description: 'someDescription',
      initialContactId: '4a573372-1f28-4e26-b97b-2b8f6e4a1c00',
      initiationMethod: 'TRANSFER',
      instanceArn:
        'arn:aws:connect:eu-west-2:111111111111:instance/c8c0e68d-2200-4265-82c0-5f2b3e4d6a71',
      languageCode: 'en-US',
      name: 'ContactFlowEvent',
      previousContactId: '4a573372-1f28-4e26-b97b-2b8f6e4a1c00',
      references: { key1: { Type: 'url', Value: 'urlvalue' } },
      segmentAttributes: {},
      tags: {},
      campaignId: undefined,
    });
  });

  it('returns every field of the chat contact', () => {
    expectGetters(contactData('chat'), {
      attributes: { customerName: 'Jorge Souza', intent: 'OrderStatus' },
      channel: 'CHAT',
      contactId: 'b1f6d0e2-3c4a-4f8e-9a1b-7d2c5e8f0a13',
      customerEndpoint: undefined,
      customerId: '7d2f0c4e9b1a4e6f8c3d5a7b9e1f2c4d',
      description: undefined,
      initialContactId: 'b1f6d0e2-3c4a-4f8e-9a1b-7d2c5e8f0a13',
      initiationMethod: 'API',
      instanceArn:
        'arn:aws:connect:us-east-1:123456789012:instance/0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
      languageCode: 'pt-BR',
      name: undefined,
      previousContactId: 'b1f6d0e2-3c4a-4f8e-9a1b-7d2c5e8f0a13',
      references: {},
      segmentAttributes: {
        'connect:Subtype': { ValueString: 'connect:Chat' },
        'connect:Direction': { ValueString: 'INBOUND' },
      },
      systemEndpoint: undefined,
      tags: {
        'aws:connect:instanceId': '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
        team: 'orders',
      },
    });
  });

  it('returns Powertools’ minimal sample: no endpoints, no queue, empty maps', () => {
    expectGetters(contactData('minimal'), {
      attributes: {},
      channel: 'VOICE',
      contactId: '5ca32fbd-8f92-46af-92a5-6b0f970f0efe',
      customerEndpoint: undefined,
      customerId: undefined,
      description: undefined,
      initiationMethod: 'API',
      instanceArn:
        'arn:aws:connect:eu-central-1:123456789012:instance/9308c2a1-9bc6-4cea-8290-6c0b4a6d38fa',
      languageCode: undefined,
      name: undefined,
      queue: undefined,
      references: {},
      segmentAttributes: {},
      systemEndpoint: undefined,
      tags: {},
    });
  });

  describe('enumerated values', () => {
    it('keeps a value AWS may add instead of throwing', () => {
      const raw = withContactData((data) => {
        data.Channel = 'VIDEO';
        data.InitiationMethod = 'CAMPAIGN_PREVIEW';
        (data.CustomerEndpoint as Record<string, unknown>).Type = 'WHATSAPP';
      });

      const data = new ConnectContactFlowEvent(raw).contactData;

      expect(data.channel).toBe('VIDEO');
      expect(data.initiationMethod).toBe('CAMPAIGN_PREVIEW');
      expect(data.customerEndpoint?.endpointType).toBe('WHATSAPP');
    });

    it('lists the values AWS documents', () => {
      expect(CONNECT_CONTACT_FLOW_CHANNELS).toEqual([
        'VOICE',
        'CHAT',
        'TASK',
        'EMAIL',
      ]);
      expect(CONNECT_CONTACT_FLOW_ENDPOINT_TYPES).toEqual([
        'TELEPHONE_NUMBER',
        'VOIP',
        'CONTACT_FLOW',
        'CONNECT_PHONENUMBER_ARN',
        'EMAIL_ADDRESS',
      ]);
      expect(CONNECT_CONTACT_FLOW_INITIATION_METHODS).toEqual([
        'INBOUND',
        'OUTBOUND',
        'TRANSFER',
        'QUEUE_TRANSFER',
        'CALLBACK',
        'API',
        'DISCONNECT',
        'MONITOR',
        'EXTERNAL_OUTBOUND',
        'WEBRTC_API',
        'AGENT_REPLY',
        'FLOW',
      ]);
      expect(Object.isFrozen(CONNECT_CONTACT_FLOW_CHANNELS)).toBe(true);
    });
  });

  describe('campaignId', () => {
    it('returns the ID of the outbound campaign', () => {
      const raw = withContactData((data) => {
        data.Campaign = { CampaignId: 'b6f3a8e1-2c4d-4e5f-8a9b-0c1d2e3f4a5b' };
      });

      expect(new ConnectContactFlowEvent(raw).contactData.campaignId).toBe(
        'b6f3a8e1-2c4d-4e5f-8a9b-0c1d2e3f4a5b'
      );
    });
  });

  describe('customerEndpoint', () => {
    it('returns the customer’s phone number and its type', () => {
      expectGetters(contactData().customerEndpoint as object, {
        address: '+12065550100',
        endpointType: 'TELEPHONE_NUMBER',
      });
    });

    it('returns the same wrapper on every read, reading the field once', () => {
      const { proxy, reads } = countingReads(load().Details.ContactData);
      const data = new ConnectContactFlowEvent({
        Details: { ContactData: proxy },
      }).contactData;

      const first = data.customerEndpoint;

      expect(data.customerEndpoint).toBe(first);
      expect(reads.CustomerEndpoint).toBe(1);
    });

    it('reads a missing endpoint once too', () => {
      const { proxy, reads } = countingReads(
        load('minimal').Details.ContactData
      );
      const data = new ConnectContactFlowEvent({
        Details: { ContactData: proxy },
      }).contactData;

      data.customerEndpoint;
      data.systemEndpoint;
      data.queue;
      data.customerEndpoint;
      data.systemEndpoint;
      data.queue;

      expect(reads).toEqual({
        CustomerEndpoint: 1,
        SystemEndpoint: 1,
        Queue: 1,
      });
    });
  });

  describe('systemEndpoint', () => {
    it('returns the number the customer dialled and its type', () => {
      const data = contactData();

      expectGetters(data.systemEndpoint as object, {
        address: '+12065550102',
        endpointType: 'TELEPHONE_NUMBER',
      });
      expect(data.systemEndpoint).toBe(data.systemEndpoint);
    });
  });

  describe('queue', () => {
    it('returns the queue, its ARN, name and outbound caller ID', () => {
      const queue = contactData().queue;

      expectGetters(queue as object, {
        arn: 'arn:aws:connect:eu-west-2:111111111111:instance/c8c0e68d-2200-4265-82c0-5f2b3e4d6a71/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        name: 'PasswordReset',
      });
      expectGetters(queue?.outboundCallerId as object, {
        address: '+12065550103',
        endpointType: 'TELEPHONE_NUMBER',
      });
      expect(queue?.outboundCallerId).toBe(queue?.outboundCallerId);
      expect(contactData().queue).not.toBe(queue);
    });

    it('returns undefined for a queue without an outbound caller ID', () => {
      const queue = contactData('chat').queue;

      expect(queue?.name).toBe('ChatSupport');
      expect(queue?.outboundCallerId).toBeUndefined();
    });

    it('returns the same wrapper on every read', () => {
      const data = contactData();

      expect(data.queue).toBe(data.queue);
    });
  });

  describe('mediaStreams', () => {
    it('returns the customer audio’s fragments, timestamps and stream', () => {
      const data = contactData();

      expectGetters(data.mediaStreams.customer.audio, {
        startFragmentNumber: '100',
        startTimestamp: '1571360125131',
        stopFragmentNumber: '102',
        stopTimestamp: '1571360126131',
        streamArn:
          'arn:aws:kinesisvideo:eu-west-2:111111111111:stream/instance-alias-contact-4a573372-1f28-4e26-b97b-2b8f6e4a1c01/1571360125131',
      });
      expect(data.mediaStreams).toBe(data.mediaStreams);
      expect(data.mediaStreams.customer).toBe(data.mediaStreams.customer);
      expect(data.mediaStreams.customer.audio).toBe(
        data.mediaStreams.customer.audio
      );
    });

    it('reads the audio fields Connect sends as null as undefined', () => {
      expectGetters(contactData('minimal').mediaStreams.customer.audio, {
        startFragmentNumber: undefined,
        startTimestamp: undefined,
        stopFragmentNumber: undefined,
        stopTimestamp: undefined,
        streamArn: undefined,
      });
    });

    it('reads a null Audio as an audio without fields', () => {
      expect(
        contactData('chat').mediaStreams.customer.audio.streamArn
      ).toBeUndefined();
    });

    it('reads an event without MediaStreams as streams without fields', () => {
      const raw = withContactData((data) => {
        delete data.MediaStreams;
      });

      const audio = new ConnectContactFlowEvent(raw).contactData.mediaStreams
        .customer.audio;

      expect(audio.startTimestamp).toBeUndefined();
    });

    it('reads MediaStreams once', () => {
      const { proxy, reads } = countingReads(load().Details.ContactData);
      const data = new ConnectContactFlowEvent({
        Details: { ContactData: proxy },
      }).contactData;

      data.mediaStreams.customer.audio;
      data.mediaStreams.customer.audio;

      expect(reads.MediaStreams).toBe(1);
    });
  });

  describe('toString', () => {
    it('hides endpoint addresses in the debug view and shows the rest', () => {
      const view = JSON.parse(String(contactData()));

      expect(view.customerEndpoint.address).toBe('[SENSITIVE]');
      expect(view.customerEndpoint.endpointType).toBe('TELEPHONE_NUMBER');
      expect(view.systemEndpoint.address).toBe('[SENSITIVE]');
      expect(view.queue.outboundCallerId.address).toBe('[SENSITIVE]');
      expect(view.contactId).toBe('4a573372-1f28-4e26-b97b-2b8f6e4a1c01');
      expect(String(contactData())).not.toContain('+12065550100');
    });
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the documented request', () => {
    const raw = createConnectContactFlowEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(createConnectContactFlowEvent());
  });

  it('builds the request with replaced fields', () => {
    const event = new ConnectContactFlowEvent(
      createConnectContactFlowEvent({
        parameters: { companyName: 'AnyCompany' },
        attributes: { tier: 'gold' },
        channel: 'CHAT',
        initiationMethod: 'API',
        customerPhoneNumber: '+12065550199',
        event: { Details: { ContactData: { Queue: null } } },
      })
    );

    expect(event.parameters).toEqual({ companyName: 'AnyCompany' });
    expectGetters(event.contactData, {
      attributes: { tier: 'gold' },
      channel: 'CHAT',
      initiationMethod: 'API',
      queue: undefined,
      contactId: '4a573372-1f28-4e26-b97b-2b8f6e4a1c01',
    });
    expect(event.contactData.customerEndpoint?.address).toBe('+12065550199');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming Details when it is absent', () => {
    const event = new ConnectContactFlowEvent({} as RawConnectContactFlowEvent);

    expectEvtError(
      () => event.contactData,
      MissingFieldError,
      'ConnectContactFlowEvent: Details is missing'
    );
    expectEvtError(
      () => event.parameters,
      MissingFieldError,
      'ConnectContactFlowEvent: Details is missing'
    );
  });

  it('throws MissingFieldError naming Details.ContactData when it is absent', () => {
    const raw = patchEvent<RawConnectContactFlowEvent>(
      'connect-contact-flow-event',
      (event) => {
        delete (event.Details as Partial<typeof event.Details>).ContactData;
      }
    );

    expectEvtError(
      () => new ConnectContactFlowEvent(raw).contactData,
      MissingFieldError,
      'ConnectContactFlowEvent: Details.ContactData is missing'
    );
  });

  it.each([
    ['ContactId', 'contactId'],
    ['Channel', 'channel'],
    ['InitialContactId', 'initialContactId'],
    ['InitiationMethod', 'initiationMethod'],
    ['InstanceARN', 'instanceArn'],
    ['PreviousContactId', 'previousContactId'],
  ] as const)(
    'throws MissingFieldError naming %s when it is absent',
    (field, getter) => {
      const raw = withContactData((data) => {
        delete data[field];
      });

      expectEvtError(
        () => new ConnectContactFlowEvent(raw).contactData[getter],
        MissingFieldError,
        `ConnectContactFlowEvent: Details.ContactData.${field} is missing`
      );
    }
  );

  it('throws MissingFieldError naming the queue’s name when it is absent', () => {
    const raw = withContactData((data) => {
      delete (data.Queue as Record<string, unknown>).Name;
    });

    expectEvtError(
      () => new ConnectContactFlowEvent(raw).contactData.queue?.name,
      MissingFieldError,
      'ConnectContactFlowEvent: Details.ContactData.Queue.Name is missing'
    );
  });

  it('throws FieldTypeError naming an endpoint’s mistyped address', () => {
    const raw = withContactData((data) => {
      (data.CustomerEndpoint as Record<string, unknown>).Address = 12065550100;
    });

    expectEvtError(
      () =>
        new ConnectContactFlowEvent(raw).contactData.customerEndpoint?.address,
      FieldTypeError,
      'ConnectContactFlowEvent: Details.ContactData.CustomerEndpoint.Address must be string, got number'
    );
  });

  it('throws FieldTypeError naming a contact attribute that is not a string', () => {
    const raw = withContactData((data) => {
      data.Attributes = { tier: 3 };
    });

    expectEvtError(
      () => new ConnectContactFlowEvent(raw).contactData.attributes,
      FieldTypeError,
      'ConnectContactFlowEvent: Details.ContactData.Attributes.tier must be string, got number'
    );
  });

  it('throws FieldTypeError naming MediaStreams when it is not an object', () => {
    const raw = withContactData((data) => {
      data.MediaStreams = 'none';
    });

    expectEvtError(
      () => new ConnectContactFlowEvent(raw).contactData.mediaStreams,
      FieldTypeError,
      'ConnectContactFlowEvent: Details.ContactData.MediaStreams must be object, got string'
    );
  });

  it('throws FieldTypeError naming a mistyped audio field', () => {
    const raw = withContactData((data) => {
      (data.MediaStreams as RawConnectContactFlowData['MediaStreams']) = {
        Customer: { Audio: { StartTimestamp: 1571360125131 as never } },
      };
    });

    expectEvtError(
      () =>
        new ConnectContactFlowEvent(raw).contactData.mediaStreams.customer.audio
          .startTimestamp,
      FieldTypeError,
      'ConnectContactFlowEvent: Details.ContactData.MediaStreams.Customer.Audio.StartTimestamp must be string, got number'
    );
  });

  it('throws FieldTypeError naming Details.Parameters when it is not an object', () => {
    const raw = patchEvent<RawConnectContactFlowEvent>(
      'connect-contact-flow-event',
      (event) => {
        (event.Details as { Parameters: unknown }).Parameters = 'none';
      }
    );

    expectEvtError(
      () => new ConnectContactFlowEvent(raw).parameters,
      FieldTypeError,
      'ConnectContactFlowEvent: Details.Parameters must be object, got string'
    );
  });
});

import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import sample from '../test/events/connect-contact-flow-event.json';
import type {
  RawConnectContactFlowData,
  RawConnectContactFlowEvent,
} from './connect-contact-flow-event';

/** An address of the contact as {@link createConnectContactFlowEvent} builds it. */
export interface SampleConnectContactFlowEndpoint {
  /** The phone number, in E.164 format. */
  Address: string;
  /** The type of the address. */
  Type: 'TELEPHONE_NUMBER';
}

/** The customer audio as {@link createConnectContactFlowEvent} builds it: started and stopped. */
export interface SampleConnectContactFlowMediaStreamAudio {
  /** The number of the fragment the customer audio started in. */
  StartFragmentNumber: string;
  /** When the customer audio started, in milliseconds since the epoch. */
  StartTimestamp: string;
  /** The number of the fragment the customer audio stopped in. */
  StopFragmentNumber: string;
  /** When the customer audio stopped, in milliseconds since the epoch. */
  StopTimestamp: string;
  /** The ARN of the Kinesis video stream. */
  StreamARN: string;
}

/** The queue as {@link createConnectContactFlowEvent} builds it. */
export interface SampleConnectContactFlowQueue {
  /** The ARN of the queue. */
  ARN: string;
  /** The name of the queue. */
  Name: string;
  /** The caller ID of the queue. */
  OutboundCallerId: SampleConnectContactFlowEndpoint;
}

/** The contact data as {@link createConnectContactFlowEvent} builds it. */
export interface SampleConnectContactFlowData
  extends Sample<
    Omit<
      RawConnectContactFlowData,
      | 'Attributes'
      | 'Channel'
      | 'CustomerEndpoint'
      | 'InitiationMethod'
      | 'MediaStreams'
      | 'Queue'
      | 'SystemEndpoint'
    >
  > {
  /** The contact attributes. */
  Attributes: Record<string, string>;
  /** The channel, one of those `@types/aws-lambda` knows. */
  Channel: 'VOICE' | 'CHAT' | 'EMAIL';
  /** The customer's address. */
  CustomerEndpoint: SampleConnectContactFlowEndpoint | null;
  /** How the contact was initiated, one of the methods `@types/aws-lambda` knows. */
  InitiationMethod: 'INBOUND' | 'OUTBOUND' | 'TRANSFER' | 'CALLBACK' | 'API';
  /** The live media streams. */
  MediaStreams: {
    /** The customer's streams. */
    Customer: {
      /** The customer audio. */
      Audio: SampleConnectContactFlowMediaStreamAudio | null;
    };
  };
  /** The queue. */
  Queue: SampleConnectContactFlowQueue | null;
  /** The address the customer dialled. */
  SystemEndpoint: SampleConnectContactFlowEndpoint | null;
}

/**
 * The event {@link createConnectContactFlowEvent} returns: a fresh copy that fits both
 * `ConnectContactFlowEvent`'s constructor and the `ConnectContactFlowEvent` of
 * `@types/aws-lambda` (and so a `ConnectContactFlowHandler`).
 */
export interface SampleConnectContactFlowEvent
  extends Sample<Omit<RawConnectContactFlowEvent, 'Details' | 'Name'>> {
  /** The details of the invocation. */
  Details: {
    /** The data of the contact. */
    ContactData: SampleConnectContactFlowData;
    /** The function input parameters. */
    Parameters: Record<string, string>;
  };
  /** The name of the event. */
  Name: 'ContactFlowEvent';
}

/** Convenience overrides for {@link createConnectContactFlowEvent}. */
export interface ConnectContactFlowEventOverrides {
  /** The function input parameters, replacing the sample's. */
  readonly parameters?: Readonly<Record<string, string>> | undefined;
  /** The contact attributes, replacing the sample's. */
  readonly attributes?: Readonly<Record<string, string>> | undefined;
  /** The channel. */
  readonly channel?: SampleConnectContactFlowData['Channel'] | undefined;
  /** How the contact was initiated. */
  readonly initiationMethod?:
    | SampleConnectContactFlowData['InitiationMethod']
    | undefined;
  /** The customer's phone number, set in `CustomerEndpoint.Address`. */
  readonly customerPhoneNumber?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleConnectContactFlowEvent> | undefined;
}

/**
 * Builds an Amazon Connect flow event (a fresh copy of the package's sample: the example
 * request of the Amazon Connect Administrator Guide, a transferred voice call in the
 * `PasswordReset` queue with customer audio streamed) with the given fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new ConnectContactFlowEvent(...)`.
 * @example
 * ```ts
 * import { ConnectContactFlowEvent } from '@evt/connect';
 * import { createConnectContactFlowEvent } from '@evt/connect/testing';
 *
 * const event = new ConnectContactFlowEvent(
 *   createConnectContactFlowEvent({
 *     channel: 'CHAT',
 *     parameters: { companyName: 'AnyCompany' },
 *     event: { Details: { ContactData: { Queue: null } } },
 *   })
 * );
 * event.parameters.companyName; // 'AnyCompany'
 * event.contactData.queue; // undefined
 * ```
 */
export function createConnectContactFlowEvent(
  overrides: ConnectContactFlowEventOverrides = {}
): SampleConnectContactFlowEvent {
  const event = structuredClone(sample) as SampleConnectContactFlowEvent;
  const contactData = event.Details.ContactData;
  if (overrides.parameters !== undefined) {
    event.Details.Parameters = { ...overrides.parameters };
  }
  if (overrides.attributes !== undefined) {
    contactData.Attributes = { ...overrides.attributes };
  }
  if (overrides.channel !== undefined) contactData.Channel = overrides.channel;
  if (overrides.initiationMethod !== undefined) {
    contactData.InitiationMethod = overrides.initiationMethod;
  }
  if (overrides.customerPhoneNumber !== undefined) {
    contactData.CustomerEndpoint = {
      Address: overrides.customerPhoneNumber,
      Type: 'TELEPHONE_NUMBER',
    };
  }
  return mergeDeep(event, overrides.event);
}

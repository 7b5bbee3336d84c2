import {
  EventWrapper,
  mapOrEmpty,
  optionalChild,
  optionalString,
  requireObject,
  requireString,
  stringMapOrEmpty,
  UNSET,
  type WrapperClass,
} from '@evt/core';

// Amazon Connect documents a handful of values for the channel, the endpoint type and the
// initiation method, and adds new ones as it grows (EMAIL, QUEUE_TRANSFER, WEBRTC_API…). Python's
// enums throw on a value they do not list; evt types each as the known values or any other
// string, so that a function keeps working the day AWS sends a new one, and exports the known
// values as lists to compare against.

/**
 * The channels a contact can arrive on, as Amazon Connect documents them.
 *
 * @example
 * ```ts
 * import { CONNECT_CONTACT_FLOW_CHANNELS } from '@evt/connect';
 *
 * CONNECT_CONTACT_FLOW_CHANNELS.includes('CHAT'); // true
 * ```
 */
export const CONNECT_CONTACT_FLOW_CHANNELS: readonly [
  'VOICE',
  'CHAT',
  'TASK',
  'EMAIL',
] = /* @__PURE__ */ Object.freeze(['VOICE', 'CHAT', 'TASK', 'EMAIL'] as const);

/**
 * The channel of a contact: one of {@link CONNECT_CONTACT_FLOW_CHANNELS}, or another string
 * for a channel AWS may add (Python's `ConnectContactFlowChannel` throws on those).
 */
export type ConnectContactFlowChannel =
  | (typeof CONNECT_CONTACT_FLOW_CHANNELS)[number]
  | (string & {});

/** The types of endpoint address Amazon Connect documents for a contact. */
export const CONNECT_CONTACT_FLOW_ENDPOINT_TYPES: readonly [
  'TELEPHONE_NUMBER',
  'VOIP',
  'CONTACT_FLOW',
  'CONNECT_PHONENUMBER_ARN',
  'EMAIL_ADDRESS',
] = /* @__PURE__ */ Object.freeze([
  'TELEPHONE_NUMBER',
  'VOIP',
  'CONTACT_FLOW',
  'CONNECT_PHONENUMBER_ARN',
  'EMAIL_ADDRESS',
] as const);

/**
 * The type of an endpoint address: one of {@link CONNECT_CONTACT_FLOW_ENDPOINT_TYPES}, or
 * another string for a type AWS may add (Python's `ConnectContactFlowEndpointType` knows only
 * `TELEPHONE_NUMBER` and throws on the others).
 */
export type ConnectContactFlowEndpointType =
  | (typeof CONNECT_CONTACT_FLOW_ENDPOINT_TYPES)[number]
  | (string & {});

/** The ways a contact can be initiated, as Amazon Connect documents them. */
export const CONNECT_CONTACT_FLOW_INITIATION_METHODS: readonly [
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
] = /* @__PURE__ */ Object.freeze([
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
] as const);

/**
 * How a contact was initiated: one of {@link CONNECT_CONTACT_FLOW_INITIATION_METHODS}, or
 * another string for a method AWS may add (Python's `ConnectContactFlowInitiationMethod` knows
 * five and throws on the others).
 */
export type ConnectContactFlowInitiationMethod =
  | (typeof CONNECT_CONTACT_FLOW_INITIATION_METHODS)[number]
  | (string & {});

/** An address of a contact (a phone number, an email address), as Amazon Connect sends it. */
export interface RawConnectContactFlowEndpoint {
  /** The address: a phone number in E.164 format, or an email address. */
  Address: string;
  /** The type of the address, e.g. `TELEPHONE_NUMBER`. */
  Type: ConnectContactFlowEndpointType;
}

/** The queue a contact is in, as Amazon Connect sends it. */
export interface RawConnectContactFlowQueue {
  /** The ARN of the queue. */
  ARN: string;
  /** The name of the queue. */
  Name: string;
  /** The caller ID the queue places outbound calls with; absent when the queue has none. */
  OutboundCallerId?: RawConnectContactFlowEndpoint | null | undefined;
}

/**
 * Where the customer audio of live media streaming sits in Kinesis Video Streams, as Amazon
 * Connect sends it. Every field is `null` or absent until streaming starts; the stop fields
 * appear once it stops.
 */
export interface RawConnectContactFlowMediaStreamAudio {
  /** The number of the fragment the customer audio started in. */
  StartFragmentNumber?: string | null | undefined;
  /** When the customer audio started, in milliseconds since the epoch, as text. */
  StartTimestamp?: string | null | undefined;
  /** The number of the fragment the customer audio stopped in. */
  StopFragmentNumber?: string | null | undefined;
  /** When the customer audio stopped, in milliseconds since the epoch, as text. */
  StopTimestamp?: string | null | undefined;
  /** The ARN of the Kinesis video stream that holds the audio. */
  StreamARN?: string | null | undefined;
}

/** The customer's media streams, as Amazon Connect sends them. */
export interface RawConnectContactFlowMediaStreamCustomer {
  /** The customer audio; `null` when live media streaming never started. */
  Audio?: RawConnectContactFlowMediaStreamAudio | null | undefined;
}

/** The live media streams of a contact, as Amazon Connect sends them. */
export interface RawConnectContactFlowMediaStreams {
  /** The customer's streams. */
  Customer?: RawConnectContactFlowMediaStreamCustomer | null | undefined;
}

/** A reference attached to a contact (a URL, an attachment, a number…), as Amazon Connect sends it. */
export interface RawConnectContactFlowReference {
  /** The type of the reference, e.g. `URL`, `ATTACHMENT`, `NUMBER`, `STRING`, `DATE`, `EMAIL`. */
  Type: string;
  /** The value of the reference. */
  Value: string;
}

/**
 * The value of a segment attribute, as Amazon Connect sends it: one of its fields is set,
 * according to the kind of value.
 */
export interface RawConnectContactFlowSegmentAttributeValue {
  /** A text value, e.g. `connect:Chat` for `connect:Subtype`. */
  ValueString?: string | undefined;
  /** An integer value. */
  ValueInteger?: number | undefined;
  /** An ARN value. */
  ValueArn?: string | undefined;
  /** A map of values, by name. */
  ValueMap?:
    | Record<string, RawConnectContactFlowSegmentAttributeValue>
    | undefined;
  /** A list of values. */
  ValueList?: RawConnectContactFlowSegmentAttributeValue[] | undefined;
}

/** The outbound campaign a contact belongs to, as Amazon Connect sends it. */
export interface RawConnectContactFlowCampaign {
  /** The ID of the campaign. */
  CampaignId?: string | null | undefined;
}

/** The data of the contact a flow invokes a Lambda function for, as Amazon Connect sends it. */
export interface RawConnectContactFlowData {
  /** The contact attributes set so far, e.g. by a Set contact attributes block. */
  Attributes?: Record<string, string> | null | undefined;
  /** The channel the contact arrived on. */
  Channel: ConnectContactFlowChannel;
  /** The ID of the contact. */
  ContactId: string;
  /** The customer's address; `null` when the contact has none (an API-started contact). */
  CustomerEndpoint?: RawConnectContactFlowEndpoint | null | undefined;
  /** The customer's ID, e.g. a Customer Profiles ID or one from a CRM. */
  CustomerId?: string | null | undefined;
  /** The description of the contact (tasks have one). */
  Description?: string | null | undefined;
  /** The ID of the first contact of this interaction. */
  InitialContactId: string;
  /** How the contact was initiated. */
  InitiationMethod: ConnectContactFlowInitiationMethod;
  /** The ARN of the Amazon Connect instance. */
  InstanceARN: string;
  /** The language of the contact, e.g. `en-US`. */
  LanguageCode?: string | null | undefined;
  /** The live media streams of the contact. */
  MediaStreams?: RawConnectContactFlowMediaStreams | null | undefined;
  /** The name of the contact (tasks have one). */
  Name?: string | null | undefined;
  /** The ID of the contact before it was transferred. */
  PreviousContactId: string;
  /** The queue the contact is in; `null` before it is queued. */
  Queue?: RawConnectContactFlowQueue | null | undefined;
  /** The references attached to the contact, by name. */
  References?:
    | Record<string, RawConnectContactFlowReference>
    | null
    | undefined;
  /** The segment attributes of the contact, by name (`connect:Subtype`, …). */
  SegmentAttributes?:
    | Record<string, RawConnectContactFlowSegmentAttributeValue>
    | null
    | undefined;
  /** The address the customer reached the contact center at; `null` when there is none. */
  SystemEndpoint?: RawConnectContactFlowEndpoint | null | undefined;
  /** The tags of the contact, by key. */
  Tags?: Record<string, string> | null | undefined;
  /** The outbound campaign the contact belongs to, for a campaign contact. */
  Campaign?: RawConnectContactFlowCampaign | null | undefined;
}

/** The details of an invocation: the contact and the block's parameters. */
export interface RawConnectContactFlowDetails {
  /** The data of the contact. */
  ContactData: RawConnectContactFlowData;
  /** The function input parameters of the Invoke AWS Lambda function block. */
  Parameters?: Record<string, unknown> | null | undefined;
}

/**
 * The event Amazon Connect sends to a Lambda function from an Invoke AWS Lambda function flow
 * block, as AWS documents it.
 */
export interface RawConnectContactFlowEvent {
  /** The details of the invocation. */
  Details: RawConnectContactFlowDetails;
  /** The name of the event: `ContactFlowEvent`. */
  Name?: string | undefined;
}

// The value an absent MediaStreams, Customer or Audio reads as, so that each member below it
// reads as undefined instead of throwing (Python reads nulls inside Audio as None).
const NO_STREAMS: Readonly<Record<string, never>> =
  /* @__PURE__ */ Object.freeze({});

// Wraps one level of the media streams (`MediaStreams`, `Customer`, `Audio`), reading an
// absent or `null` level as an empty one; a level of another kind still throws, naming it.
function streamsLevel<
  TRaw extends object,
  TKey extends keyof TRaw & string,
  TWrapper,
>(
  owner: EventWrapper<TRaw>,
  key: TKey,
  Wrapper: WrapperClass<NonNullable<TRaw[TKey]>, TWrapper>
): TWrapper {
  const raw = owner.rawEvent[key] ?? NO_STREAMS;
  return new Wrapper(raw as NonNullable<TRaw[TKey]>, {
    parent: owner,
    path: key,
  });
}

/**
 * Wrapper for an address of a contact (`CustomerEndpoint`, `SystemEndpoint`,
 * `Queue.OutboundCallerId`) in the event that Amazon Connect sends from a flow.
 *
 * The debug view (`String(endpoint)`, `console.log`) hides {@link address}: a customer's
 * phone number or email address is personal data. It hides the contact center's own
 * addresses too, since all three share this class.
 */
export class ConnectContactFlowEndpoint extends EventWrapper<RawConnectContactFlowEndpoint> {
  static override readonly typeName: string = 'ConnectContactFlowEndpoint';
  static override readonly sensitiveMembers: readonly string[] = ['address'];

  /** The address: a phone number in E.164 format, or an email address (`Address`). */
  get address(): string {
    return requireString(this, this.raw.Address, 'Address');
  }

  /** The type of the address, e.g. `TELEPHONE_NUMBER` or `EMAIL_ADDRESS` (`Type`). */
  get endpointType(): ConnectContactFlowEndpointType {
    return requireString(this, this.raw.Type, 'Type');
  }
}

/**
 * Wrapper for the queue a contact is in (`Queue`) in the event that Amazon Connect sends from
 * a flow.
 */
export class ConnectContactFlowQueue extends EventWrapper<RawConnectContactFlowQueue> {
  static override readonly typeName: string = 'ConnectContactFlowQueue';
  #outboundCallerId: ConnectContactFlowEndpoint | undefined | typeof UNSET =
    UNSET;

  /** The ARN of the queue (`ARN`). */
  get arn(): string {
    return requireString(this, this.raw.ARN, 'ARN');
  }

  /** The name of the queue (`Name`). */
  get name(): string {
    return requireString(this, this.raw.Name, 'Name');
  }

  /**
   * The caller ID the queue places outbound calls with (`OutboundCallerId`). Undefined when
   * the queue has none.
   */
  get outboundCallerId(): ConnectContactFlowEndpoint | undefined {
    if (this.#outboundCallerId === UNSET) {
      this.#outboundCallerId = optionalChild(
        this,
        'OutboundCallerId',
        ConnectContactFlowEndpoint
      );
    }
    return this.#outboundCallerId;
  }
}

/**
 * Wrapper for where the customer audio of live media streaming sits in Kinesis Video Streams
 * (`MediaStreams.Customer.Audio`), in the event that Amazon Connect sends from a flow. Every
 * member is undefined until streaming starts, and when the event has no audio at all.
 */
export class ConnectContactFlowMediaStreamAudio extends EventWrapper<RawConnectContactFlowMediaStreamAudio> {
  static override readonly typeName: string =
    'ConnectContactFlowMediaStreamAudio';

  /** The number of the fragment the customer audio started in (`StartFragmentNumber`). */
  get startFragmentNumber(): string | undefined {
    return optionalString(
      this,
      this.raw.StartFragmentNumber,
      'StartFragmentNumber'
    );
  }

  /** When the customer audio started, in milliseconds since the epoch, as text (`StartTimestamp`). */
  get startTimestamp(): string | undefined {
    return optionalString(this, this.raw.StartTimestamp, 'StartTimestamp');
  }

  /** The number of the fragment the customer audio stopped in (`StopFragmentNumber`). */
  get stopFragmentNumber(): string | undefined {
    return optionalString(
      this,
      this.raw.StopFragmentNumber,
      'StopFragmentNumber'
    );
  }

  /** When the customer audio stopped, in milliseconds since the epoch, as text (`StopTimestamp`). */
  get stopTimestamp(): string | undefined {
    return optionalString(this, this.raw.StopTimestamp, 'StopTimestamp');
  }

  /** The ARN of the Kinesis video stream that holds the audio (`StreamARN`). */
  get streamArn(): string | undefined {
    return optionalString(this, this.raw.StreamARN, 'StreamARN');
  }
}

/**
 * Wrapper for the customer's media streams (`MediaStreams.Customer`) in the event that
 * Amazon Connect sends from a flow.
 */
export class ConnectContactFlowMediaStreamCustomer extends EventWrapper<RawConnectContactFlowMediaStreamCustomer> {
  static override readonly typeName: string =
    'ConnectContactFlowMediaStreamCustomer';
  #audio?: ConnectContactFlowMediaStreamAudio;

  /**
   * The customer audio (`Audio`); its members read as undefined when the event has none
   * (`null` until live media streaming starts).
   */
  get audio(): ConnectContactFlowMediaStreamAudio {
    return (this.#audio ??= streamsLevel(
      this,
      'Audio',
      ConnectContactFlowMediaStreamAudio
    ));
  }
}

/**
 * Wrapper for the live media streams of a contact (`MediaStreams`) in the event that Amazon
 * Connect sends from a flow.
 */
export class ConnectContactFlowMediaStreams extends EventWrapper<RawConnectContactFlowMediaStreams> {
  static override readonly typeName: string = 'ConnectContactFlowMediaStreams';
  #customer?: ConnectContactFlowMediaStreamCustomer;

  /** The customer's streams (`Customer`); its members read as empty when the event has none. */
  get customer(): ConnectContactFlowMediaStreamCustomer {
    return (this.#customer ??= streamsLevel(
      this,
      'Customer',
      ConnectContactFlowMediaStreamCustomer
    ));
  }
}

/**
 * Wrapper for the data of the contact (`Details.ContactData`) in the event that Amazon Connect
 * sends from a flow.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-attrib-list.html
 */
export class ConnectContactFlowData extends EventWrapper<RawConnectContactFlowData> {
  static override readonly typeName: string = 'ConnectContactFlowData';
  #customerEndpoint: ConnectContactFlowEndpoint | undefined | typeof UNSET =
    UNSET;
  #systemEndpoint: ConnectContactFlowEndpoint | undefined | typeof UNSET =
    UNSET;
  #queue: ConnectContactFlowQueue | undefined | typeof UNSET = UNSET;
  #mediaStreams?: ConnectContactFlowMediaStreams;

  /**
   * The contact attributes set so far in the contact's flows, e.g. by a Set contact
   * attributes block (`Attributes`). Empty object when there are none.
   */
  get attributes(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.Attributes, 'Attributes');
  }

  /** The channel the contact arrived on, e.g. `VOICE` or `CHAT` (`Channel`). */
  get channel(): ConnectContactFlowChannel {
    return requireString(this, this.raw.Channel, 'Channel');
  }

  /** The ID of the contact (`ContactId`). */
  get contactId(): string {
    return requireString(this, this.raw.ContactId, 'ContactId');
  }

  /**
   * The customer's address and its type (`CustomerEndpoint`). Undefined when the contact has
   * none, as for a contact started through the API.
   */
  get customerEndpoint(): ConnectContactFlowEndpoint | undefined {
    if (this.#customerEndpoint === UNSET) {
      this.#customerEndpoint = optionalChild(
        this,
        'CustomerEndpoint',
        ConnectContactFlowEndpoint
      );
    }
    return this.#customerEndpoint;
  }

  /**
   * The customer's ID, e.g. an Amazon Connect Customer Profiles ID or one from a CRM
   * (`CustomerId`). Undefined when the contact has none.
   */
  get customerId(): string | undefined {
    return optionalString(this, this.raw.CustomerId, 'CustomerId');
  }

  /** The description of the contact, which tasks carry (`Description`). Undefined when it has none. */
  get description(): string | undefined {
    return optionalString(this, this.raw.Description, 'Description');
  }

  /**
   * The ID of the first contact of the customer's interaction with the contact center, to
   * follow a contact across flows (`InitialContactId`).
   */
  get initialContactId(): string {
    return requireString(this, this.raw.InitialContactId, 'InitialContactId');
  }

  /** How the contact was initiated, e.g. `INBOUND` or `API` (`InitiationMethod`). */
  get initiationMethod(): ConnectContactFlowInitiationMethod {
    return requireString(this, this.raw.InitiationMethod, 'InitiationMethod');
  }

  /** The ARN of the Amazon Connect instance (`InstanceARN`). */
  get instanceArn(): string {
    return requireString(this, this.raw.InstanceARN, 'InstanceARN');
  }

  /** The language of the contact, e.g. `en-US` (`LanguageCode`). Undefined when it has none. */
  get languageCode(): string | undefined {
    return optionalString(this, this.raw.LanguageCode, 'LanguageCode');
  }

  /**
   * The live media streams of the contact (`MediaStreams`); every member below it reads as
   * undefined when the event has none.
   */
  get mediaStreams(): ConnectContactFlowMediaStreams {
    return (this.#mediaStreams ??= streamsLevel(
      this,
      'MediaStreams',
      ConnectContactFlowMediaStreams
    ));
  }

  /** The name of the contact, which tasks carry (`Name`). Undefined when it has none. */
  get name(): string | undefined {
    return optionalString(this, this.raw.Name, 'Name');
  }

  /**
   * The ID of the contact before it was transferred, to follow a contact across flows
   * (`PreviousContactId`).
   */
  get previousContactId(): string {
    return requireString(this, this.raw.PreviousContactId, 'PreviousContactId');
  }

  /** The queue the contact is in (`Queue`). Undefined before the contact is queued. */
  get queue(): ConnectContactFlowQueue | undefined {
    if (this.#queue === UNSET) {
      this.#queue = optionalChild(this, 'Queue', ConnectContactFlowQueue);
    }
    return this.#queue;
  }

  /**
   * The references attached to the contact (URLs, attachments…), by name (`References`).
   * Empty object when there are none.
   */
  get references(): Record<string, RawConnectContactFlowReference> {
    return mapOrEmpty(this, this.raw.References, 'References');
  }

  /**
   * The segment attributes of the contact, by name (`SegmentAttributes`): system-defined
   * values such as the channel subtype (`connect:Subtype`). Empty object when there are none.
   *
   * @example
   * ```ts
   * import { ConnectContactFlowEvent, type RawConnectContactFlowEvent } from '@evt/connect';
   *
   * export const handler = async (raw: RawConnectContactFlowEvent) => {
   *   const { segmentAttributes } = new ConnectContactFlowEvent(raw).contactData;
   *   return { subtype: segmentAttributes['connect:Subtype']?.ValueString ?? 'none' };
   * };
   * ```
   */
  get segmentAttributes(): Record<
    string,
    RawConnectContactFlowSegmentAttributeValue
  > {
    return mapOrEmpty(this, this.raw.SegmentAttributes, 'SegmentAttributes');
  }

  /**
   * The address the customer reached the contact center at (the number dialled) and its type
   * (`SystemEndpoint`). Undefined when the contact has none.
   */
  get systemEndpoint(): ConnectContactFlowEndpoint | undefined {
    if (this.#systemEndpoint === UNSET) {
      this.#systemEndpoint = optionalChild(
        this,
        'SystemEndpoint',
        ConnectContactFlowEndpoint
      );
    }
    return this.#systemEndpoint;
  }

  /** The tags of the contact, by key (`Tags`). Empty object when there are none. */
  get tags(): Record<string, string> {
    return stringMapOrEmpty(this, this.raw.Tags, 'Tags');
  }

  /**
   * The ID of the outbound campaign the contact belongs to (`Campaign.CampaignId`). Undefined
   * for a contact outside a campaign.
   */
  get campaignId(): string | undefined {
    return optionalString(
      this,
      this.raw.Campaign?.CampaignId,
      'Campaign.CampaignId'
    );
  }
}

/**
 * Wrapper for the event that Amazon Connect sends when a flow reaches an Invoke AWS Lambda
 * function block: the contact's data and the block's input parameters.
 *
 * `TParameters` types {@link ConnectContactFlowEvent.parameters}; it is not checked at
 * runtime. Parameters are strings unless the block sends JSON values (numbers, booleans,
 * nested objects), which Connect allows: declare their type then.
 *
 * Return {@link connectResponse} from the handler to answer the block with values the flow
 * can read.
 *
 * @example
 * ```ts
 * import {
 *   ConnectContactFlowEvent,
 *   connectResponse,
 *   type RawConnectContactFlowEvent,
 * } from '@evt/connect';
 *
 * export const handler = async (raw: RawConnectContactFlowEvent) => {
 *   const event = new ConnectContactFlowEvent<{ companyName: string }>(raw);
 *   const { contactData, parameters } = event;
 *   return connectResponse({
 *     company: parameters.companyName,
 *     queue: contactData.queue?.name ?? 'none',
 *     isVoice: contactData.channel === 'VOICE',
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export class ConnectContactFlowEvent<
  TParameters extends object = Record<string, string>,
> extends EventWrapper<RawConnectContactFlowEvent> {
  static override readonly typeName: string = 'ConnectContactFlowEvent';
  #contactData?: ConnectContactFlowData;

  /** The name of the event, `ContactFlowEvent` (`Name`). Undefined when the event has none. */
  get name(): string | undefined {
    return optionalString(this, this.raw.Name, 'Name');
  }

  /**
   * The data of the contact, which Amazon Connect sends on every invocation
   * (`Details.ContactData`).
   *
   * @throws {@link MissingFieldError} when the event has no `Details` or no `ContactData`.
   */
  get contactData(): ConnectContactFlowData {
    return (this.#contactData ??= new ConnectContactFlowData(
      requireObject(this, this.raw.Details, 'Details').ContactData,
      { parent: this, path: 'Details.ContactData' }
    ));
  }

  /**
   * The function input parameters set on the Invoke AWS Lambda function block, by name
   * (`Details.Parameters`), typed as `TParameters`. Empty object when there are none.
   *
   * @throws {@link MissingFieldError} when the event has no `Details`.
   */
  get parameters(): TParameters {
    return mapOrEmpty(
      this,
      requireObject(this, this.raw.Details, 'Details').Parameters,
      'Details.Parameters'
    ) as TParameters;
  }
}

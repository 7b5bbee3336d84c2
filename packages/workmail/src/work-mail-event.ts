import {
  child,
  EventWrapper,
  optionalBoolean,
  optionalChild,
  optionalString,
  optionalStringOf,
  requireString,
  UNSET,
  wrapEach,
} from '@evt/core';

/** The direction of the mail flow a message is in: received (`INBOUND`) or sent (`OUTBOUND`). */
export type WorkMailFlowDirection = 'INBOUND' | 'OUTBOUND';

// The documented values, built once: `optionalStringOf` checks the field against them on every
// read, which must not allocate.
const FLOW_DIRECTIONS: readonly WorkMailFlowDirection[] =
  /* @__PURE__ */ Object.freeze(['INBOUND', 'OUTBOUND'] as const);

/** An email address in the event, as AWS documents it. */
export interface RawWorkMailAddress {
  /** The email address. */
  address: string;
}

/** The SMTP envelope of the message, as AWS documents it. */
export interface RawWorkMailEnvelope {
  /** The `MAIL FROM` address. */
  mailFrom: RawWorkMailAddress;
  /** The recipients of this SMTP conversation, To, CC and BCC alike. */
  recipients: RawWorkMailAddress[];
}

/**
 * The event Amazon WorkMail sends to the function of a **Run Lambda** email flow rule, run
 * synchronously or asynchronously, as AWS documents it.
 */
export interface RawWorkMailEvent {
  /** The version of the event's format, e.g. `2018-10-10`. */
  summaryVersion: string;
  /** The SMTP envelope of the message. */
  envelope: RawWorkMailEnvelope;
  /** The user who sent the message on behalf of another; absent otherwise. */
  sender?: RawWorkMailAddress | null | undefined;
  /** The subject line, cut at 256 characters. */
  subject?: string | undefined;
  /** The ID that reads (and, from a synchronous rule, updates) the message's content. */
  messageId: string;
  /** The ID of this invocation, the same on every retry. */
  invocationId: string;
  /** The direction of the mail flow. */
  flowDirection: WorkMailFlowDirection;
  /** Whether the recipients were cut to keep the event under 128 KB. */
  truncated?: boolean | undefined;
}

/** Wrapper for an email address in the event that Amazon WorkMail sends. */
export class WorkMailAddress extends EventWrapper<RawWorkMailAddress> {
  static override readonly typeName: string = 'WorkMailAddress';

  /** The email address, e.g. `recipient1@example.com` (`address`). */
  get address(): string {
    return requireString(this, this.raw.address, 'address');
  }
}

/** Wrapper for the SMTP envelope of the message in the event that Amazon WorkMail sends. */
export class WorkMailEnvelope extends EventWrapper<RawWorkMailEnvelope> {
  static override readonly typeName: string = 'WorkMailEnvelope';
  #mailFrom?: WorkMailAddress;
  #recipients?: WorkMailAddress[];
  #recipientAddresses?: string[];

  /**
   * The `MAIL FROM` address (`mailFrom`): usually the user who sent the message, or the user
   * on whose behalf it was sent (see {@link WorkMailEvent.sender}).
   */
  get mailFrom(): WorkMailAddress {
    return (this.#mailFrom ??= child(this, 'mailFrom', WorkMailAddress));
  }

  /**
   * The recipients of this SMTP conversation, in order, with no distinction between To, CC
   * and BCC (`recipients`). For an inbound rule, only the recipients in the organization's
   * domains; WorkMail invokes the function once per SMTP conversation. Cut when the event is
   * truncated (see {@link WorkMailEvent.truncated}).
   */
  get recipients(): WorkMailAddress[] {
    return (this.#recipients ??= wrapEach(this, 'recipients', WorkMailAddress));
  }

  /**
   * The addresses of {@link WorkMailEnvelope.recipients}, in order (`recipients[].address`),
   * ready to filter and to pass to a response's `recipients`.
   *
   * @throws {@link MissingFieldError} when a recipient has no address.
   */
  get recipientAddresses(): string[] {
    return (this.#recipientAddresses ??= this.recipients.map(
      (recipient) => recipient.address
    ));
  }
}

/**
 * Wrapper for the event that Amazon WorkMail sends to the Lambda function of a **Run Lambda**
 * action when a message matches an inbound or outbound email flow rule. A synchronous rule
 * waits for the function's answer (built with {@link workMailSynchronousResponse}) before it
 * delivers or sends the message; an asynchronous one does not read it. The event holds the
 * message's metadata; its content is read with the WorkMail Message Flow API and
 * {@link WorkMailEvent.messageId}.
 *
 * @example
 * ```ts
 * import { type RawWorkMailEvent, WorkMailEvent } from '@evt/workmail';
 *
 * export const handler = async (raw: RawWorkMailEvent) => {
 *   const event = new WorkMailEvent(raw);
 *   console.log(
 *     `${event.flowDirection} "${event.subject ?? ''}" from ${event.envelope.mailFrom.address}`,
 *     event.envelope.recipientAddresses
 *   );
 * };
 * ```
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#lambda-data
 */
export class WorkMailEvent extends EventWrapper<RawWorkMailEvent> {
  static override readonly typeName: string = 'WorkMailEvent';
  #envelope?: WorkMailEnvelope;
  #sender: WorkMailAddress | undefined | typeof UNSET = UNSET;

  /**
   * The version of the event's format, a date such as `2018-10-10`, which changes only with a
   * backwards-incompatible change (`summaryVersion`).
   */
  get summaryVersion(): string {
    return requireString(this, this.raw.summaryVersion, 'summaryVersion');
  }

  /** The SMTP envelope of the message: its `MAIL FROM` address and its recipients (`envelope`). */
  get envelope(): WorkMailEnvelope {
    return (this.#envelope ??= child(this, 'envelope', WorkMailEnvelope));
  }

  /**
   * The user who sent the message on behalf of another user (`sender`). Undefined when the
   * message was not sent on someone's behalf.
   */
  get sender(): WorkMailAddress | undefined {
    if (this.#sender === UNSET) {
      this.#sender = optionalChild(this, 'sender', WorkMailAddress);
    }
    return this.#sender;
  }

  /**
   * The subject line of the message, cut when it passes 256 characters (`subject`). Undefined
   * when the event has none.
   */
  get subject(): string | undefined {
    return optionalString(this, this.raw.subject, 'subject');
  }

  /**
   * The ID of the message, which reads its full content with the WorkMail Message Flow API
   * (`GetRawMessageContent`), and from a synchronous rule replaces it
   * (`PutRawMessageContent`) (`messageId`).
   */
  get messageId(): string {
    return requireString(this, this.raw.messageId, 'messageId');
  }

  /**
   * The ID of this invocation, the same each time WorkMail retries it for the same message:
   * use it to detect retries (`invocationId`).
   */
  get invocationId(): string {
    return requireString(this, this.raw.invocationId, 'invocationId');
  }

  /** The direction of the mail flow: `INBOUND` or `OUTBOUND` (`flowDirection`). */
  get flowDirection(): WorkMailFlowDirection {
    return requireString(
      this,
      optionalStringOf(
        this,
        this.raw.flowDirection,
        'flowDirection',
        FLOW_DIRECTIONS
      ),
      'flowDirection'
    );
  }

  /**
   * Whether the event passed the 128 KB limit, so that its list of recipients was cut to fit
   * (`truncated`); it says nothing of the subject line. False when the event has no such
   * field.
   */
  get truncated(): boolean {
    return optionalBoolean(this, this.raw.truncated, 'truncated') ?? false;
  }
}

import {
  child,
  DecodeError,
  EventWrapper,
  firstOf,
  locate,
  optionalBoolean,
  optionalString,
  requireNumber,
  requireString,
  wrapEach,
} from '@evt/core';

/**
 * The name of a CodeCommit trigger record: `'ReferenceChanges'` when references were pushed,
 * created or deleted, `'TriggerEventTest'` when the trigger is tested from the console or with
 * `TestRepositoryTriggers`. Other strings are allowed for values AWS may add.
 */
export type CodeCommitEventName =
  | 'ReferenceChanges'
  | 'TriggerEventTest'
  | (string & {});

/** One Git reference a trigger record reports, as AWS documents it. */
export interface RawCodeCommitReference {
  /** The full ID (SHA-1) of the commit the reference points to. */
  commit: string;
  /** The full name of the reference, e.g. `refs/heads/main` or `refs/tags/v1.0.0`. */
  ref: string;
  /** `true` when the push created the reference; absent otherwise. */
  created?: boolean | undefined;
  /** `true` when the push deleted the reference; absent otherwise. */
  deleted?: boolean | undefined;
}

/** The CodeCommit part of a trigger record (`codecommit`), as AWS documents it. */
export interface RawCodeCommitData {
  /** The references the repository event changed. */
  references: RawCodeCommitReference[];
}

/** One record of the event a CodeCommit repository trigger sends, as AWS documents it. */
export interface RawCodeCommitRecord {
  /** The AWS Region of the repository. */
  awsRegion: string;
  /** The references the repository event changed. */
  codecommit: RawCodeCommitData;
  /** The custom data set on the trigger; absent when the trigger has none. */
  customData?: string | undefined;
  /** The unique ID of the record. */
  eventId: string;
  /** `ReferenceChanges`, or `TriggerEventTest` for a test of the trigger. */
  eventName: string;
  /** The number of this part, from 1, when the event is split into several records. */
  eventPartNumber: number;
  /** The service that sent the record: `aws:codecommit`. */
  eventSource: string;
  /** The ARN of the repository. */
  eventSourceARN: string;
  /** When the repository event happened, e.g. `2019-03-12T20:58:25.400+0000`. */
  eventTime: string;
  /** How many parts the event is split into. */
  eventTotalParts: number;
  /** The ID of the trigger's configuration. */
  eventTriggerConfigId: string;
  /** The name of the trigger. */
  eventTriggerName: string;
  /** The version of the record format, `1.0`. */
  eventVersion: string;
  /** The ARN of the IAM identity that made the change. */
  userIdentityARN: string;
}

/** The event a CodeCommit repository trigger sends to a Lambda function, as AWS documents it. */
export interface RawCodeCommitEvent {
  /** The records of the event; one per part. */
  Records: RawCodeCommitRecord[];
}

// The prefixes of branch and tag references in Git.
const BRANCH_PREFIX = 'refs/heads/';
const TAG_PREFIX = 'refs/tags/';

/** The part of `ref` after `prefix`, or `undefined` when `ref` does not start with it. */
function nameAfter(ref: string, prefix: string): string | undefined {
  return ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

/**
 * Wrapper for one Git reference (a branch or a tag) that a CodeCommit trigger record reports
 * as changed.
 *
 * @example
 * ```ts
 * import { CodeCommitEvent, type RawCodeCommitEvent } from '@evt/codecommit';
 *
 * export const handler = async (raw: RawCodeCommitEvent) => {
 *   for (const reference of new CodeCommitEvent(raw).record.references) {
 *     if (reference.deleted) continue;
 *     console.log(reference.branchName ?? reference.tagName, reference.commit);
 *   }
 * };
 * ```
 */
export class CodeCommitReference extends EventWrapper<RawCodeCommitReference> {
  static override readonly typeName: string = 'CodeCommitReference';

  /** The full ID (SHA-1) of the commit the reference points to (`commit`). */
  get commit(): string {
    return requireString(this, this.raw.commit, 'commit');
  }

  /** The full name of the reference, e.g. `refs/heads/main` (`ref`). */
  get ref(): string {
    return requireString(this, this.raw.ref, 'ref');
  }

  /**
   * Whether the push created the reference, e.g. a new branch (`created`). `false` when the
   * record does not say so.
   */
  get created(): boolean {
    return optionalBoolean(this, this.raw.created, 'created') ?? false;
  }

  /**
   * Whether the push deleted the reference (`deleted`). `false` when the record does not say
   * so.
   */
  get deleted(): boolean {
    return optionalBoolean(this, this.raw.deleted, 'deleted') ?? false;
  }

  /**
   * The name of the branch, when the reference is one: `main` for `refs/heads/main` (`ref`).
   * `undefined` for a tag or any other reference.
   */
  get branchName(): string | undefined {
    return nameAfter(this.ref, BRANCH_PREFIX);
  }

  /**
   * The name of the tag, when the reference is one: `v1.0.0` for `refs/tags/v1.0.0` (`ref`).
   * `undefined` for a branch or any other reference.
   */
  get tagName(): string | undefined {
    return nameAfter(this.ref, TAG_PREFIX);
  }
}

/** Wrapper for the CodeCommit part of a trigger record (`codecommit`). */
export class CodeCommitData extends EventWrapper<RawCodeCommitData> {
  static override readonly typeName: string = 'CodeCommitData';
  #references?: CodeCommitReference[];

  /** The references the repository event changed, in order (`references`). */
  get references(): CodeCommitReference[] {
    return (this.#references ??= wrapEach(
      this,
      'references',
      CodeCommitReference
    ));
  }
}

/**
 * Wrapper for one record of the event that a CodeCommit repository trigger sends: the
 * references a push changed, the trigger, the repository and the identity that pushed.
 *
 * @example
 * ```ts
 * import { CodeCommitEvent, type RawCodeCommitEvent } from '@evt/codecommit';
 *
 * export const handler = async (raw: RawCodeCommitEvent) => {
 *   const record = new CodeCommitEvent(raw).record;
 *   if (record.isTriggerTest) return;
 *   console.log(record.repositoryName, record.references.map((reference) => reference.ref));
 * };
 * ```
 * @see https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html
 */
export class CodeCommitRecord extends EventWrapper<RawCodeCommitRecord> {
  static override readonly typeName: string = 'CodeCommitRecord';
  #codecommit?: CodeCommitData;
  #repositoryName?: string;

  /** The AWS Region of the repository, e.g. `us-east-2` (`awsRegion`). */
  get awsRegion(): string {
    return requireString(this, this.raw.awsRegion, 'awsRegion');
  }

  /** The CodeCommit part of the record: the changed references (`codecommit`). */
  get codecommit(): CodeCommitData {
    return (this.#codecommit ??= child(this, 'codecommit', CodeCommitData));
  }

  /** The references the repository event changed, in order (`codecommit.references`). */
  get references(): CodeCommitReference[] {
    return this.codecommit.references;
  }

  /**
   * The custom data set on the trigger, passed on as it was configured (`customData`).
   * `undefined` when the trigger has none.
   */
  get customData(): string | undefined {
    return optionalString(this, this.raw.customData, 'customData');
  }

  /** The unique ID of the record (`eventId`). */
  get eventId(): string {
    return requireString(this, this.raw.eventId, 'eventId');
  }

  /**
   * What the record reports: `ReferenceChanges` for a push, `TriggerEventTest` for a test of
   * the trigger (`eventName`).
   */
  get eventName(): CodeCommitEventName {
    return requireString(this, this.raw.eventName, 'eventName');
  }

  /**
   * The number of this part, from 1: CodeCommit splits a repository event that changes many
   * references into several records (`eventPartNumber`).
   */
  get eventPartNumber(): number {
    return requireNumber(this, this.raw.eventPartNumber, 'eventPartNumber');
  }

  /** The service that sent the record, `aws:codecommit` (`eventSource`). */
  get eventSource(): string {
    return requireString(this, this.raw.eventSource, 'eventSource');
  }

  /**
   * The ARN of the repository, e.g. `arn:aws:codecommit:us-east-2:123456789012:my-repo`
   * (`eventSourceARN`).
   */
  get eventSourceArn(): string {
    return requireString(this, this.raw.eventSourceARN, 'eventSourceARN');
  }

  /**
   * When the repository event happened, as CodeCommit writes it, e.g.
   * `2019-03-12T20:58:25.400+0000` (`eventTime`).
   */
  get eventTime(): string {
    return requireString(this, this.raw.eventTime, 'eventTime');
  }

  /** How many parts (records) the repository event is split into (`eventTotalParts`). */
  get eventTotalParts(): number {
    return requireNumber(this, this.raw.eventTotalParts, 'eventTotalParts');
  }

  /** The ID of the trigger's configuration (`eventTriggerConfigId`). */
  get eventTriggerConfigId(): string {
    return requireString(
      this,
      this.raw.eventTriggerConfigId,
      'eventTriggerConfigId'
    );
  }

  /** The name of the trigger, as set on the repository (`eventTriggerName`). */
  get eventTriggerName(): string {
    return requireString(this, this.raw.eventTriggerName, 'eventTriggerName');
  }

  /** The version of the record format, `1.0` (`eventVersion`). */
  get eventVersion(): string {
    return requireString(this, this.raw.eventVersion, 'eventVersion');
  }

  /**
   * The ARN of the IAM user or role that made the change, e.g.
   * `arn:aws:iam::123456789012:user/intern` (`userIdentityARN`).
   */
  get userIdentityArn(): string {
    return requireString(this, this.raw.userIdentityARN, 'userIdentityARN');
  }

  /**
   * Whether the record is a test of the trigger rather than a change (`eventName` is
   * `TriggerEventTest`). A test carries the last commit of the repository, or sample data when
   * the repository has none.
   */
  get isTriggerTest(): boolean {
    return this.eventName === 'TriggerEventTest';
  }

  /**
   * The name of the repository, the last part of its ARN
   * (`arn:<partition>:codecommit:<region>:<account>:<name>`) (`eventSourceARN`).
   *
   * @throws {@link DecodeError} when the ARN has fewer than six colon-separated parts.
   */
  get repositoryName(): string {
    return (this.#repositoryName ??= repositoryNameOf(
      this,
      this.eventSourceArn
    ));
  }
}

/** The repository name in a repository ARN: what follows its fifth colon. */
function repositoryNameOf(record: EventWrapper, arn: string): string {
  let colon = -1;
  for (let part = 0; part < 5; part++) {
    colon = arn.indexOf(':', colon + 1);
    if (colon < 0) break;
  }
  if (colon < 0 || colon === arn.length - 1) {
    throw new DecodeError(
      'CodeCommit repository ARN',
      'expected arn:<partition>:codecommit:<region>:<account>:<repository>',
      locate(record, 'eventSourceARN')
    );
  }
  return arn.slice(colon + 1);
}

/**
 * Wrapper for the event that a CodeCommit repository trigger sends when a push creates,
 * updates or deletes branches or tags, or when the trigger is tested.
 *
 * @example
 * ```ts
 * import { CodeCommitEvent, type RawCodeCommitEvent } from '@evt/codecommit';
 *
 * export const handler = async (raw: RawCodeCommitEvent) => {
 *   const record = new CodeCommitEvent(raw).record;
 *   console.log(record.repositoryName, record.eventTriggerName, record.references.length);
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html
 */
export class CodeCommitEvent extends EventWrapper<RawCodeCommitEvent> {
  static override readonly typeName: string = 'CodeCommitEvent';
  #records?: CodeCommitRecord[];

  /** The records of the event, in order (`Records`). */
  get records(): CodeCommitRecord[] {
    return (this.#records ??= wrapEach(this, 'Records', CodeCommitRecord));
  }

  /**
   * The first record (`Records[0]`); the events AWS documents carry one.
   *
   * @throws {@link MissingFieldError} when the event has no records.
   */
  get record(): CodeCommitRecord {
    return firstOf(this, this.records, 'Records');
  }
}

import { argumentError } from '@evt/core';
import {
  AWSConfigConfigurationChanged,
  AWSConfigOversizedConfiguration,
  type AWSConfigResourceItem,
  AWSConfigRuleEvent,
} from './aws-config-rule-event';

// The request a rule's function sends back to AWS Config (`PutEvaluations`), built without the
// AWS SDK so that any client can send it. Two kinds of mistake, two errors, each naming the
// function and the argument and never echoing a value: the wrong kind of argument (not a
// string, not a Date, a missing option) is a TypeError; a value of the right kind that breaks a
// limit the API documents is a RangeError.

/**
 * The compliance results `PutEvaluations` accepts from a custom rule. AWS Config refuses
 * `INSUFFICIENT_DATA` from a rule's function, so the builders refuse it too.
 */
export type AWSConfigComplianceType =
  | 'COMPLIANT'
  | 'NON_COMPLIANT'
  | 'NOT_APPLICABLE';

/** One evaluation exactly as `PutEvaluations` reads it (the API's `Evaluation`). */
export interface AWSConfigEvaluation {
  /** The type of the evaluated resource, e.g. `AWS::EC2::Instance`; 1 to 256 characters. */
  ComplianceResourceType: string;
  /** The ID of the evaluated resource; 1 to 768 characters. */
  ComplianceResourceId: string;
  /** Whether the resource complies with the rule. */
  ComplianceType: AWSConfigComplianceType;
  /** Why the resource does or does not comply; 1 to 256 characters, absent when not given. */
  Annotation?: string;
  /** When the event that triggered the evaluation happened. */
  OrderingTimestamp: Date;
}

/** The input of `PutEvaluations` exactly as the AWS SDK for JavaScript takes it. */
export interface AWSConfigPutEvaluationsInput {
  /** The evaluations, at most 100. */
  Evaluations: AWSConfigEvaluation[];
  /** The event's `resultToken`, which ties the evaluations to the rule and the event. */
  ResultToken: string;
  /** Whether this is a test run that records nothing; absent when not asked for. */
  TestMode?: boolean;
}

/** What {@link buildEvaluation} takes: one evaluation, with camelCase names. */
export interface AWSConfigEvaluationOptions {
  /** The type of the evaluated resource, e.g. `AWS::EC2::Instance` or `AWS::::Account`; 1 to 256 characters. */
  readonly complianceResourceType: string;
  /** The ID of the evaluated resource, e.g. an instance ID or the account ID; 1 to 768 characters. */
  readonly complianceResourceId: string;
  /** Whether the resource complies: `COMPLIANT`, `NON_COMPLIANT` or `NOT_APPLICABLE`. */
  readonly complianceType: AWSConfigComplianceType;
  /** Why the resource does or does not comply; 1 to 256 characters (see `truncateAnnotation`). */
  readonly annotation?: string | undefined;
  /** When the event that triggered the evaluation happened: a `Date` or an ISO 8601 text. */
  readonly orderingTimestamp: Date | string;
  /**
   * Cut an annotation longer than 256 characters to 255 and an ellipsis (`…`) instead of
   * throwing a `RangeError`. Off by default.
   */
  readonly truncateAnnotation?: boolean | undefined;
}

/**
 * What {@link buildPutEvaluationsInput} takes for each evaluation: the options of
 * {@link buildEvaluation}, where the resource and the time default from the event.
 */
export interface AWSConfigEventEvaluationOptions
  extends Omit<
    AWSConfigEvaluationOptions,
    'complianceResourceType' | 'complianceResourceId' | 'orderingTimestamp'
  > {
  /**
   * The type of the evaluated resource; defaults to the changed resource's `resourceType` for
   * a configuration change (oversized or not). Required for other notifications.
   */
  readonly complianceResourceType?: string | undefined;
  /**
   * The ID of the evaluated resource; defaults to the changed resource's `resourceId` for a
   * configuration change (oversized or not). Required for other notifications.
   */
  readonly complianceResourceId?: string | undefined;
  /**
   * When the event that triggered the evaluation happened; defaults to the configuration
   * item's `configurationItemCaptureTime` for a configuration change and to the
   * notification's `notificationCreationTime` otherwise, as AWS's examples do.
   */
  readonly orderingTimestamp?: Date | string | undefined;
}

/** Options of {@link buildPutEvaluationsInput} and {@link buildPutEvaluationsInputs}. */
export interface AWSConfigPutEvaluationsOptions {
  /** Ask for a test run, which checks the call and records nothing (`TestMode`). */
  readonly testMode?: boolean | undefined;
}

/** The most evaluations one `PutEvaluations` call takes. */
export const MAX_EVALUATIONS_PER_CALL = 100;

const COMPLIANCE_TYPES: readonly string[] = [
  'COMPLIANT',
  'NON_COMPLIANT',
  'NOT_APPLICABLE',
];
const MAX_RESOURCE_TYPE = 256;
const MAX_RESOURCE_ID = 768;
const MAX_ANNOTATION = 256;

type Options = { readonly [name: string]: unknown };

/** The length of `text` in characters (code points), as the API counts them. */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Checks the arguments of one call; `method` names the call in errors. */
class Checker {
  constructor(readonly method: string) {}

  limit(what: string, problem: string): RangeError {
    return new RangeError(`${this.method}: ${what} ${problem}`);
  }

  object(value: unknown, what: string): Options {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Options;
    }
    throw argumentError(this.method, what, 'an object', value);
  }

  /** A string of 1 to `max` characters. */
  text(value: unknown, what: string, max: number): string {
    if (typeof value !== 'string') {
      throw argumentError(this.method, what, 'a string', value);
    }
    const length = characters(value);
    if (length < 1 || length > max) {
      throw this.limit(what, `must be 1 to ${max} characters, got ${length}`);
    }
    return value;
  }

  boolean(value: unknown, what: string): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value;
    throw argumentError(this.method, what, 'a boolean', value);
  }

  /** The annotation, cut to the limit when `truncateAnnotation` asks for it. */
  annotation(options: Options, at: string): string | undefined {
    const truncate = this.boolean(
      options.truncateAnnotation,
      `${at}.truncateAnnotation`
    );
    const value = options.annotation;
    if (value === undefined) return undefined;
    if (
      truncate &&
      typeof value === 'string' &&
      characters(value) > MAX_ANNOTATION
    ) {
      return `${Array.from(value)
        .slice(0, MAX_ANNOTATION - 1)
        .join('')}…`;
    }
    return this.text(value, `${at}.annotation`, MAX_ANNOTATION);
  }

  timestamp(value: unknown, what: string): Date {
    if (typeof value === 'string') {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        throw this.limit(what, 'must be an ISO 8601 date and time');
      }
      return date;
    }
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        throw this.limit(what, 'must be a valid Date, got an invalid one');
      }
      return new Date(value.getTime());
    }
    throw argumentError(
      this.method,
      what,
      'a Date or an ISO 8601 string',
      value
    );
  }

  evaluation(options: Options, at: string): AWSConfigEvaluation {
    const complianceType = options.complianceType;
    if (typeof complianceType !== 'string') {
      throw argumentError(
        this.method,
        `${at}.complianceType`,
        'a string',
        complianceType
      );
    }
    if (!COMPLIANCE_TYPES.includes(complianceType)) {
      throw this.limit(
        `${at}.complianceType`,
        'must be COMPLIANT, NON_COMPLIANT or NOT_APPLICABLE (PutEvaluations refuses INSUFFICIENT_DATA from a rule)'
      );
    }
    const evaluation: AWSConfigEvaluation = {
      ComplianceResourceType: this.text(
        options.complianceResourceType,
        `${at}.complianceResourceType`,
        MAX_RESOURCE_TYPE
      ),
      ComplianceResourceId: this.text(
        options.complianceResourceId,
        `${at}.complianceResourceId`,
        MAX_RESOURCE_ID
      ),
      ComplianceType: complianceType as AWSConfigComplianceType,
      OrderingTimestamp: this.timestamp(
        options.orderingTimestamp,
        `${at}.orderingTimestamp`
      ),
    };
    const annotation = this.annotation(options, at);
    if (annotation !== undefined) evaluation.Annotation = annotation;
    return evaluation;
  }
}

/**
 * Builds one evaluation exactly as `PutEvaluations` reads it, checking the limits the API
 * documents. The result is a fresh object; nothing is sent.
 *
 * @param options The resource, its compliance, the annotation and the time.
 * @returns The evaluation.
 * @throws {TypeError} when `options` or one of its fields has the wrong type or is missing.
 * @throws {RangeError} when a field breaks a limit of the API: a resource type of 1 to 256
 * characters, a resource ID of 1 to 768, an annotation of 1 to 256 (unless
 * `truncateAnnotation`), a compliance type other than `COMPLIANT`, `NON_COMPLIANT` or
 * `NOT_APPLICABLE`, or a time that is not a valid date.
 * @example
 * ```ts
 * import { buildEvaluation } from '@evt/config';
 *
 * const evaluation = buildEvaluation({
 *   complianceResourceType: 'AWS::::Account',
 *   complianceResourceId: '123456789012',
 *   complianceType: 'NON_COMPLIANT',
 *   annotation: 'More than 10 instances are running.',
 *   orderingTimestamp: new Date('2023-04-27T13:26:17.741Z'),
 * });
 * ```
 */
export function buildEvaluation(
  options: AWSConfigEvaluationOptions
): AWSConfigEvaluation {
  const check = new Checker('buildEvaluation');
  return check.evaluation(check.object(options, 'options'), 'options');
}

/** The resource and time an evaluation of this event defaults to. */
function defaultsOf(event: AWSConfigRuleEvent<object, unknown>): Options {
  const invoking = event.invokingEvent;
  let item: AWSConfigResourceItem | undefined;
  if (invoking instanceof AWSConfigConfigurationChanged) {
    item = invoking.configurationItem;
  } else if (invoking instanceof AWSConfigOversizedConfiguration) {
    item = invoking.configurationItemSummary;
  }
  return item
    ? {
        complianceResourceType: item.resourceType,
        complianceResourceId: item.resourceId,
        orderingTimestamp: item.configurationItemCaptureTime,
      }
    : { orderingTimestamp: invoking.notificationCreationTime };
}

/** The evaluations of one call, with the event's defaults filled in. */
function evaluationsOf(
  check: Checker,
  event: unknown,
  evaluations: unknown,
  options: unknown
): {
  evaluations: AWSConfigEvaluation[];
  input: Omit<AWSConfigPutEvaluationsInput, 'Evaluations'>;
} {
  if (!(event instanceof AWSConfigRuleEvent)) {
    throw argumentError(check.method, 'event', 'an AWSConfigRuleEvent', event);
  }
  if (!Array.isArray(evaluations)) {
    throw argumentError(check.method, 'evaluations', 'an array', evaluations);
  }
  const testMode = check.boolean(
    check.object(options, 'options').testMode,
    'options.testMode'
  );
  let defaults: Options | undefined;
  const built = evaluations.map((evaluation, index) => {
    const at = `evaluations[${index}]`;
    const given = check.object(evaluation, at);
    const needs =
      given.complianceResourceType === undefined ||
      given.complianceResourceId === undefined ||
      given.orderingTimestamp === undefined;
    if (needs) defaults ??= defaultsOf(event);
    const filled: Options = { ...given };
    for (const name of [
      'complianceResourceType',
      'complianceResourceId',
      'orderingTimestamp',
    ]) {
      if (filled[name] !== undefined) continue;
      const value = defaults?.[name];
      if (value === undefined) {
        throw new TypeError(
          `${check.method}: ${at}.${name} is required for a ${event.invokingEvent.messageType} event`
        );
      }
      (filled as Record<string, unknown>)[name] = value;
    }
    return check.evaluation(filled, at);
  });
  const input: Omit<AWSConfigPutEvaluationsInput, 'Evaluations'> = {
    ResultToken: event.resultToken,
  };
  if (testMode !== undefined) input.TestMode = testMode;
  return { evaluations: built, input };
}

/**
 * Builds the input of `PutEvaluations` for the evaluations of one event: the evaluations as
 * the API reads them, the event's `resultToken`, and `TestMode` when asked for. Where an
 * evaluation leaves them out, the resource and the time default from the event (see
 * {@link AWSConfigEventEvaluationOptions}). Nothing is sent: pass the result to
 * `PutEvaluationsCommand` of `@aws-sdk/client-config-service`.
 *
 * @param event The event the rule's function received.
 * @param evaluations The evaluations, at most 100 (see {@link buildPutEvaluationsInputs} for
 * more).
 * @param options Whether this is a test run.
 * @returns The input of `PutEvaluations`.
 * @throws {TypeError} when an argument has the wrong type, or an evaluation leaves out a field
 * the event cannot supply.
 * @throws {RangeError} when there are more than 100 evaluations, or an evaluation breaks a
 * limit of the API (see {@link buildEvaluation}).
 * @throws {@link EvtError} when the event itself is malformed.
 * @example
 * ```ts
 * import {
 *   AWSConfigRuleEvent,
 *   buildPutEvaluationsInput,
 *   type RawAWSConfigRuleEvent,
 * } from '@evt/config';
 *
 * export const handler = async (raw: RawAWSConfigRuleEvent) => {
 *   const event = new AWSConfigRuleEvent(raw);
 *   return buildPutEvaluationsInput(event, [
 *     { complianceType: event.eventLeftScope ? 'NOT_APPLICABLE' : 'COMPLIANT' },
 *   ]);
 * };
 * ```
 */
export function buildPutEvaluationsInput(
  event: AWSConfigRuleEvent<object, unknown>,
  evaluations: readonly AWSConfigEventEvaluationOptions[],
  options: AWSConfigPutEvaluationsOptions = {}
): AWSConfigPutEvaluationsInput {
  const check = new Checker('buildPutEvaluationsInput');
  if (
    Array.isArray(evaluations) &&
    evaluations.length > MAX_EVALUATIONS_PER_CALL
  ) {
    throw check.limit(
      'evaluations',
      `must hold at most ${MAX_EVALUATIONS_PER_CALL} items, got ${evaluations.length} (buildPutEvaluationsInputs splits them)`
    );
  }
  const built = evaluationsOf(check, event, evaluations, options);
  return { Evaluations: built.evaluations, ...built.input };
}

/**
 * Builds as many `PutEvaluations` inputs as it takes to send any number of evaluations of
 * one event, at most 100 to each, in order; otherwise as {@link buildPutEvaluationsInput}.
 * No evaluations give no inputs.
 *
 * @param event The event the rule's function received.
 * @param evaluations The evaluations.
 * @param options Whether this is a test run.
 * @returns The inputs, one per call.
 * @throws {TypeError} as {@link buildPutEvaluationsInput} does.
 * @throws {RangeError} when an evaluation breaks a limit of the API.
 * @throws {@link EvtError} when the event itself is malformed.
 */
export function buildPutEvaluationsInputs(
  event: AWSConfigRuleEvent<object, unknown>,
  evaluations: readonly AWSConfigEventEvaluationOptions[],
  options: AWSConfigPutEvaluationsOptions = {}
): AWSConfigPutEvaluationsInput[] {
  const check = new Checker('buildPutEvaluationsInputs');
  const built = evaluationsOf(check, event, evaluations, options);
  const inputs: AWSConfigPutEvaluationsInput[] = [];
  for (
    let start = 0;
    start < built.evaluations.length;
    start += MAX_EVALUATIONS_PER_CALL
  ) {
    inputs.push({
      Evaluations: built.evaluations.slice(
        start,
        start + MAX_EVALUATIONS_PER_CALL
      ),
      ...built.input,
    });
  }
  return inputs;
}

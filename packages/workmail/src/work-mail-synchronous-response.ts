import { argumentError, isObject } from '@evt/core';
import type { WorkMailFlowDirection } from './work-mail-event';

// The answer of a synchronous Run Lambda rule: a list of actions, each for some recipients.
// A wrong argument is the caller's bug, so it is a TypeError naming the argument (its path in
// the call); no message quotes an address or a bounce text it was given.

/** The actions an outbound rule's function may ask for. */
export type WorkMailOutboundActionType = 'BOUNCE' | 'DROP' | 'DEFAULT';

/**
 * The actions a synchronous rule's function may ask for: `BOUNCE` (refuse with a bounce
 * message), `DROP` (discard silently), `DEFAULT` (deliver or send as usual), and, for inbound
 * rules only, `BYPASS_SPAM_CHECK` and `MOVE_TO_JUNK`.
 */
export type WorkMailActionType =
  | WorkMailOutboundActionType
  | 'BYPASS_SPAM_CHECK'
  | 'MOVE_TO_JUNK';

/** One action of the answer, as {@link workMailSynchronousResponse} takes it. */
export interface WorkMailActionInit {
  /** The action to take. */
  readonly type: WorkMailActionType;
  /**
   * The text of the bounce message WorkMail builds (`parameters.bounceMessage`); only with
   * `BOUNCE`, where it is optional.
   */
  readonly bounceMessage?: string | undefined;
  /**
   * The addresses the action applies to, at least one. They may include addresses that are
   * not among the event's recipients: WorkMail adds them as BCC (for inbound mail, only
   * addresses of the organization). Not needed with `allRecipients`.
   */
  readonly recipients?: readonly string[] | undefined;
  /**
   * Whether the action applies to every recipient that no other action of the answer names.
   * Recipients no action covers get the rule's fallback action.
   */
  readonly allRecipients?: boolean | undefined;
}

/** Options of {@link workMailSynchronousResponse}. */
export interface WorkMailSynchronousResponseOptions {
  /**
   * The direction of the event being answered (`event.flowDirection`). With `OUTBOUND`, the
   * inbound-only actions and more than 500 recipients are refused; unchecked when absent.
   */
  readonly flowDirection?: WorkMailFlowDirection | undefined;
}

/** An action and its parameters, exactly as WorkMail reads them. */
export interface WorkMailRuleAction {
  /** The action to take. */
  type: WorkMailActionType;
  /** The parameters of a `BOUNCE` action; absent unless a bounce message is given. */
  parameters?: {
    /** The text of the bounce message. */
    bounceMessage: string;
  };
}

/** One action of the answer and the recipients it applies to, exactly as WorkMail reads it. */
export interface WorkMailResponseAction {
  /** The action and its parameters. */
  action: WorkMailRuleAction;
  /** The addresses the action applies to; absent unless given. */
  recipients?: string[];
  /** Whether the action applies to every recipient no other action names; absent unless given. */
  allRecipients?: boolean;
}

/** The answer of a synchronous Run Lambda rule's function, exactly as WorkMail reads it. */
export interface WorkMailSynchronousResponse {
  /** The actions, each with the recipients it applies to. */
  actions: WorkMailResponseAction[];
}

const BUILDER = 'workMailSynchronousResponse';
const INBOUND_ONLY: readonly string[] = ['BYPASS_SPAM_CHECK', 'MOVE_TO_JUNK'];
const TYPES: readonly string[] = ['BOUNCE', 'DROP', 'DEFAULT', ...INBOUND_ONLY];
/** The most actions WorkMail applies; it gives the rest the fallback action. */
const MAX_ACTIONS = 10;
/** The most recipients an outbound rule's function may name. */
const MAX_OUTBOUND_RECIPIENTS = 500;

function misuse(argument: string, rule: string): TypeError {
  return new TypeError(`${BUILDER}: ${argument} ${rule}`);
}

/** The action part of one answer, checked. */
function ruleAction(
  at: string,
  init: Readonly<Record<string, unknown>>,
  flowDirection: WorkMailFlowDirection | undefined
): WorkMailRuleAction {
  const { type, bounceMessage } = init;
  if (typeof type !== 'string' || !TYPES.includes(type)) {
    throw argumentError(
      BUILDER,
      `${at}.type`,
      `one of ${TYPES.join(', ')}`,
      type
    );
  }
  if (flowDirection === 'OUTBOUND' && INBOUND_ONLY.includes(type)) {
    throw misuse(`${at}.type`, `${type} is an inbound action only`);
  }
  const action: WorkMailRuleAction = { type: type as WorkMailActionType };
  if (bounceMessage === undefined) return action;
  if (type !== 'BOUNCE') {
    throw misuse(`${at}.bounceMessage`, 'is taken by BOUNCE actions only');
  }
  if (typeof bounceMessage !== 'string' || bounceMessage === '') {
    throw argumentError(
      BUILDER,
      `${at}.bounceMessage`,
      'a non-empty string',
      bounceMessage
    );
  }
  action.parameters = { bounceMessage };
  return action;
}

/** A copy of one action's recipients, each checked. */
function recipientList(at: string, value: unknown): string[] {
  const expected = 'a non-empty array of addresses';
  if (!Array.isArray(value)) {
    throw argumentError(BUILDER, `${at}.recipients`, expected, value);
  }
  if (value.length === 0) {
    throw misuse(`${at}.recipients`, `must be ${expected}, got an empty array`);
  }
  return value.map((address, index) => {
    if (typeof address === 'string' && address.includes('@')) return address;
    const argument = `${at}.recipients[${index}]`;
    if (typeof address !== 'string') {
      throw argumentError(BUILDER, argument, 'an email address', address);
    }
    throw misuse(argument, 'must be an email address, got a string without @');
  });
}

/** One answer, checked and built in the documented key order. */
function responseAction(
  at: string,
  init: unknown,
  flowDirection: WorkMailFlowDirection | undefined
): WorkMailResponseAction {
  if (!isObject(init)) {
    throw argumentError(BUILDER, at, 'an object', init);
  }
  const built: WorkMailResponseAction = {
    action: ruleAction(at, init, flowDirection),
  };
  const { recipients, allRecipients } = init;
  if (allRecipients !== undefined && typeof allRecipients !== 'boolean') {
    throw argumentError(
      BUILDER,
      `${at}.allRecipients`,
      'a boolean',
      allRecipients
    );
  }
  if (recipients !== undefined) {
    built.recipients = recipientList(at, recipients);
  } else if (allRecipients !== true) {
    throw misuse(at, 'must name recipients or set allRecipients: true');
  }
  if (allRecipients !== undefined) built.allRecipients = allRecipients;
  return built;
}

/**
 * Builds the answer a synchronous **Run Lambda** email flow rule reads from its function: one
 * entry per action, each with the addresses it applies to or `allRecipients` (every recipient
 * no other action names). WorkMail applies the rule's fallback action to recipients no action
 * covers. The documented rules are checked: a known action type, a bounce message on `BOUNCE`
 * only, recipients or `allRecipients` on every action, at most 10 actions, and, given the
 * event's `flowDirection`, no inbound-only action and at most 500 recipients for outbound mail.
 *
 * @param actions The actions, in order.
 * @param options The direction of the event being answered, to check the direction's rules.
 * @returns The answer, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed or breaks a documented rule, naming it
 * (`actions[1].type`, `actions[0].recipients[2]`, `actions[2].bounceMessage`, ...).
 * @example
 * ```ts
 * import {
 *   type RawWorkMailEvent,
 *   WorkMailEvent,
 *   workMailSynchronousResponse,
 * } from '@evt/workmail';
 *
 * export const handler = async (raw: RawWorkMailEvent) => {
 *   const event = new WorkMailEvent(raw);
 *   const external = event.envelope.recipientAddresses.filter(
 *     (address) => !address.endsWith('@example.com')
 *   );
 *   if (external.length === 0) {
 *     return workMailSynchronousResponse([{ type: 'DEFAULT', allRecipients: true }]);
 *   }
 *   return workMailSynchronousResponse(
 *     [
 *       { type: 'BOUNCE', bounceMessage: 'External mail needs approval.', recipients: external },
 *       { type: 'DEFAULT', allRecipients: true },
 *     ],
 *     { flowDirection: event.flowDirection }
 *   );
 *   // { actions: [
 *   //   { action: { type: 'BOUNCE', parameters: { bounceMessage: 'External mail needs approval.' } },
 *   //     recipients: ['…'] },
 *   //   { action: { type: 'DEFAULT' }, allRecipients: true } ] }
 * };
 * ```
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-schema
 */
export function workMailSynchronousResponse(
  actions: readonly WorkMailActionInit[],
  options: WorkMailSynchronousResponseOptions = {}
): WorkMailSynchronousResponse {
  if (!Array.isArray(actions)) {
    throw argumentError(BUILDER, 'actions', 'an array', actions);
  }
  if (actions.length > MAX_ACTIONS) {
    throw misuse(
      'actions',
      `must hold at most ${MAX_ACTIONS} actions (WorkMail gives the rest the fallback action), got ${actions.length}`
    );
  }
  if (!isObject(options)) {
    throw argumentError(BUILDER, 'options', 'an object', options);
  }
  const { flowDirection } = options;
  if (
    flowDirection !== undefined &&
    flowDirection !== 'INBOUND' &&
    flowDirection !== 'OUTBOUND'
  ) {
    throw argumentError(
      BUILDER,
      'options.flowDirection',
      "'INBOUND' or 'OUTBOUND'",
      flowDirection
    );
  }
  const built = actions.map((init, index) =>
    responseAction(`actions[${index}]`, init, flowDirection)
  );
  if (flowDirection === 'OUTBOUND') {
    const named = built.reduce(
      (total, action) => total + (action.recipients?.length ?? 0),
      0
    );
    if (named > MAX_OUTBOUND_RECIPIENTS) {
      throw misuse(
        'actions',
        `must name at most ${MAX_OUTBOUND_RECIPIENTS} recipients for outbound mail, got ${named}`
      );
    }
  }
  return { actions: built };
}

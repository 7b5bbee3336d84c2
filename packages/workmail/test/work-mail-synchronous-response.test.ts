import { describe, expect, it } from 'vitest';
import {
  type WorkMailActionInit,
  type WorkMailSynchronousResponseOptions,
  workMailSynchronousResponse,
} from '../src/index';

/** Expects the call to throw exactly this TypeError. */
function expectMisuse(
  actions: unknown,
  message: string,
  options?: unknown
): void {
  expect(() =>
    workMailSynchronousResponse(
      actions as readonly WorkMailActionInit[],
      options as WorkMailSynchronousResponseOptions
    )
  ).toThrow(new TypeError(message));
}

describe('workMailSynchronousResponse', () => {
  it("builds the guide's response that removes a recipient", () => {
    const response = workMailSynchronousResponse([
      { type: 'DEFAULT', allRecipients: true },
      { type: 'DROP', recipients: ['drop-recipient@example.com'] },
    ]);

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      actions: [
        {
          action: { type: 'DEFAULT' },
          allRecipients: true,
        },
        {
          action: { type: 'DROP' },
          recipients: ['drop-recipient@example.com'],
        },
      ],
    });
  });

  it("builds the guide's response that bounces with a custom message", () => {
    const response = workMailSynchronousResponse([
      {
        type: 'BOUNCE',
        bounceMessage: 'Email in breach of company policy.',
        allRecipients: true,
      },
    ]);

    expect(response).toStrictEqual({
      actions: [
        {
          action: {
            type: 'BOUNCE',
            parameters: {
              bounceMessage: 'Email in breach of company policy.',
            },
          },
          allRecipients: true,
        },
      ],
    });
  });

  it("builds the guide's response that adds a recipient", () => {
    const response = workMailSynchronousResponse(
      [
        { type: 'DEFAULT', recipients: ['new-recipient@example.com'] },
        { type: 'DEFAULT', allRecipients: true },
      ],
      { flowDirection: 'INBOUND' }
    );

    expect(response).toStrictEqual({
      actions: [
        {
          action: { type: 'DEFAULT' },
          recipients: ['new-recipient@example.com'],
        },
        {
          action: { type: 'DEFAULT' },
          allRecipients: true,
        },
      ],
    });
  });

  it('builds the inbound-only actions, a bounce without a message, and an empty answer', () => {
    expect(
      workMailSynchronousResponse(
        [
          { type: 'BYPASS_SPAM_CHECK', recipients: ['ceo@example.com'] },
          { type: 'MOVE_TO_JUNK', allRecipients: true },
          { type: 'BOUNCE', recipients: ['old@example.com'] },
        ],
        { flowDirection: 'INBOUND' }
      )
    ).toStrictEqual({
      actions: [
        {
          action: { type: 'BYPASS_SPAM_CHECK' },
          recipients: ['ceo@example.com'],
        },
        { action: { type: 'MOVE_TO_JUNK' }, allRecipients: true },
        { action: { type: 'BOUNCE' }, recipients: ['old@example.com'] },
      ],
    });
    expect(workMailSynchronousResponse([])).toStrictEqual({ actions: [] });
  });

  it('keeps allRecipients: false beside recipients, and copies the recipients', () => {
    const recipients = ['a@example.com'];

    const response = workMailSynchronousResponse([
      { type: 'DROP', recipients, allRecipients: false },
    ]);
    recipients.push('b@example.com');

    expect(response).toStrictEqual({
      actions: [
        {
          action: { type: 'DROP' },
          recipients: ['a@example.com'],
          allRecipients: false,
        },
      ],
    });
  });

  it('accepts 10 actions and 500 outbound recipients', () => {
    const addresses = Array.from(
      { length: 50 },
      (_, index) => `user${index}@example.com`
    );
    const actions = Array.from(
      { length: 10 },
      (): WorkMailActionInit => ({ type: 'DEFAULT', recipients: addresses })
    );

    const response = workMailSynchronousResponse(actions, {
      flowDirection: 'OUTBOUND',
    });

    expect(response.actions).toHaveLength(10);
    expect(response.actions[9]?.recipients).toHaveLength(50);
  });

  describe('misuse', () => {
    const builder = 'workMailSynchronousResponse';

    it('throws a TypeError naming actions when it is not an array or too long', () => {
      expectMisuse(
        { type: 'DROP' },
        `${builder}: actions must be an array, got object`
      );
      expectMisuse(
        Array.from({ length: 11 }, () => ({
          type: 'DEFAULT',
          allRecipients: true,
        })),
        `${builder}: actions must hold at most 10 actions (WorkMail gives the rest the fallback action), got 11`
      );
    });

    it('throws a TypeError naming an action that is not an object or has no recipients', () => {
      expectMisuse(
        ['DROP'],
        `${builder}: actions[0] must be an object, got string`
      );
      expectMisuse(
        [{ type: 'DROP' }],
        `${builder}: actions[0] must name recipients or set allRecipients: true`
      );
      expectMisuse(
        [{ type: 'DROP', allRecipients: false }],
        `${builder}: actions[0] must name recipients or set allRecipients: true`
      );
    });

    it('throws a TypeError naming an unknown type', () => {
      expectMisuse(
        [{ type: 'REJECT', allRecipients: true }],
        `${builder}: actions[0].type must be one of BOUNCE, DROP, DEFAULT, BYPASS_SPAM_CHECK, MOVE_TO_JUNK, got string`
      );
      expectMisuse(
        [{ allRecipients: true }],
        `${builder}: actions[0].type must be one of BOUNCE, DROP, DEFAULT, BYPASS_SPAM_CHECK, MOVE_TO_JUNK, got undefined`
      );
    });

    it('throws a TypeError naming a misplaced or empty bounce message', () => {
      expectMisuse(
        [{ type: 'DROP', bounceMessage: 'no', allRecipients: true }],
        `${builder}: actions[0].bounceMessage is taken by BOUNCE actions only`
      );
      expectMisuse(
        [{ type: 'BOUNCE', bounceMessage: '', allRecipients: true }],
        `${builder}: actions[0].bounceMessage must be a non-empty string, got an empty string`
      );
      expectMisuse(
        [{ type: 'BOUNCE', bounceMessage: 7, allRecipients: true }],
        `${builder}: actions[0].bounceMessage must be a non-empty string, got number 7`
      );
    });

    it('throws a TypeError naming malformed recipients', () => {
      expectMisuse(
        [{ type: 'DROP', recipients: [] }],
        `${builder}: actions[0].recipients must be a non-empty array of addresses, got an empty array`
      );
      expectMisuse(
        [{ type: 'DROP', recipients: 'a@example.com' }],
        `${builder}: actions[0].recipients must be a non-empty array of addresses, got string`
      );
      expectMisuse(
        [
          { type: 'DEFAULT', allRecipients: true },
          { type: 'DROP', recipients: ['a@example.com', 'nobody'] },
        ],
        `${builder}: actions[1].recipients[1] must be an email address, got a string without @`
      );
      expectMisuse(
        [{ type: 'DROP', recipients: [null] }],
        `${builder}: actions[0].recipients[0] must be an email address, got null`
      );
      expectMisuse(
        [{ type: 'DROP', allRecipients: 'yes' }],
        `${builder}: actions[0].allRecipients must be a boolean, got string`
      );
    });

    it('throws a TypeError for what outbound mail does not allow', () => {
      expectMisuse(
        [{ type: 'MOVE_TO_JUNK', allRecipients: true }],
        `${builder}: actions[0].type MOVE_TO_JUNK is an inbound action only`,
        { flowDirection: 'OUTBOUND' }
      );
      expectMisuse(
        [
          {
            type: 'DEFAULT',
            recipients: Array.from(
              { length: 501 },
              (_, index) => `user${index}@example.com`
            ),
          },
        ],
        `${builder}: actions must name at most 500 recipients for outbound mail, got 501`,
        { flowDirection: 'OUTBOUND' }
      );
    });

    it('throws a TypeError naming malformed options', () => {
      expectMisuse(
        [],
        `${builder}: options must be an object, got string`,
        'OUTBOUND'
      );
      expectMisuse(
        [],
        `${builder}: options.flowDirection must be 'INBOUND' or 'OUTBOUND', got string`,
        { flowDirection: 'outbound' }
      );
    });
  });
});

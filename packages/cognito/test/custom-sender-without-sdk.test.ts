// `decryptCode` in a function that does not have the optional peer dependency installed: the
// module loader is told to load @aws-crypto/client-node from a package that does not exist, so
// the import fails with a real resolution error (the cause of vitest's mocking error), the way
// it fails where the package is missing.
import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it, vi } from 'vitest';
import {
  CustomEmailSenderTriggerEvent,
  CustomSMSSenderTriggerEvent,
  EvtError,
  type RawCustomEmailSenderTriggerEvent,
  type RawCustomSMSSenderTriggerEvent,
} from '../src/index';

vi.mock(
  '@aws-crypto/client-node',
  () =>
    // @ts-expect-error: a package that is not installed, on purpose
    import('@aws-crypto/client-node-not-installed')
);

describe('decryptCode without @aws-crypto/client-node', () => {
  it('throws EvtError saying which package to install, with the import error as cause', async () => {
    const event = new CustomEmailSenderTriggerEvent(
      loadEvent<RawCustomEmailSenderTriggerEvent>(
        'custom-email-sender-trigger-event'
      )
    );

    const error = await event
      .decryptCode({})
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(EvtError);
    expect((error as EvtError).message).toBe(
      'CustomEmailSenderTriggerEvent.decryptCode needs @aws-crypto/client-node (version 5), an optional peer dependency of @evt/cognito: install it with `npm install @aws-crypto/client-node`'
    );
    expect((error as EvtError).className).toBe('CustomEmailSenderTriggerEvent');
    const cause = (error as EvtError).cause as Error;
    expect(String(cause.cause)).toContain(
      '@aws-crypto/client-node-not-installed'
    );
  });

  it('names the SMS sender event in its message', async () => {
    const event = new CustomSMSSenderTriggerEvent(
      loadEvent<RawCustomSMSSenderTriggerEvent>(
        'custom-sms-sender-trigger-event'
      )
    );

    await expect(event.decryptCode({})).rejects.toThrow(
      /^CustomSMSSenderTriggerEvent\.decryptCode needs @aws-crypto\/client-node/
    );
  });

  it('reads the rest of the event without the package', () => {
    const event = new CustomSMSSenderTriggerEvent(
      loadEvent<RawCustomSMSSenderTriggerEvent>(
        'custom-sms-sender-trigger-event'
      )
    );

    expect(event.request.type).toBe('customSMSSenderRequestV1');
  });
});

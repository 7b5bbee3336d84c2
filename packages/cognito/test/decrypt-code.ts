// The tests of `decryptCode` that the custom email and SMS sender events share: a real AWS
// Encryption SDK round trip with a raw AES keyring (no KMS), on the fixtures' codes and on
// codes encrypted here.

import {
  AlgorithmSuiteIdentifier,
  buildClient,
  CommitmentPolicy,
  RawAesKeyringNode,
  RawAesWrappingSuiteIdentifier,
} from '@aws-crypto/client-node';
import { loadEvent } from '@evt/tooling-config/events';
import { patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  type CustomSenderTriggerEvent,
  DecodeError,
  MissingFieldError,
  type RawCustomEmailSenderTriggerEvent,
} from '../src/index';

function keyringOf(firstByte: number): RawAesKeyringNode {
  return new RawAesKeyringNode({
    keyNamespace: 'evt-tests',
    keyName: 'custom-sender',
    unencryptedMasterKey: new Uint8Array(32).map(
      (_, index) => firstByte + index
    ),
    wrappingSuite:
      RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
  });
}

/** The keyring the fixtures' codes were encrypted with (test/events/README.md). */
export const testKeyring: RawAesKeyringNode = keyringOf(0);

/**
 * Encrypts a code as Amazon Cognito does (an AWS Encryption SDK message, base64-encoded), with
 * the test keyring.
 */
export async function encryptCode(
  code: string,
  options: { committing?: boolean } = {}
): Promise<string> {
  const committing = options.committing ?? true;
  const { encrypt } = buildClient(
    committing
      ? CommitmentPolicy.REQUIRE_ENCRYPT_ALLOW_DECRYPT
      : CommitmentPolicy.FORBID_ENCRYPT_ALLOW_DECRYPT
  );
  const { result } = await encrypt(testKeyring, code, {
    encryptionContext: { userpool_id: 'us-east-1_EXAMPLE' },
    ...(committing
      ? {}
      : {
          suiteId:
            AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384,
        }),
  });
  return Buffer.from(result).toString('base64');
}

type SenderClass = new (
  raw: RawCustomEmailSenderTriggerEvent
) => CustomSenderTriggerEvent<RawCustomEmailSenderTriggerEvent>;

/**
 * Declares the `decryptCode` tests of a custom sender event class.
 *
 * @param Sender The event class.
 * @param fixture The module of its fixtures, e.g. `custom-email-sender-trigger-event`.
 * @param codes The plaintext code of each fixture, by variant (`''` for the base sample).
 */
export function describeDecryptCode(
  Sender: SenderClass,
  fixture: string,
  codes: Readonly<Record<string, string>>
): void {
  const name = (Sender as unknown as { typeName: string }).typeName;
  const load = (variant = '') =>
    new Sender(
      loadEvent<RawCustomEmailSenderTriggerEvent>(
        variant ? `${fixture}.${variant}` : fixture
      )
    );

  describe('decryptCode', () => {
    it.each(Object.entries(codes))(
      'decrypts the code of the %s sample to %s',
      async (variant, code) => {
        await expect(load(variant).decryptCode(testKeyring)).resolves.toBe(
          code
        );
      }
    );

    it('decrypts a code encrypted with key commitment, as Amazon Cognito sends it', async () => {
      const raw = loadEvent<RawCustomEmailSenderTriggerEvent>(fixture, {
        frozen: false,
      });
      raw.request.code = await encryptCode('135790');

      await expect(new Sender(raw).decryptCode(testKeyring)).resolves.toBe(
        '135790'
      );
    });

    it('decrypts a code encrypted without key commitment', async () => {
      const raw = loadEvent<RawCustomEmailSenderTriggerEvent>(fixture, {
        frozen: false,
      });
      raw.request.code = await encryptCode('Tmp#pass-0000', {
        committing: false,
      });

      await expect(new Sender(raw).decryptCode(testKeyring)).resolves.toBe(
        'Tmp#pass-0000'
      );
    });

    it('decrypts again on each call, leaving the event as it is', async () => {
      const event = load();

      const first = await event.decryptCode(testKeyring);

      await expect(event.decryptCode(testKeyring)).resolves.toBe(first);
      expect(event.rawEvent).toEqual(loadEvent(fixture));
    });

    it('throws DecodeError naming the code when the keyring holds another key', async () => {
      const error = await load()
        .decryptCode(keyringOf(1))
        .catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).message).toBe(
        `${name}: request.code is not valid AWS Encryption SDK message: it does not decrypt with the keyring given`
      );
      expect((error as DecodeError).cause).toBeInstanceOf(Error);
    });

    it('throws DecodeError naming the code when it is not base64', async () => {
      const raw = patchEvent<RawCustomEmailSenderTriggerEvent>(
        fixture,
        (event) => {
          event.request.code = 'not base64!';
        }
      );

      await expect(new Sender(raw).decryptCode(testKeyring)).rejects.toThrow(
        DecodeError
      );
      await expect(new Sender(raw).decryptCode(testKeyring)).rejects.toThrow(
        `${name}: request.code is not valid base64`
      );
    });

    it('throws MissingFieldError naming the code when the request has none', async () => {
      const raw = patchEvent<RawCustomEmailSenderTriggerEvent>(
        fixture,
        (event) => {
          event.request.code = null;
        }
      );

      await expect(new Sender(raw).decryptCode(testKeyring)).rejects.toThrow(
        new MissingFieldError({ className: name, path: 'request.code' })
      );
    });

    it('throws TypeError naming the keyring when it is not an object', async () => {
      await expect(
        load().decryptCode('arn:aws:kms:us-east-1:123456789012:key/1' as never)
      ).rejects.toThrow(
        new TypeError(
          `${name}.decryptCode: keyring must be a keyring of @aws-crypto/client-node, got string`
        )
      );
    });

    it('hides the code in the debug view', () => {
      const event = load();

      expect(String(event)).toContain('"code": "[SENSITIVE]"');
      expect(String(event)).not.toContain(event.request.code);
    });
  });
}

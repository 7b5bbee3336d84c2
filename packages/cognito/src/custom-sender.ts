import {
  argumentError,
  DecodeError,
  decodeBase64,
  decodeUtf8,
  type EventWrapper,
  EvtError,
  locate,
  MissingFieldError,
  optionalString,
  requireString,
} from '@evt/core';
import {
  BaseTriggerEvent,
  BaseTriggerEventRequest,
  type RawBaseTriggerEvent,
  type RawBaseTriggerEventRequest,
} from './trigger';

// What the custom email and SMS sender triggers share: the request version, the code (or
// temporary password) that Amazon Cognito encrypts with the AWS Encryption SDK, and its
// decryption through the optional peer dependency @aws-crypto/client-node, loaded only when a
// function calls `decryptCode`.

/** The package that decrypts the codes: an optional peer dependency of this package. */
const ENCRYPTION_SDK = '@aws-crypto/client-node';

/** The request of a custom email or SMS sender trigger event, as AWS documents it. */
export interface RawCustomSenderTriggerEventRequest
  extends RawBaseTriggerEventRequest {
  /** The version of the request: `customEmailSenderRequestV1` or `customSMSSenderRequestV1`. */
  type: string;
  /**
   * The code or temporary password, encrypted with the AWS Encryption SDK and base64-encoded;
   * absent from notifications that carry none.
   */
  code?: string | null | undefined;
}

/** The event Amazon Cognito sends to a custom email or SMS sender trigger, as AWS documents it. */
export interface RawCustomSenderTriggerEvent extends RawBaseTriggerEvent {
  /** The message to send. */
  request: RawCustomSenderTriggerEventRequest;
}

/**
 * The request fields the custom email and SMS sender triggers share: the request version and
 * the encrypted code.
 *
 * @typeParam TRaw The raw request type of the trigger.
 */
export abstract class CustomSenderTriggerEventRequest<
  TRaw extends
    RawCustomSenderTriggerEventRequest = RawCustomSenderTriggerEventRequest,
> extends BaseTriggerEventRequest<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CustomSenderTriggerEventRequest';

  /** The member that holds the encrypted code, hidden in the debug view. */
  static override readonly sensitiveMembers: readonly string[] = ['code'];

  /**
   * The version of the request, `customEmailSenderRequestV1` or `customSMSSenderRequestV1`
   * (`request.type`).
   */
  get type(): string {
    return requireString(sender(this), this.raw.type, 'type');
  }

  /**
   * The code or temporary password to send, encrypted by Amazon Cognito with the AWS
   * Encryption SDK under the user pool's KMS key, base64-encoded (`request.code`). Undefined
   * when the request has none, as in an account takeover notification. Hidden in the debug
   * view; decrypt it with `decryptCode` on the event.
   */
  get code(): string | undefined {
    return optionalString(sender(this), this.raw.code, 'code');
  }
}

// Reads through the base raw type: the subclass's raw type is a type parameter here.
function sender(
  wrapper: EventWrapper
): EventWrapper<RawCustomSenderTriggerEventRequest> {
  return wrapper as EventWrapper<RawCustomSenderTriggerEventRequest>;
}

/** What `decryptCode` uses of `@aws-crypto/client-node`. */
interface EncryptionSdk {
  readonly buildClient: (policy: string) => {
    readonly decrypt: (
      keyring: object,
      ciphertext: Uint8Array
    ) => Promise<{ readonly plaintext: Uint8Array }>;
  };
  readonly CommitmentPolicy: { readonly REQUIRE_ENCRYPT_ALLOW_DECRYPT: string };
}

// The specifier is written out, so that a bundler that finds the package installed bundles it
// with the function; `.catch()` on the import itself makes esbuild leave the import for run
// time when the package is not installed, instead of failing the build of every function
// that imports this module without calling `decryptCode`.
function loadEncryptionSdk(owner: string): Promise<EncryptionSdk> {
  return import('@aws-crypto/client-node').catch((error: unknown) => {
    throw new EvtError(
      `${owner}.decryptCode needs ${ENCRYPTION_SDK} (version 5), an optional peer dependency of @evt/cognito: install it with \`npm install ${ENCRYPTION_SDK}\``,
      { className: owner, cause: error }
    );
  }) as Promise<unknown> as Promise<EncryptionSdk>;
}

/**
 * What the custom email and SMS sender trigger events share: the request with the encrypted
 * code, and its decryption.
 *
 * @typeParam TRaw The raw event type of the trigger.
 */
export abstract class CustomSenderTriggerEvent<
  TRaw extends RawCustomSenderTriggerEvent,
> extends BaseTriggerEvent<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CustomSenderTriggerEvent';

  /** The message to send: the user, the encrypted code, client metadata (`request`). */
  abstract get request(): CustomSenderTriggerEventRequest;

  /**
   * Decrypts the code (or temporary password) of the request (`request.code`) with the AWS
   * Encryption SDK, as Amazon Cognito encrypted it: base64-decodes it and decrypts it with
   * `keyring`, allowing messages encrypted with or without key commitment. Loads the
   * optional peer dependency `@aws-crypto/client-node` (5.x) on the first call; a function
   * that never calls this method does not need it. Each call decrypts again (with a KMS
   * keyring, a call to AWS KMS), so keep the result.
   *
   * @param keyring The keyring of `@aws-crypto/client-node` that holds the user pool's
   * key: a `KmsKeyringNode` with the KMS key the user pool encrypts with (the function's
   * role needs `kms:Decrypt` on it), or another keyring such as `RawAesKeyringNode` in tests.
   * @returns The code in plaintext, to put in the message.
   * @throws {TypeError} when `keyring` is not an object.
   * @throws {@link MissingFieldError} when the request has no code.
   * @throws {@link DecodeError} when the code is not base64, or does not decrypt with the
   * keyring (the cause holds the SDK's error).
   * @throws {@link EvtError} when `@aws-crypto/client-node` is not installed.
   * @example
   * ```ts
   * import { KmsKeyringNode } from '@aws-crypto/client-node';
   * import { CustomEmailSenderTriggerEvent, type RawCustomEmailSenderTriggerEvent } from '@evt/cognito';
   *
   * const keyring = new KmsKeyringNode({ keyIds: [process.env.KEY_ARN ?? ''] });
   *
   * export const handler = async (raw: RawCustomEmailSenderTriggerEvent) => {
   *   const event = new CustomEmailSenderTriggerEvent(raw);
   *   const code = await event.decryptCode(keyring);
   *   // send `code` to event.request.userAttributes.email with your provider
   *   return event.rawEvent;
   * };
   * ```
   */
  async decryptCode(keyring: object): Promise<string> {
    const owner = (this.constructor as typeof BaseTriggerEvent).typeName;
    if (typeof keyring !== 'object' || keyring === null) {
      throw argumentError(
        `${owner}.decryptCode`,
        'keyring',
        `a keyring of ${ENCRYPTION_SDK}`,
        keyring
      );
    }
    const request = this.request;
    const code = request.code;
    if (code === undefined)
      throw new MissingFieldError(locate(request, 'code'));
    const ciphertext = decodeBase64(code, { owner: request, path: 'code' });
    const sdk = await loadEncryptionSdk(owner);
    const { decrypt } = sdk.buildClient(
      sdk.CommitmentPolicy.REQUIRE_ENCRYPT_ALLOW_DECRYPT
    );
    let plaintext: Uint8Array;
    try {
      ({ plaintext } = await decrypt(keyring, ciphertext));
    } catch (error) {
      throw new DecodeError(
        'AWS Encryption SDK message',
        'it does not decrypt with the keyring given',
        { ...locate(request, 'code'), cause: error }
      );
    }
    return decodeUtf8(plaintext, { owner: request, path: 'code' });
  }
}

import {
  EventWrapper,
  optionalString,
  optionalStringOf,
  requireString,
} from '@evt/core';

/**
 * The step of a rotation that an invocation asks for. Secrets Manager invokes the rotation
 * function once per step, in this order: `'createSecret'` (make the new version, staged
 * `AWSPENDING`), `'setSecret'` (put it into the database or service), `'testSecret'` (check
 * that it works there) and `'finishSecret'` (move `AWSCURRENT` to it).
 */
export type SecretsManagerRotationStep =
  | 'createSecret'
  | 'setSecret'
  | 'testSecret'
  | 'finishSecret';

// The documented steps, built once: `optionalStringOf` checks the field against them on every
// read, which must not allocate.
const STEPS: readonly SecretsManagerRotationStep[] =
  /* @__PURE__ */ Object.freeze([
    'createSecret',
    'setSecret',
    'testSecret',
    'finishSecret',
  ] as const);

/** The event AWS Secrets Manager sends to a rotation function, as AWS documents it. */
export interface RawSecretsManagerEvent {
  /** The rotation step the invocation asks for. */
  Step: SecretsManagerRotationStep;
  /** The ARN of the secret being rotated. */
  SecretId: string;
  /** The version ID of the secret's new version, the one the rotation creates. */
  ClientRequestToken: string;
  /**
   * The token that proves to Secrets Manager that a call comes from this rotation; absent from
   * events sent before Secrets Manager added it.
   */
  RotationToken?: string | undefined;
}

/**
 * Wrapper for the event that AWS Secrets Manager sends when it rotates a secret with a Lambda
 * rotation function: one invocation per step of the rotation, each with the same secret and
 * new version.
 *
 * The debug view (`console.log(event)`) hides the members whose names hold `secret` or
 * `token`: `secretId`, `clientRequestToken` and `rotationToken` show as `[SENSITIVE]`. Only
 * `rotationToken` is a credential; the version ID shows as `versionId`.
 *
 * @example
 * ```ts
 * import { type RawSecretsManagerEvent, SecretsManagerEvent } from '@evt/secrets-manager';
 *
 * export const handler = async (raw: RawSecretsManagerEvent) => {
 *   const event = new SecretsManagerEvent(raw);
 *   console.log(`${event.step} for version ${event.versionId}`);
 * };
 * ```
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
export class SecretsManagerEvent extends EventWrapper<RawSecretsManagerEvent> {
  static override readonly typeName: string = 'SecretsManagerEvent';

  /** The ARN of the secret being rotated (`SecretId`). */
  get secretId(): string {
    return requireString(this, this.raw.SecretId, 'SecretId');
  }

  /**
   * The version ID of the secret's new version (`ClientRequestToken`): the version each step
   * works on, staged `AWSPENDING` until `finishSecret` makes it `AWSCURRENT`. An ID, not a
   * credential, although the debug view hides it by its name; {@link SecretsManagerEvent.versionId} reads the same
   * field.
   */
  get clientRequestToken(): string {
    return requireString(
      this,
      this.raw.ClientRequestToken,
      'ClientRequestToken'
    );
  }

  /**
   * The version ID of the secret's new version (`ClientRequestToken`): the same value as
   * {@link SecretsManagerEvent.clientRequestToken}, under the name the Secrets Manager API gives it (`VersionId`).
   */
  get versionId(): string {
    return requireString(
      this,
      this.raw.ClientRequestToken,
      'ClientRequestToken'
    );
  }

  /**
   * The rotation step the invocation asks for (`Step`): `'createSecret'`, `'setSecret'`,
   * `'testSecret'` or `'finishSecret'`.
   *
   * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when it is not one
   * of the four steps AWS documents.
   */
  get step(): SecretsManagerRotationStep {
    return requireString(
      this,
      optionalStringOf(this, this.raw.Step, 'Step', STEPS),
      'Step'
    );
  }

  /**
   * The token that proves to Secrets Manager that a call comes from this rotation
   * (`RotationToken`); a rotation function passes it on as the `RotationToken` parameter of its
   * `PutSecretValue` call. Secrets Manager checks it when the function calls from another
   * account or through an assumed role. Undefined when the event has none. A credential: the
   * debug view hides it, and Secrets Manager keeps it out of CloudTrail.
   */
  get rotationToken(): string | undefined {
    return optionalString(this, this.raw.RotationToken, 'RotationToken');
  }
}

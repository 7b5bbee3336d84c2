import {
  type RawSecretsManagerEvent,
  SecretsManagerEvent,
} from '@evt/secrets-manager';

/** One call a rotation step makes, to Secrets Manager or to the database. */
interface PlannedCall {
  readonly call: string;
  readonly input: Record<string, unknown>;
}

/** What one invocation would do. */
interface RotationPlan {
  readonly step: SecretsManagerEvent['step'];
  readonly versionId: string;
  readonly calls: PlannedCall[];
}

/**
 * The calls each step of a single-user database password rotation makes. Every step works on
 * the version the event names (staged `AWSPENDING` from `createSecret` on), and each must be
 * safe to repeat: Secrets Manager retries a step that fails.
 */
function planFor(event: SecretsManagerEvent): PlannedCall[] {
  const SecretId = event.secretId;
  const pending = {
    SecretId,
    VersionId: event.versionId,
    VersionStage: 'AWSPENDING',
  };
  switch (event.step) {
    case 'createSecret':
      return [
        // Found: an earlier try of this step created the version, and the step stops here.
        { call: 'secretsmanager:GetSecretValue', input: pending },
        {
          call: 'secretsmanager:GetRandomPassword',
          input: { PasswordLength: 32, ExcludeCharacters: '/@"\'\\' },
        },
        {
          call: 'secretsmanager:PutSecretValue',
          input: {
            SecretId,
            ClientRequestToken: event.clientRequestToken,
            SecretString: '<current secret with the new password>',
            VersionStages: ['AWSPENDING'],
            // Passed on as received; never logged or returned.
            ...(event.rotationToken === undefined
              ? {}
              : { RotationToken: '<from the event>' }),
          },
        },
      ];
    case 'setSecret':
      return [
        { call: 'secretsmanager:GetSecretValue', input: pending },
        {
          call: 'database:ALTER USER … PASSWORD',
          input: { password: '<pending password>' },
        },
      ];
    case 'testSecret':
      return [
        { call: 'secretsmanager:GetSecretValue', input: pending },
        {
          call: 'database:connect and SELECT 1',
          input: { password: '<pending password>' },
        },
      ];
    case 'finishSecret':
      return [
        // The version now current, to move the AWSCURRENT label from (none to move if it is
        // already this one: the step ran before).
        { call: 'secretsmanager:DescribeSecret', input: { SecretId } },
        {
          call: 'secretsmanager:UpdateSecretVersionStage',
          input: {
            SecretId,
            VersionStage: 'AWSCURRENT',
            MoveToVersionId: event.versionId,
            RemoveFromVersionId: '<version now staged AWSCURRENT>',
          },
        },
      ];
  }
}

/**
 * A rotation function for a database password, as a step dispatcher. It returns the calls
 * each step would make instead of making them, so the example runs without AWS or a database.
 */
export const handler = async (
  raw: RawSecretsManagerEvent
): Promise<RotationPlan> => {
  const event = new SecretsManagerEvent(raw);
  // The debug view hides the secret's ARN and the tokens; the version ID shows.
  console.info(`rotation ${String(event)}`);
  return {
    step: event.step,
    versionId: event.versionId,
    calls: planFor(event),
  };
};

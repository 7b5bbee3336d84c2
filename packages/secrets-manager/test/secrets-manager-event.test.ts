import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  MissingFieldError,
  type RawSecretsManagerEvent,
  SecretsManagerEvent,
  type SecretsManagerRotationStep,
} from '../src/index';
import { createSecretsManagerEvent } from '../src/testing';

const FIXTURE = 'secrets-manager-event';
const load = (variant?: string): RawSecretsManagerEvent =>
  loadEvent<RawSecretsManagerEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );

const SECRET_ARN =
  'arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseSecret-a1b2c3';
const VERSION_ID = '550e8400-e29b-41d4-a716-446655440000';
const ROTATION_TOKEN = '3f8a2c71-9d4e-4b6a-8e05-7c1d2b9f4a63';

/** Each step's fixture and every member's value in it. */
const STEPS: [
  SecretsManagerRotationStep,
  string | undefined,
  string | undefined,
][] = [
  ['createSecret', undefined, undefined],
  ['setSecret', 'set-secret', ROTATION_TOKEN],
  ['testSecret', 'test-secret', ROTATION_TOKEN],
  ['finishSecret', 'finish-secret', ROTATION_TOKEN],
];

describe('SecretsManagerEvent', () => {
  describe('members', () => {
    it.each(STEPS)(
      'returns every member of the %s sample',
      (step, variant, rotationToken) => {
        const event = new SecretsManagerEvent(load(variant));

        expectGetters(event, {
          secretId: SECRET_ARN,
          clientRequestToken: VERSION_ID,
          versionId: VERSION_ID,
          step,
          rotationToken,
        });
      }
    );

    it('reads versionId and clientRequestToken from the same field', () => {
      const raw = patchEvent<RawSecretsManagerEvent>(FIXTURE, (event) => {
        event.ClientRequestToken = 'version-2';
      });

      const event = new SecretsManagerEvent(raw);

      expect(event.versionId).toBe('version-2');
      expect(event.clientRequestToken).toBe('version-2');
    });

    it('gives the raw event back as JSON', () => {
      const raw = load('finish-secret');

      expect(JSON.parse(JSON.stringify(new SecretsManagerEvent(raw)))).toEqual(
        raw
      );
    });
  });

  describe('debug view', () => {
    it('hides the members named for a secret or a token, and shows the version ID', () => {
      const view = inspect(new SecretsManagerEvent(load('set-secret')));

      expect(view).toContain("secretId: '[SENSITIVE]'");
      expect(view).toContain("clientRequestToken: '[SENSITIVE]'");
      expect(view).toContain("rotationToken: '[SENSITIVE]'");
      expect(view).toContain(`versionId: '${VERSION_ID}'`);
      expect(view).toContain("step: 'setSecret'");
      expect(view).not.toContain(ROTATION_TOKEN);
      expect(view).not.toContain(SECRET_ARN);
    });
  });

  describe('testing factory', () => {
    it.each(STEPS)('builds a fresh copy of the %s sample', (step, variant) => {
      const raw = createSecretsManagerEvent({ step });

      expect(raw).toEqual(load(variant));
      expect(raw).not.toBe(createSecretsManagerEvent({ step }));
    });

    it('builds the createSecret sample by default', () => {
      expect(createSecretsManagerEvent()).toEqual(load());
    });

    it('replaces the fields given', () => {
      const event = new SecretsManagerEvent(
        createSecretsManagerEvent({
          step: 'testSecret',
          secretId:
            'arn:aws:secretsmanager:eu-west-1:111122223333:secret:app-AbCdEf',
          clientRequestToken: 'version-3',
          rotationToken: 'token-3',
        })
      );

      expectGetters(event, {
        secretId:
          'arn:aws:secretsmanager:eu-west-1:111122223333:secret:app-AbCdEf',
        versionId: 'version-3',
        step: 'testSecret',
        rotationToken: 'token-3',
      });
    });

    it('drops the rotation token for null', () => {
      const raw = createSecretsManagerEvent({
        step: 'finishSecret',
        rotationToken: null,
      });

      expect(raw).not.toHaveProperty('RotationToken');
    });

    it('throws TypeError naming step for a step Secrets Manager does not send', () => {
      expect(() =>
        createSecretsManagerEvent({ step: 'create_secret' as 'createSecret' })
      ).toThrow(
        new TypeError(
          `createSecretsManagerEvent: step must be 'createSecret', 'setSecret', 'testSecret' or 'finishSecret', got string`
        )
      );
    });
    it('names the kind of a step that is not a string', () => {
      expect(() =>
        createSecretsManagerEvent({ step: 7 as unknown as 'createSecret' })
      ).toThrow(
        new TypeError(
          `createSecretsManagerEvent: step must be 'createSecret', 'setSecret', 'testSecret' or 'finishSecret', got number 7`
        )
      );
    });
  });

  describe('malformed input', () => {
    it.each([
      ['SecretId', 'secretId'],
      ['ClientRequestToken', 'clientRequestToken'],
      ['ClientRequestToken', 'versionId'],
      ['Step', 'step'],
    ] as const)(
      'throws MissingFieldError naming %s when %s reads it absent',
      (field, getter) => {
        const raw = patchEvent<RawSecretsManagerEvent>(FIXTURE, (event) => {
          delete (event as Partial<RawSecretsManagerEvent>)[field];
        });

        expectEvtError(
          () => new SecretsManagerEvent(raw)[getter],
          MissingFieldError,
          `SecretsManagerEvent: ${field} is missing`
        );
      }
    );

    it('throws FieldTypeError naming the four steps for a step AWS does not document', () => {
      const raw = patchEvent<RawSecretsManagerEvent>(FIXTURE, (event) => {
        (event as { Step: string }).Step = 'create_secret';
      });

      expectEvtError(
        () => new SecretsManagerEvent(raw).step,
        FieldTypeError,
        'SecretsManagerEvent: Step must be createSecret | setSecret | testSecret | finishSecret, got "create_secret"'
      );
    });

    it('throws FieldTypeError naming RotationToken when it is not a string', () => {
      const raw = patchEvent<RawSecretsManagerEvent>(
        'secrets-manager-event.set-secret',
        (event) => {
          (event as unknown as { RotationToken: number }).RotationToken = 1;
        }
      );

      expectEvtError(
        () => new SecretsManagerEvent(raw).rotationToken,
        FieldTypeError,
        'SecretsManagerEvent: RotationToken must be string, got number'
      );
    });
  });
});

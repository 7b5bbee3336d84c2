import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CodePipelineArtifact,
  CodePipelineArtifactCredentials,
  CodePipelineEncryptionKey,
  CodePipelineJobEvent,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawCodePipelineJobEvent,
} from '../src/index';

type Fixture =
  | ''
  | '.encryption-key'
  | '.empty-user-parameters'
  | '.continuation-token';

const load = (variant: Fixture = ''): RawCodePipelineJobEvent =>
  loadEvent<RawCodePipelineJobEvent>(`code-pipeline-job-event${variant}`);

const wrap = (variant: Fixture = '') => new CodePipelineJobEvent(load(variant));

const patch = (
  mutate: (job: RawCodePipelineJobEvent['CodePipeline.job']) => void
) =>
  new CodePipelineJobEvent(
    patchEvent<RawCodePipelineJobEvent>('code-pipeline-job-event', (event) =>
      mutate(event['CodePipeline.job'])
    )
  );

const SESSION_TOKEN_PREFIX =
  'MIICiTCCAfICCQD6m7oRw0uXOjANBgkqhkiG9w0BAQUFADCBiDEL';

describe('CodePipelineJobEvent', () => {
  describe('job members (Lambda Developer Guide example)', () => {
    it('returns the job ID and account ID', () => {
      const event = wrap();

      expect(event.id).toBe('c0d76431-b0e7-xmpl-97e3-e8ee786eb6f6');
      expect(event.accountId).toBe('123456789012');
    });

    it('returns the user parameters as sent and parsed as JSON', () => {
      const event = wrap();

      expect(event.userParameters).toBe('{"KEY": "VALUE"}');
      expect(event.decodedUserParameters).toEqual({ KEY: 'VALUE' });
    });

    it('returns the bucket and the decoded key of the first input artifact', () => {
      const event = wrap();

      expect(event.inputBucketName).toBe('us-west-2-123456789012-my-pipeline');
      expect(event.inputObjectKey).toBe('my-pipeline/test-api-2/TdOSFRV');
    });
  });

  describe('data', () => {
    it('returns the function name and no continuation token or key', () => {
      const data = wrap().data;

      expect(data.actionConfiguration.configuration.functionName).toBe(
        'my-function'
      );
      expect(data.continuationToken).toBeUndefined();
      expect(data.encryptionKey).toBeUndefined();
    });

    it('returns every field of the input and output artifacts', () => {
      const data = wrap().data;
      const [input] = data.inputArtifacts;
      const [output] = data.outputArtifacts;

      expect(data.inputArtifacts).toHaveLength(1);
      expect(input?.name).toBe('my-pipeline-SourceArtifact');
      expect(input?.revision).toBe('e0c7xmpl2308ca3071aa7bab414de234ab52eea');
      expect(input?.location.type).toBe('S3');
      expect(input?.location.s3Location.bucketName).toBe(
        'us-west-2-123456789012-my-pipeline'
      );
      expect(input?.location.s3Location.key).toBe(
        'my-pipeline/test-api-2/TdOSFRV'
      );
      expect(input?.location.s3Location.objectKey).toBe(
        'my-pipeline/test-api-2/TdOSFRV'
      );
      expect(data.outputArtifacts).toHaveLength(1);
      expect(output?.name).toBe('invokeOutput');
      expect(output?.revision).toBeUndefined();
      expect(output?.location.type).toBe('S3');
      expect(output?.location.s3Location.bucketName).toBe(
        'us-west-2-123456789012-my-pipeline'
      );
      expect(output?.location.s3Location.key).toBe(
        'my-pipeline/invokeOutp/D0YHsJn'
      );
    });

    it('returns the artifact credentials with their expiration time', () => {
      const credentials = wrap().data.artifactCredentials;

      expect(credentials.accessKeyId).toBe('AKIAIOSFODNN7EXAMPLE');
      expect(credentials.secretAccessKey).toBe(
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
      );
      expect(credentials.sessionToken).toBe(
        'IQoJb3JpZ2luX2VjEAxmplEXAMPLEsessionTOKEN'
      );
      expect(credentials.expirationTime).toBe(1575493418000);
    });

    it('reads each part once and returns the same wrapper on every read', () => {
      const event = wrap();

      expect(event.data).toBe(event.data);
      expect(event.data.actionConfiguration).toBe(
        event.data.actionConfiguration
      );
      expect(event.data.actionConfiguration.configuration).toBe(
        event.data.actionConfiguration.configuration
      );
      expect(event.data.inputArtifacts).toBe(event.data.inputArtifacts);
      expect(event.data.outputArtifacts).toBe(event.data.outputArtifacts);
      expect(event.data.artifactCredentials).toBe(
        event.data.artifactCredentials
      );
      const [artifact] = event.data.inputArtifacts;
      expect(artifact?.location).toBe(artifact?.location);
      expect(artifact?.location.s3Location).toBe(artifact?.location.s3Location);
    });
  });

  describe('encryption key (User Guide example with an encryption key)', () => {
    it('returns the key ID and type', () => {
      const key = wrap('.encryption-key').data.encryptionKey;

      expect(key).toBeInstanceOf(CodePipelineEncryptionKey);
      expect(key?.id).toBe(
        'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
      );
      expect(key?.type).toBe('KMS');
    });

    it('returns the same key on every read', () => {
      const data = wrap('.encryption-key').data;

      expect(data.encryptionKey).toBe(data.encryptionKey);
    });

    it('returns the job, its parameters and its artifacts', () => {
      const event = wrap('.encryption-key');

      expect(event.id).toBe('11111111-abcd-1111-abcd-111111abcdef');
      expect(event.accountId).toBe('111122223333');
      expect(event.decodedUserParameters).toEqual({
        stage: 'prod',
        notify: ['ops@example.com'],
      });
      expect(
        event.data.inputArtifacts.map((artifact) => artifact.name)
      ).toEqual(['SourceArtifact', 'BuildArtifact']);
      expect(event.inputObjectKey).toBe(
        'MyDemoPipeline/SourceArti/aBcD123.zip'
      );
      expect(event.data.artifactCredentials.expirationTime).toBe(1764710118000);
      expect(event.data.continuationToken).toBeUndefined();
    });
  });

  describe('continuation token (User Guide example)', () => {
    it('returns the continuation token', () => {
      expect(wrap('.continuation-token').data.continuationToken).toBe(
        'deployment-d-A1B2C3D4E-check-2'
      );
    });

    it('returns the text user parameters and no output artifacts', () => {
      const event = wrap('.continuation-token');

      expect(event.userParameters).toBe('some-input-such-as-a-URL');
      expect(event.data.outputArtifacts).toEqual([]);
      expect(event.data.inputArtifacts[0]?.revision).toBeUndefined();
      expect(event.data.artifactCredentials.expirationTime).toBeUndefined();
      expect(event.inputBucketName).toBe('codepipeline-us-east-2-1234567890');
      expect(event.inputObjectKey).toBe('CodePipelineDemoApplication.zip');
    });

    it('throws DecodeError naming UserParameters when they are not JSON', () => {
      const event = wrap('.continuation-token');

      const error = expectEvtError(
        () => event.decodedUserParameters,
        DecodeError,
        `CodePipelineJobEvent: CodePipeline.job.data.actionConfiguration.configuration.UserParameters is not valid JSON: Unexpected token 's'`
      );

      expect(error.path).toBe(
        'CodePipeline.job.data.actionConfiguration.configuration.UserParameters'
      );
    });
  });

  describe('user parameters', () => {
    it('returns undefined, not an error, when the action sets none', () => {
      const event = wrap('.empty-user-parameters');

      expect(event.userParameters).toBeUndefined();
      expect(event.decodedUserParameters).toBeUndefined();
      expect(
        event.data.actionConfiguration.configuration.decodedUserParameters
      ).toBeUndefined();
      expect(event.data.continuationToken).toBeUndefined();
    });

    it('returns undefined for empty user parameters', () => {
      const event = patch((job) => {
        job.data.actionConfiguration.configuration.UserParameters = '';
      });

      expect(event.userParameters).toBe('');
      expect(event.decodedUserParameters).toBeUndefined();
    });

    it('parses once, with the jsonDeserializer option, and returns the same value from the event and its configuration', () => {
      const deserializer = counted(JSON.parse);
      const event = new CodePipelineJobEvent(load(), {
        jsonDeserializer: deserializer,
      });

      const decoded = event.decodedUserParameters;

      expect(event.decodedUserParameters).toBe(decoded);
      expect(
        event.data.actionConfiguration.configuration.decodedUserParameters
      ).toBe(decoded);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('objectKey', () => {
    it('URL-decodes the key as unquote_plus does, keeping the raw key in key', () => {
      const event = patch((job) => {
        const location = job.data.inputArtifacts?.[0]?.location.s3Location;
        if (location) location.objectKey = 'my+app/r%C3%A9sum%C3%A9%2B1.zip';
      });

      expect(event.inputObjectKey).toBe('my app/résumé+1.zip');
      expect(event.data.inputArtifacts[0]?.location.s3Location.key).toBe(
        'my+app/r%C3%A9sum%C3%A9%2B1.zip'
      );
    });

    it('keeps a malformed escape and replaces bytes that are not UTF-8, as unquote_plus does', () => {
      const event = patch((job) => {
        const location = job.data.inputArtifacts?.[0]?.location.s3Location;
        if (location) location.objectKey = '100%/a%ZZ%ff%41';
      });

      expect(event.inputObjectKey).toBe('100%/a%ZZ\uFFFDA');
    });

    it('decodes once', () => {
      const location = wrap().data.inputArtifacts[0]?.location.s3Location;

      expect(location?.objectKey).toBe(location?.objectKey);
    });
  });

  describe('findInputArtifact', () => {
    it('finds an input artifact by name', () => {
      const event = wrap('.encryption-key');

      const artifact = event.findInputArtifact('BuildArtifact');

      expect(artifact).toBeInstanceOf(CodePipelineArtifact);
      expect(artifact?.location.s3Location.key).toBe(
        'MyDemoPipeline/BuildArtif/eFgH456'
      );
      expect(artifact).toBe(event.data.inputArtifacts[1]);
    });

    it('returns undefined for a name the job does not have', () => {
      const event = wrap('.encryption-key');

      expect(event.findInputArtifact('ReleaseArtifact')).toBeUndefined();
    });

    it('throws TypeError when the name is not a string', () => {
      expect(() => wrap().findInputArtifact(7 as unknown as string)).toThrow(
        new TypeError(
          'CodePipelineJobEvent.findInputArtifact: artifactName must be a string, got number 7'
        )
      );
    });
  });

  describe('findOutputArtifact', () => {
    it('finds an output artifact by name', () => {
      const event = wrap('.encryption-key');

      expect(
        event.findOutputArtifact('ReleaseArtifact')?.location.s3Location.key
      ).toBe('MyDemoPipeline/ReleaseAr/iJkL789');
    });

    it('returns undefined for a name the job does not have', () => {
      expect(
        wrap('.continuation-token').findOutputArtifact('x')
      ).toBeUndefined();
    });

    it('throws TypeError when the name is not a string', () => {
      expect(() => wrap().findOutputArtifact(undefined as never)).toThrow(
        new TypeError(
          'CodePipelineJobEvent.findOutputArtifact: artifactName must be a string, got undefined'
        )
      );
    });
  });

  describe('getArtifact and putArtifact arguments', () => {
    it('rejects an empty or non-string filename', async () => {
      const event = wrap();
      const message =
        'CodePipelineJobEvent.getArtifact: filename must be a non-empty string, got';

      await expect(
        event.getArtifact('my-pipeline-SourceArtifact', '')
      ).rejects.toThrow(new TypeError(`${message} an empty string`));
      await expect(
        event.getArtifact('my-pipeline-SourceArtifact', 3 as unknown as string)
      ).rejects.toThrow(new TypeError(`${message} number 3`));
    });

    it('rejects a maxBytes that is not a positive safe integer', async () => {
      await expect(
        wrap().getArtifact('my-pipeline-SourceArtifact', 'a', { maxBytes: 0 })
      ).rejects.toThrow(
        new RangeError(
          'CodePipelineJobEvent.getArtifact: options.maxBytes must be a positive safe integer, got 0'
        )
      );
    });

    it('rejects a content type that is not a string', async () => {
      await expect(
        wrap().putArtifact('invokeOutput', 'x', null as unknown as string)
      ).rejects.toThrow(
        new TypeError(
          'CodePipelineJobEvent.putArtifact: contentType must be a string, got null'
        )
      );
    });
  });

  describe('debug view', () => {
    it('hides the artifact credentials and decodes nothing', () => {
      const event = wrap('.encryption-key');

      const view = JSON.parse(String(event));

      expect(view.id).toBe('11111111-abcd-1111-abcd-111111abcdef');
      expect(view.data.artifactCredentials).toBe('[SENSITIVE]');
      expect(view.decodedUserParameters).toMatch(
        /^\[not decoded: \d+ bytes\]$/
      );
      expect(view.data.encryptionKey).toEqual({
        rawEvent: '[SENSITIVE]',
        id: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        type: 'KMS',
      });
      expect(String(event)).not.toContain('wJalrXUtnFEMI');
      expect(String(event)).not.toContain(SESSION_TOKEN_PREFIX);
      expect(String(event)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    });

    it('hides every member of the credentials when they are shown on their own', () => {
      const credentials = wrap().data.artifactCredentials;

      expect(credentials).toBeInstanceOf(CodePipelineArtifactCredentials);
      expect(JSON.parse(String(credentials))).toEqual({
        rawEvent: '[SENSITIVE]',
        accessKeyId: '[SENSITIVE]',
        secretAccessKey: '[SENSITIVE]',
        sessionToken: '[SENSITIVE]',
        expirationTime: 1575493418000,
      });
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming CodePipeline.job when it is absent', () => {
      expectEvtError(
        () => new CodePipelineJobEvent({} as RawCodePipelineJobEvent).id,
        MissingFieldError,
        'CodePipelineJobEvent: CodePipeline.job is missing'
      );
    });

    it('throws FieldTypeError when CodePipeline.job is not an object', () => {
      expectEvtError(
        () =>
          new CodePipelineJobEvent({
            'CodePipeline.job': 'job',
          } as unknown as RawCodePipelineJobEvent).data,
        FieldTypeError,
        'CodePipelineJobEvent: CodePipeline.job must be object, got string'
      );
    });

    it('throws MissingFieldError naming the path of a missing required field', () => {
      const event = patch((job) => {
        delete (job as Partial<typeof job>).accountId;
        delete (job.data.artifactCredentials as { sessionToken?: string })
          .sessionToken;
      });

      expectEvtError(
        () => event.accountId,
        MissingFieldError,
        'CodePipelineJobEvent: CodePipeline.job.accountId is missing'
      );
      expectEvtError(
        () => event.data.artifactCredentials.sessionToken,
        MissingFieldError,
        'CodePipelineJobEvent: CodePipeline.job.data.artifactCredentials.sessionToken is missing'
      );
    });

    it('throws MissingFieldError naming inputArtifacts[0] when the job has no input artifact', () => {
      const event = patch((job) => {
        job.data.inputArtifacts = [];
      });

      expectEvtError(
        () => event.inputBucketName,
        MissingFieldError,
        'CodePipelineJobEvent: CodePipeline.job.data.inputArtifacts[0] is missing'
      );
      expectEvtError(
        () => event.inputObjectKey,
        MissingFieldError,
        'CodePipelineJobEvent: CodePipeline.job.data.inputArtifacts[0] is missing'
      );
    });

    it('reads absent artifact lists as empty', () => {
      const event = patch((job) => {
        delete job.data.inputArtifacts;
        delete job.data.outputArtifacts;
      });

      expect(event.data.inputArtifacts).toEqual([]);
      expect(event.data.outputArtifacts).toEqual([]);
      expect(
        event.findInputArtifact('my-pipeline-SourceArtifact')
      ).toBeUndefined();
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      const event = patch((job) => {
        (
          job.data.artifactCredentials as unknown as { expirationTime: string }
        ).expirationTime = 'soon';
        (job.data as unknown as { encryptionKey: string }).encryptionKey =
          'KMS';
        (
          job.data.outputArtifacts?.[0] as unknown as { revision: number }
        ).revision = 3;
      });

      expectEvtError(
        () => event.data.artifactCredentials.expirationTime,
        FieldTypeError,
        'CodePipelineJobEvent: CodePipeline.job.data.artifactCredentials.expirationTime must be number, got string'
      );
      expectEvtError(
        () => event.data.encryptionKey,
        FieldTypeError,
        'CodePipelineJobEvent: CodePipeline.job.data.encryptionKey must be object, got string'
      );
      expectEvtError(
        () => event.data.outputArtifacts[0]?.revision,
        FieldTypeError,
        'CodePipelineJobEvent: CodePipeline.job.data.outputArtifacts[0].revision must be string, got number'
      );
    });

    it('throws MissingFieldError naming the location of an artifact without one', () => {
      const event = patch((job) => {
        delete (job.data.inputArtifacts as { location?: unknown }[])[0]
          ?.location;
      });

      expectEvtError(
        () => event.inputBucketName,
        MissingFieldError,
        'CodePipelineJobEvent: CodePipeline.job.data.inputArtifacts[0].location is missing'
      );
    });

    it('does not change the raw event', () => {
      const raw = load('.encryption-key');
      const before = JSON.stringify(raw);
      const event = new CodePipelineJobEvent(raw);

      event.decodedUserParameters;
      event.inputObjectKey;
      event.data.encryptionKey;
      String(event);

      expect(JSON.stringify(raw)).toBe(before);
    });
  });
});

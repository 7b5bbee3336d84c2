// Artifact I/O against a real S3-compatible server (s3rver, started on a free port in a
// temporary directory): what `getArtifact` reads and `putArtifact` writes goes through the
// AWS SDK, signed with the job's credentials, and is checked on the server's side.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArtifactS3Sdk,
  CodePipelineJobEvent,
  DecodeError,
  PayloadTooLargeError,
} from '../src/index';
import { createCodePipelineJobEvent } from '../src/testing';
import { zip } from './zip';

// s3rver's one account: every request must be signed with this key pair.
const ACCESS_KEY = 'S3RVER';
const BUCKET = 'us-west-2-123456789012-my-pipeline';
const INPUT_KEY = 'my-pipeline/test-api-2/TdOSFRV';
const OUTPUT_KEY = 'my-pipeline/invokeOutp/D0YHsJn';
const KMS_KEY =
  'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

let directory: string;
let server: S3rver;
let endpoint: string;
const seen: SeenRequest[] = [];

/** Client settings that point the SDK at the local server. */
const local = (): S3ClientConfig => ({
  endpoint,
  forcePathStyle: true,
  region: 'us-west-2',
});

/** A client of the test's own, to arrange and check objects. */
const admin = (): S3Client =>
  new S3Client({
    ...local(),
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: ACCESS_KEY },
  });

/** The sample job, its credentials those s3rver accepts. */
function job(
  overrides: Parameters<typeof createCodePipelineJobEvent>[0] = {}
): CodePipelineJobEvent {
  return new CodePipelineJobEvent(
    createCodePipelineJobEvent({
      ...overrides,
      event: {
        'CodePipeline.job': {
          data: {
            artifactCredentials: {
              accessKeyId: ACCESS_KEY,
              secretAccessKey: ACCESS_KEY,
            },
          },
        },
      },
    })
  );
}

/** A file of `my-pipeline-SourceArtifact` as `getArtifact` reads it: its text, or the error. */
function readSource(
  filename: string,
  event: CodePipelineJobEvent = job()
): Promise<unknown> {
  return event
    .getArtifact('my-pipeline-SourceArtifact', filename, {
      clientConfig: local(),
    })
    .catch((thrown: unknown) => thrown);
}

/** The output artifact as s3rver stored it. */
function readOutput() {
  return admin().send(
    new GetObjectCommand({ Bucket: BUCKET, Key: OUTPUT_KEY })
  );
}

/** The headers of the last upload s3rver received. */
function lastPutHeaders(): SeenRequest['headers'] | undefined {
  return seen.findLast((request) => request.method === 'PUT')?.headers;
}

async function putInput(body: Uint8Array): Promise<void> {
  await admin().send(
    new PutObjectCommand({ Bucket: BUCKET, Key: INPUT_KEY, Body: body })
  );
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'evt-codepipeline-s3-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  // First in the chain: the headers exactly as the server received them.
  server.middleware.unshift(async (context, next) => {
    seen.push({
      method: context.method,
      path: context.path,
      headers: { ...context.headers },
    });
    await next();
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('CodePipelineJobEvent artifact I/O (s3rver)', () => {
  describe('getArtifact', () => {
    it('downloads the input artifact and reads a file out of the archive', async () => {
      await putInput(
        zip([
          { name: 'README.md', content: '# api' },
          {
            name: 'config/stage.json',
            content: '{"stage":"prod","ünï":"çødé"}',
          },
        ])
      );

      const text = await job().getArtifact(
        'my-pipeline-SourceArtifact',
        'config/stage.json',
        { clientConfig: local() }
      );

      expect(text).toBe('{"stage":"prod","ünï":"çødé"}');
    });

    it('downloads the whole archive when no file is named', async () => {
      const archive = zip([{ name: 'a.txt', content: 'a' }]);
      await putInput(archive);

      const bytes = await job().getArtifact(
        'my-pipeline-SourceArtifact',
        undefined,
        { clientConfig: local() }
      );

      expect(bytes).toEqual(archive);
    });

    it("signs with the job's credentials and session token", async () => {
      await putInput(zip([{ name: 'a.txt', content: 'a' }]));
      const event = job();
      seen.length = 0;

      await event.getArtifact('my-pipeline-SourceArtifact', 'a.txt', {
        clientConfig: local(),
      });

      const [get] = seen;
      expect(get?.method).toBe('GET');
      expect(get?.path).toBe(`/${BUCKET}/${INPUT_KEY}`);
      expect(String(get?.headers.authorization)).toMatch(
        /^AWS4-HMAC-SHA256 Credential=S3RVER\/\d{8}\/us-west-2\/s3\/aws4_request, /
      );
      expect(get?.headers['x-amz-security-token']).toBe(
        event.data.artifactCredentials.sessionToken
      );
    });

    it("is refused by the server when the job's access key is not one it knows", async () => {
      // s3rver checks the access key ID (it does not verify SigV4 signatures).
      const event = new CodePipelineJobEvent(createCodePipelineJobEvent());

      await expect(
        event.getArtifact('my-pipeline-SourceArtifact', 'a.txt', {
          clientConfig: local(),
        })
      ).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    });

    it('takes the Region from AWS_REGION when none is given', async () => {
      await putInput(zip([{ name: 'a.txt', content: 'from env' }]));
      const region = process.env.AWS_REGION;
      process.env.AWS_REGION = 'eu-west-3';
      seen.length = 0;

      try {
        const text = await job().getArtifact(
          'my-pipeline-SourceArtifact',
          'a.txt',
          { clientConfig: { endpoint, forcePathStyle: true } }
        );

        expect(text).toBe('from env');
        expect(String(seen[0]?.headers.authorization)).toContain(
          '/eu-west-3/s3/aws4_request'
        );
      } finally {
        if (region === undefined) delete process.env.AWS_REGION;
        else process.env.AWS_REGION = region;
      }
    });

    it('uses the client it is given', async () => {
      await putInput(zip([{ name: 'a.txt', content: 'given client' }]));

      const text = await job().getArtifact(
        'my-pipeline-SourceArtifact',
        'a.txt',
        {
          client: admin(),
        }
      );

      expect(text).toBe('given client');
    });

    it('gives undefined for an input artifact the job does not have, without calling S3', async () => {
      seen.length = 0;

      const text = await job().getArtifact('not-found', 'foo', {
        clientConfig: local(),
      });

      expect(text).toBeUndefined();
      expect(seen).toEqual([]);
    });

    it('throws DecodeError naming the artifact when the file is not in the archive', async () => {
      await putInput(zip([{ name: 'a.txt', content: 'a' }]));

      const error = await readSource('b.txt');

      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).message).toBe(
        'CodePipelineJobEvent: CodePipeline.job.data.inputArtifacts[0].location.s3Location is not valid ZIP archive: it has no file named "b.txt"'
      );
    });

    it('throws DecodeError when the file is not UTF-8', async () => {
      await putInput(
        zip([{ name: 'bin', content: new Uint8Array([0xff, 0xfe, 0x00]) }])
      );

      const error = await readSource('bin');

      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).path).toBe(
        'CodePipeline.job.data.inputArtifacts[0].location.s3Location'
      );
    });

    it('bounds the file by options.maxBytes, else by the event option maxInflatedBytes', async () => {
      await putInput(zip([{ name: 'big', content: 'x'.repeat(4096) }]));
      const raw = job().rawEvent;

      const byOption = await job()
        .getArtifact('my-pipeline-SourceArtifact', 'big', {
          clientConfig: local(),
          maxBytes: 100,
        })
        .catch((thrown: unknown) => thrown);
      const byEvent = await readSource(
        'big',
        new CodePipelineJobEvent(raw, { maxInflatedBytes: 200 })
      );

      expect(byOption).toBeInstanceOf(PayloadTooLargeError);
      expect((byOption as PayloadTooLargeError).limit).toBe(100);
      expect(byEvent).toBeInstanceOf(PayloadTooLargeError);
      expect((byEvent as PayloadTooLargeError).limit).toBe(200);
    });
  });

  describe('putArtifact', () => {
    it('uploads to the output artifact location with the content type', async () => {
      const archive = zip([{ name: 'out.json', content: '{"ok":true}' }]);
      seen.length = 0;

      await job().putArtifact('invokeOutput', archive, 'application/zip', {
        clientConfig: local(),
      });

      const stored = await readOutput();
      expect(await stored.Body?.transformToByteArray()).toEqual(archive);
      expect(stored.ContentType).toBe('application/zip');
      expect(seen.findLast((request) => request.method === 'PUT')?.path).toBe(
        `/${BUCKET}/${OUTPUT_KEY}`
      );
      const headers = lastPutHeaders();
      expect(headers?.['x-amz-server-side-encryption']).toBeUndefined();
      expect(
        headers?.['x-amz-server-side-encryption-aws-kms-key-id']
      ).toBeUndefined();
      expect(headers?.['x-amz-server-side-encryption-bucket-key-enabled']).toBe(
        'true'
      );
    });

    it("encrypts with the job's KMS key when it has one", async () => {
      seen.length = 0;

      await job({ encryptionKeyId: KMS_KEY }).putArtifact(
        'invokeOutput',
        'plain text',
        'text/plain',
        { clientConfig: local() }
      );

      const stored = await readOutput();
      expect(await stored.Body?.transformToString()).toBe('plain text');
      expect(stored.ContentType).toBe('text/plain');
      const headers = lastPutHeaders();
      expect(headers?.['x-amz-server-side-encryption']).toBe('aws:kms');
      expect(headers?.['x-amz-server-side-encryption-aws-kms-key-id']).toBe(
        KMS_KEY
      );
      expect(headers?.['x-amz-server-side-encryption-bucket-key-enabled']).toBe(
        'true'
      );
    });

    it('passes a key type other than KMS on as it is, as Powertools does', async () => {
      const raw = structuredClone(job({ encryptionKeyId: KMS_KEY }).rawEvent);
      const key = raw['CodePipeline.job'].data.encryptionKey as {
        type: string;
      };
      key.type = 'aws:kms:dsse';
      seen.length = 0;

      await new CodePipelineJobEvent(raw).putArtifact(
        'invokeOutput',
        'x',
        'text/plain',
        {
          clientConfig: local(),
          loadSdk: async () =>
            (await import('@aws-sdk/client-s3')) as unknown as ArtifactS3Sdk,
        }
      );

      const headers = lastPutHeaders();
      expect(headers?.['x-amz-server-side-encryption']).toBe('aws:kms:dsse');
    });

    it('throws TypeError for an output artifact the job does not have', async () => {
      await expect(
        job().putArtifact('missing', 'x', 'text/plain')
      ).rejects.toThrow(
        new TypeError(
          'CodePipelineJobEvent.putArtifact: artifactName "missing" is not an output artifact of the job'
        )
      );
    });
  });
});

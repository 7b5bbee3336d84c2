import { S3Client } from '@aws-sdk/client-s3';
import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import { importS3Sdk, loadS3Sdk } from '../src/artifact-store';
import {
  type ArtifactS3Sdk,
  CodePipelineJobEvent,
  type RawCodePipelineJobEvent,
} from '../src/index';

const load = (name = 'code-pipeline-job-event'): RawCodePipelineJobEvent =>
  loadEvent<RawCodePipelineJobEvent>(name);

const MISSING =
  'CodePipelineJobEvent.getArtifact needs @aws-sdk/client-s3, an optional peer dependency of @evt/codepipeline: install it (npm i @aws-sdk/client-s3) or pass options.loadSdk';

describe('importS3Sdk', () => {
  it('imports @aws-sdk/client-s3', async () => {
    const sdk = await importS3Sdk();

    expect(sdk.S3Client).toBe(S3Client);
  });

  it('takes the exports from default when CommonJS interop names none', async () => {
    const sdk = await importS3Sdk(
      new URL('./fixtures/default-only-sdk.cjs', import.meta.url).href
    );

    expect(sdk.S3Client.name).toBe('S3Client');
    expect(sdk.PutObjectCommand.name).toBe('PutObjectCommand');
  });

  it('fails with the module-not-found code for a package that is not installed', async () => {
    const error = await importS3Sdk('@aws-sdk/client-s3-not-installed').catch(
      (thrown: unknown) => thrown
    );

    expect((error as { code?: string }).code).toBe('ERR_MODULE_NOT_FOUND');
  });
});

describe('loadS3Sdk', () => {
  it('says what to install when the SDK cannot be found', async () => {
    const error = await loadS3Sdk(
      { loadSdk: () => importS3Sdk('@aws-sdk/client-s3-not-installed') },
      'getArtifact'
    ).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(MISSING);
    expect(((error as Error).cause as { code: string }).code).toBe(
      'ERR_MODULE_NOT_FOUND'
    );
  });

  it('says the same for a CommonJS require that cannot find it', async () => {
    const notFound = Object.assign(new Error("Cannot find module 'x'"), {
      code: 'MODULE_NOT_FOUND',
    });

    await expect(
      loadS3Sdk({ loadSdk: () => Promise.reject(notFound) }, 'putArtifact')
    ).rejects.toThrow(
      /^CodePipelineJobEvent\.putArtifact needs @aws-sdk\/client-s3/
    );
  });

  it('passes a thrown null on as it is', async () => {
    await expect(
      loadS3Sdk({ loadSdk: () => Promise.reject(null) }, 'getArtifact')
    ).rejects.toBeNull();
  });

  it('passes any other failure on as it is', async () => {
    const failure = new Error('the SDK failed to initialise');

    await expect(
      loadS3Sdk({ loadSdk: () => Promise.reject(failure) }, 'getArtifact')
    ).rejects.toBe(failure);
  });
});

describe('CodePipelineJobEvent without @aws-sdk/client-s3', () => {
  const absent = () => importS3Sdk('@aws-sdk/client-s3-not-installed');

  it('rejects getArtifact with what to install', async () => {
    const event = new CodePipelineJobEvent(load());

    await expect(
      event.getArtifact('my-pipeline-SourceArtifact', 'a.json', {
        loadSdk: absent,
      })
    ).rejects.toThrow(MISSING);
  });

  it('rejects putArtifact and setupS3Client with what to install', async () => {
    const event = new CodePipelineJobEvent(load());

    await expect(
      event.putArtifact('invokeOutput', 'x', 'text/plain', { loadSdk: absent })
    ).rejects.toThrow(MISSING.replace('getArtifact', 'putArtifact'));
    await expect(event.setupS3Client({ loadSdk: absent })).rejects.toThrow(
      MISSING.replace('getArtifact', 'setupS3Client')
    );
  });

  it('reads the event without loading it', () => {
    const event = new CodePipelineJobEvent(load());

    expect(event.inputBucketName).toBe('us-west-2-123456789012-my-pipeline');
  });
});

describe('setupS3Client', () => {
  it('builds a client without options, the Region then left to the SDK', async () => {
    const client = await new CodePipelineJobEvent(load()).setupS3Client();

    expect(client).toBeInstanceOf(S3Client);
  });

  it("builds an S3Client with the job's credentials and the Region given", async () => {
    const event = new CodePipelineJobEvent(load());

    const client = (await event.setupS3Client({
      region: 'us-west-2',
    })) as S3Client;

    expect(client).toBeInstanceOf(S3Client);
    expect(await client.config.region()).toBe('us-west-2');
    expect(await client.config.credentials()).toMatchObject({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      sessionToken: 'IQoJb3JpZ2luX2VjEAxmplEXAMPLEsessionTOKEN',
      expiration: new Date(1575493418000),
    });
  });

  it('leaves out the expiration when the job does not give one', async () => {
    const event = new CodePipelineJobEvent(
      load('code-pipeline-job-event.encryption-key')
    );
    const raw = structuredClone(event.rawEvent);
    delete raw['CodePipeline.job'].data.artifactCredentials.expirationTime;

    const client = (await new CodePipelineJobEvent(raw).setupS3Client({
      region: 'eu-central-1',
    })) as S3Client;
    const credentials = await client.config.credentials();

    expect(credentials.accessKeyId).toBe('AKIAIOSFODNN7EXAMPLE');
    expect(credentials.expiration).toBeUndefined();
  });

  it('passes clientConfig on, under the job credentials', async () => {
    const constructed: unknown[] = [];
    const sdk = {
      S3Client: class {
        constructor(config: unknown) {
          constructed.push(config);
        }
        async send(): Promise<unknown> {
          return {};
        }
      },
      GetObjectCommand: class {},
      PutObjectCommand: class {},
    } as unknown as ArtifactS3Sdk;

    await new CodePipelineJobEvent(load()).setupS3Client({
      region: 'ap-south-1',
      clientConfig: {
        endpoint: 'http://localhost:4566',
        credentials: { accessKeyId: 'ignored' },
      },
      loadSdk: async () => sdk,
    });

    expect(constructed).toEqual([
      {
        endpoint: 'http://localhost:4566',
        region: 'ap-south-1',
        credentials: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          sessionToken: 'IQoJb3JpZ2luX2VjEAxmplEXAMPLEsessionTOKEN',
          expiration: new Date(1575493418000),
        },
      },
    ]);
  });
});

describe('getArtifact with a client of your own', () => {
  it('reads an object without a body as empty', async () => {
    const sent: object[] = [];
    const client = {
      async send(command: object): Promise<unknown> {
        sent.push(command);
        return {};
      },
    };

    const bytes = await new CodePipelineJobEvent(load()).getArtifact(
      'my-pipeline-SourceArtifact',
      undefined,
      { client }
    );

    expect(bytes).toEqual(new Uint8Array());
    expect(sent).toHaveLength(1);
    expect((sent[0] as { input: unknown }).input).toEqual({
      Bucket: 'us-west-2-123456789012-my-pipeline',
      Key: 'my-pipeline/test-api-2/TdOSFRV',
    });
  });
});

import {
  argumentError,
  child,
  DEFAULT_MAX_INFLATED_BYTES,
  decodePercentEscapes,
  decodeUtf8,
  EventWrapper,
  type FieldPath,
  firstOf,
  oneLine,
  optionalChild,
  optionalNumber,
  optionalString,
  optionOf,
  parseJson,
  positiveSafeInteger,
  requireObject,
  requireString,
  UNSET,
  wrapEachOrEmpty,
} from '@evt/core';
import {
  type ArtifactOptions,
  type ArtifactPutObjectInput,
  type ArtifactS3Client,
  type GetArtifactOptions,
  loadS3Sdk,
  type S3ClientOptions,
} from './artifact-store';
import { readZipEntry } from './zip-entry';

/** Where an artifact is stored in S3. */
export interface RawCodePipelineS3Location {
  /** The name of the pipeline's artifact bucket. */
  bucketName: string;
  /** The artifact's object key in that bucket. */
  objectKey: string;
}

/** Where an artifact is stored. */
export interface RawCodePipelineLocation {
  /** The kind of store, `S3`. */
  type: string;
  /** The artifact's S3 location. */
  s3Location: RawCodePipelineS3Location;
}

/** An input or output artifact of the job. */
export interface RawCodePipelineArtifact {
  /** The artifact's name, as the pipeline's action declares it. */
  name: string;
  /** The revision of the artifact (a commit ID, an S3 version); `null` when it has none. */
  revision?: string | null | undefined;
  /** Where the artifact is stored. */
  location: RawCodePipelineLocation;
}

/** The temporary credentials CodePipeline gives the function to read and write artifacts. */
export interface RawCodePipelineArtifactCredentials {
  /** The access key ID. */
  accessKeyId: string;
  /** The secret access key. */
  secretAccessKey: string;
  /** The session token; `@types/aws-lambda` has it optional, CodePipeline always sends it. */
  sessionToken?: string | undefined;
  /** When the credentials expire, in epoch milliseconds; absent from older samples. */
  expirationTime?: number | undefined;
}

/** The key that encrypts the pipeline's artifacts. */
export interface RawCodePipelineEncryptionKey {
  /** The key's ID, ARN or alias ARN. */
  id: string;
  /** The kind of key, `KMS`. */
  type: string;
}

/** The configuration of the Lambda invoke action. */
export interface RawCodePipelineConfiguration {
  /** The name of the function the action invokes. */
  FunctionName: string;
  /** The action's user parameters: free text, often JSON; absent when none are set. */
  UserParameters?: string | undefined;
}

/** The action's configuration, as the job carries it. */
export interface RawCodePipelineActionConfiguration {
  /** The configuration of the Lambda invoke action. */
  configuration: RawCodePipelineConfiguration;
}

/** The details of the job. */
export interface RawCodePipelineData {
  /** The action's configuration. */
  actionConfiguration: RawCodePipelineActionConfiguration;
  /** The artifacts the action reads (0 to 5). */
  inputArtifacts?: RawCodePipelineArtifact[] | undefined;
  /** The artifacts the action must write (0 to 5). */
  outputArtifacts?: RawCodePipelineArtifact[] | undefined;
  /** The temporary credentials for the artifact bucket. */
  artifactCredentials: RawCodePipelineArtifactCredentials;
  /** The token the function returned with its last result, when the job continues. */
  continuationToken?: string | undefined;
  /** The key that encrypts the artifacts, when the artifact store has one. */
  encryptionKey?: RawCodePipelineEncryptionKey | undefined;
}

/** The job CodePipeline asks the function to do. */
export interface RawCodePipelineJob {
  /** The job's ID. */
  id: string;
  /** The ID of the AWS account that owns the pipeline. */
  accountId: string;
  /** The details of the job. */
  data: RawCodePipelineData;
}

/** The event AWS CodePipeline sends to a Lambda function that a pipeline action invokes. */
export interface RawCodePipelineJobEvent {
  /** The job. */
  'CodePipeline.job': RawCodePipelineJob;
}

// The job's own paths, checked against the raw type.
const JOB = 'CodePipeline.job' satisfies FieldPath<RawCodePipelineJobEvent>;
const DATA =
  'CodePipeline.job.data' satisfies FieldPath<RawCodePipelineJobEvent>;

/** Python's `unquote_plus`: `+` is a space, `%XX` runs are UTF-8 (invalid bytes become U+FFFD). */
function unquotePlus(text: string): string {
  return decodePercentEscapes(text.replaceAll('+', ' '));
}

function requireName(method: string, name: unknown): string {
  if (typeof name !== 'string') {
    throw argumentError(
      `CodePipelineJobEvent.${method}`,
      'artifactName',
      'a string',
      name
    );
  }
  return name;
}

/**
 * Wrapper for the S3 location of an artifact in the event that AWS CodePipeline sends to a
 * Lambda function (`location.s3Location`).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export class CodePipelineS3Location extends EventWrapper<RawCodePipelineS3Location> {
  static override readonly typeName: string = 'CodePipelineS3Location';
  #objectKey?: string;

  /** The name of the pipeline's artifact bucket (`bucketName`). */
  get bucketName(): string {
    return requireString(this, this.raw.bucketName, 'bucketName');
  }

  /** The artifact's object key as CodePipeline sent it, the key to read it with (`objectKey`). */
  get key(): string {
    return requireString(this, this.raw.objectKey, 'objectKey');
  }

  /**
   * The artifact's object key URL-decoded as Python's `unquote_plus` does it: `+` becomes a
   * space and percent-escapes are decoded as UTF-8, a malformed escape kept as it is
   * (`objectKey`).
   */
  get objectKey(): string {
    return (this.#objectKey ??= unquotePlus(this.key));
  }
}

/**
 * Wrapper for where an artifact is stored, in the event that AWS CodePipeline sends to a Lambda
 * function (`location`).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export class CodePipelineLocation extends EventWrapper<RawCodePipelineLocation> {
  static override readonly typeName: string = 'CodePipelineLocation';
  #s3Location?: CodePipelineS3Location;

  /** The kind of artifact store, `S3` (`type`). */
  get type(): string {
    return requireString(this, this.raw.type, 'type');
  }

  /** The bucket and key of the artifact (`s3Location`). */
  get s3Location(): CodePipelineS3Location {
    return (this.#s3Location ??= child(
      this,
      's3Location',
      CodePipelineS3Location
    ));
  }
}

/**
 * Wrapper for one input or output artifact of the job in the event that AWS CodePipeline sends
 * to a Lambda function (`inputArtifacts[n]`, `outputArtifacts[n]`).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export class CodePipelineArtifact extends EventWrapper<RawCodePipelineArtifact> {
  static override readonly typeName: string = 'CodePipelineArtifact';
  #location?: CodePipelineLocation;

  /** The artifact's name, as the action declares it (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * The revision of the artifact, such as a source commit ID (`revision`). Undefined when
   * CodePipeline sends `null` or nothing, as it does for output artifacts.
   */
  get revision(): string | undefined {
    return optionalString(this, this.raw.revision, 'revision');
  }

  /** Where the artifact is stored (`location`). */
  get location(): CodePipelineLocation {
    return (this.#location ??= child(this, 'location', CodePipelineLocation));
  }
}

/**
 * Wrapper for the temporary credentials in the event that AWS CodePipeline sends to a Lambda
 * function, which give access to the pipeline's artifact bucket (`artifactCredentials`). The
 * debug view shows every member of it as `[SENSITIVE]`.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export class CodePipelineArtifactCredentials extends EventWrapper<RawCodePipelineArtifactCredentials> {
  static override readonly typeName: string = 'CodePipelineArtifactCredentials';
  static override readonly sensitiveMembers: readonly string[] = [
    'accessKeyId',
    'secretAccessKey',
    'sessionToken',
  ];

  /** The access key ID of the temporary credentials (`accessKeyId`). */
  get accessKeyId(): string {
    return requireString(this, this.raw.accessKeyId, 'accessKeyId');
  }

  /** The secret access key of the temporary credentials (`secretAccessKey`). */
  get secretAccessKey(): string {
    return requireString(this, this.raw.secretAccessKey, 'secretAccessKey');
  }

  /** The session token of the temporary credentials (`sessionToken`). */
  get sessionToken(): string {
    return requireString(this, this.raw.sessionToken, 'sessionToken');
  }

  /**
   * The time the credentials expire, in milliseconds since the epoch (`expirationTime`).
   * Undefined when the event does not say.
   */
  get expirationTime(): number | undefined {
    return optionalNumber(this, this.raw.expirationTime, 'expirationTime');
  }
}

/**
 * Wrapper for the key that encrypts the pipeline's artifacts, in the event that AWS
 * CodePipeline sends to a Lambda function (`encryptionKey`).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_EncryptionKey.html
 */
export class CodePipelineEncryptionKey extends EventWrapper<RawCodePipelineEncryptionKey> {
  static override readonly typeName: string = 'CodePipelineEncryptionKey';

  /** The key's ID, ARN or alias ARN (`id`). */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /** The kind of key, `KMS` (`type`). */
  get type(): string {
    return requireString(this, this.raw.type, 'type');
  }
}

/**
 * Wrapper for the configuration of the Lambda invoke action, in the event that AWS
 * CodePipeline sends to a Lambda function (`actionConfiguration.configuration`).
 *
 * `TUserParameters` types {@link CodePipelineConfiguration.decodedUserParameters}; it is not
 * checked at runtime.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-Lambda.html
 */
export class CodePipelineConfiguration<
  TUserParameters = unknown,
> extends EventWrapper<RawCodePipelineConfiguration> {
  static override readonly typeName: string = 'CodePipelineConfiguration';
  #decodedUserParameters: TUserParameters | undefined | typeof UNSET = UNSET;

  /** The name of the function the action invokes (`FunctionName`). */
  get functionName(): string {
    return requireString(this, this.raw.FunctionName, 'FunctionName');
  }

  /**
   * The action's user parameters, the free text the pipeline passes to the function
   * (`UserParameters`). Undefined when the action sets none.
   */
  get userParameters(): string | undefined {
    return optionalString(this, this.raw.UserParameters, 'UserParameters');
  }

  /**
   * The action's user parameters parsed as JSON, typed as `TUserParameters`
   * (`UserParameters`). Parsed once, with the `jsonDeserializer` option when one is set;
   * undefined when the action sets none or sets an empty string.
   *
   * @throws {@link DecodeError} when the user parameters are not JSON.
   * @example
   * ```ts
   * import { CodePipelineJobEvent, type RawCodePipelineJobEvent } from '@evt/codepipeline';
   *
   * export const handler = async (raw: RawCodePipelineJobEvent) => {
   *   const event = new CodePipelineJobEvent<{ stage: string }>(raw);
   *   return event.data.actionConfiguration.configuration.decodedUserParameters?.stage;
   * };
   * ```
   */
  get decodedUserParameters(): TUserParameters | undefined {
    if (this.#decodedUserParameters === UNSET) {
      const text = this.userParameters;
      this.#decodedUserParameters = text
        ? parseJson<TUserParameters>(text, {
            owner: this,
            path: 'UserParameters',
          })
        : undefined;
    }
    return this.#decodedUserParameters;
  }
}

/**
 * Wrapper for the action's configuration in the event that AWS CodePipeline sends to a Lambda
 * function (`actionConfiguration`).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export class CodePipelineActionConfiguration<
  TUserParameters = unknown,
> extends EventWrapper<RawCodePipelineActionConfiguration> {
  static override readonly typeName: string = 'CodePipelineActionConfiguration';
  #configuration?: CodePipelineConfiguration<TUserParameters>;

  /** The configuration of the Lambda invoke action (`configuration`). */
  get configuration(): CodePipelineConfiguration<TUserParameters> {
    return (this.#configuration ??= child(
      this,
      'configuration',
      CodePipelineConfiguration<TUserParameters>
    ));
  }
}

/**
 * Wrapper for the details of the job in the event that AWS CodePipeline sends to a Lambda
 * function (`CodePipeline.job.data`).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export class CodePipelineData<
  TUserParameters = unknown,
> extends EventWrapper<RawCodePipelineData> {
  static override readonly typeName: string = 'CodePipelineData';
  #actionConfiguration?: CodePipelineActionConfiguration<TUserParameters>;
  #inputArtifacts?: CodePipelineArtifact[];
  #outputArtifacts?: CodePipelineArtifact[];
  #artifactCredentials?: CodePipelineArtifactCredentials;
  #encryptionKey: CodePipelineEncryptionKey | undefined | typeof UNSET = UNSET;

  /** The action's configuration (`actionConfiguration`). */
  get actionConfiguration(): CodePipelineActionConfiguration<TUserParameters> {
    return (this.#actionConfiguration ??= child(
      this,
      'actionConfiguration',
      CodePipelineActionConfiguration<TUserParameters>
    ));
  }

  /**
   * The artifacts the action reads, in the order the action declares them
   * (`inputArtifacts`). Empty when it reads none.
   */
  get inputArtifacts(): CodePipelineArtifact[] {
    return (this.#inputArtifacts ??= wrapEachOrEmpty(
      this,
      'inputArtifacts',
      CodePipelineArtifact
    ));
  }

  /**
   * The artifacts the action must write, in the order the action declares them
   * (`outputArtifacts`). Empty when it writes none.
   */
  get outputArtifacts(): CodePipelineArtifact[] {
    return (this.#outputArtifacts ??= wrapEachOrEmpty(
      this,
      'outputArtifacts',
      CodePipelineArtifact
    ));
  }

  /** The temporary credentials for the artifact bucket (`artifactCredentials`). */
  get artifactCredentials(): CodePipelineArtifactCredentials {
    return (this.#artifactCredentials ??= child(
      this,
      'artifactCredentials',
      CodePipelineArtifactCredentials
    ));
  }

  /**
   * The token the function returned with its last result (`PutJobSuccessResult`) when it
   * asked CodePipeline to invoke it again for the same job (`continuationToken`). Undefined
   * on the first invocation of a job.
   */
  get continuationToken(): string | undefined {
    return optionalString(
      this,
      this.raw.continuationToken,
      'continuationToken'
    );
  }

  /**
   * The key that encrypts the pipeline's artifacts (`encryptionKey`). Undefined when the
   * artifact store has no key of its own.
   */
  get encryptionKey(): CodePipelineEncryptionKey | undefined {
    if (this.#encryptionKey === UNSET) {
      this.#encryptionKey = optionalChild(
        this,
        'encryptionKey',
        CodePipelineEncryptionKey
      );
    }
    return this.#encryptionKey;
  }
}

/**
 * Wrapper for the event that AWS CodePipeline sends when a pipeline's Lambda invoke action runs
 * a function: the job, its configuration and user parameters, its input and output artifacts
 * in S3, and temporary credentials to read and write them. The function must report the job's
 * result with `PutJobSuccessResult` or `PutJobFailureResult` (see the package's README).
 *
 * `TUserParameters` types {@link CodePipelineJobEvent.decodedUserParameters}; it is not
 * checked at runtime.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 * @example
 * ```ts
 * import { CodePipelineJobEvent, type RawCodePipelineJobEvent } from '@evt/codepipeline';
 *
 * export const handler = async (raw: RawCodePipelineJobEvent) => {
 *   const event = new CodePipelineJobEvent<{ environment: string }>(raw);
 *   return {
 *     jobId: event.id,
 *     environment: event.decodedUserParameters?.environment,
 *     source: event.inputObjectKey,
 *   };
 * };
 * ```
 */
export class CodePipelineJobEvent<
  TUserParameters = unknown,
> extends EventWrapper<RawCodePipelineJobEvent> {
  static override readonly typeName: string = 'CodePipelineJobEvent';
  #data?: CodePipelineData<TUserParameters>;

  /** The job (`CodePipeline.job`), checked to be an object. */
  #job(): RawCodePipelineJob {
    return requireObject(this, this.raw[JOB], JOB);
  }

  /** The job's ID, which `PutJobSuccessResult` and `PutJobFailureResult` take (`CodePipeline.job.id`). */
  get id(): string {
    return requireString(this, this.#job().id, 'CodePipeline.job.id');
  }

  /** The ID of the AWS account that owns the pipeline (`CodePipeline.job.accountId`). */
  get accountId(): string {
    return requireString(
      this,
      this.#job().accountId,
      'CodePipeline.job.accountId'
    );
  }

  /** The details of the job (`CodePipeline.job.data`). */
  get data(): CodePipelineData<TUserParameters> {
    return (this.#data ??= new CodePipelineData<TUserParameters>(
      this.#job().data,
      { parent: this, path: DATA }
    ));
  }

  /**
   * The action's user parameters
   * (`CodePipeline.job.data.actionConfiguration.configuration.UserParameters`). Undefined when
   * the action sets none.
   */
  get userParameters(): string | undefined {
    return this.data.actionConfiguration.configuration.userParameters;
  }

  /**
   * The action's user parameters parsed as JSON, typed as `TUserParameters`
   * (`CodePipeline.job.data.actionConfiguration.configuration.UserParameters`): the same value
   * as the configuration's, parsed once. Undefined when the action sets none or sets an empty
   * string.
   *
   * @throws {@link DecodeError} when the user parameters are not JSON.
   * @example
   * ```ts
   * import { CodePipelineJobEvent, type RawCodePipelineJobEvent } from '@evt/codepipeline';
   *
   * interface Parameters {
   *   stackName: string;
   * }
   *
   * export const handler = async (raw: RawCodePipelineJobEvent) => {
   *   const event = new CodePipelineJobEvent<Parameters>(raw);
   *   return event.decodedUserParameters?.stackName;
   * };
   * ```
   */
  get decodedUserParameters(): TUserParameters | undefined {
    return this.data.actionConfiguration.configuration.decodedUserParameters;
  }

  /**
   * The bucket of the first input artifact
   * (`CodePipeline.job.data.inputArtifacts[0].location.s3Location.bucketName`).
   *
   * @throws {@link MissingFieldError} when the job has no input artifact.
   */
  get inputBucketName(): string {
    const data = this.data;
    return firstOf(data, data.inputArtifacts, 'inputArtifacts').location
      .s3Location.bucketName;
  }

  /**
   * The object key of the first input artifact, URL-decoded
   * (`CodePipeline.job.data.inputArtifacts[0].location.s3Location.objectKey`).
   *
   * @throws {@link MissingFieldError} when the job has no input artifact.
   */
  get inputObjectKey(): string {
    const data = this.data;
    return firstOf(data, data.inputArtifacts, 'inputArtifacts').location
      .s3Location.objectKey;
  }

  /**
   * Finds an input artifact by name.
   *
   * @param artifactName The artifact's name, as the action declares it.
   * @returns The first input artifact of that name, or `undefined`.
   * @throws {TypeError} when `artifactName` is not a string.
   */
  findInputArtifact(artifactName: string): CodePipelineArtifact | undefined {
    const name = requireName('findInputArtifact', artifactName);
    return this.data.inputArtifacts.find((artifact) => artifact.name === name);
  }

  /**
   * Finds an output artifact by name.
   *
   * @param artifactName The artifact's name, as the action declares it.
   * @returns The first output artifact of that name, or `undefined`.
   * @throws {TypeError} when `artifactName` is not a string.
   */
  findOutputArtifact(artifactName: string): CodePipelineArtifact | undefined {
    const name = requireName('findOutputArtifact', artifactName);
    return this.data.outputArtifacts.find((artifact) => artifact.name === name);
  }

  /**
   * Builds an S3 client that signs with the job's temporary artifact credentials
   * (`CodePipeline.job.data.artifactCredentials`), in `options.region`, else the
   * `AWS_REGION` environment variable. Needs the optional peer dependency
   * `@aws-sdk/client-s3`, which every Lambda Node.js runtime has.
   *
   * @param options The Region, more client settings, and how to load the SDK.
   * @returns A new `S3Client`.
   * @throws {Error} when `@aws-sdk/client-s3` cannot be found, saying what to install.
   * @example
   * ```ts
   * import { CodePipelineJobEvent, type RawCodePipelineJobEvent } from '@evt/codepipeline';
   * import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
   *
   * export const handler = async (raw: RawCodePipelineJobEvent) => {
   *   const event = new CodePipelineJobEvent(raw);
   *   const s3 = (await event.setupS3Client()) as S3Client;
   *   await s3.send(new ListObjectsV2Command({ Bucket: event.inputBucketName }));
   * };
   * ```
   */
  // `options` has no default value, so that the method's `length` is 1: code that calls a
  // wrapper's argument-less methods (the robustness walk) must not open S3 connections.
  async setupS3Client(options?: S3ClientOptions): Promise<ArtifactS3Client> {
    const sdk = await loadS3Sdk(options ?? {}, 'setupS3Client');
    const credentials = this.data.artifactCredentials;
    const expirationTime = credentials.expirationTime;
    const region = options?.region ?? process.env.AWS_REGION;
    return new sdk.S3Client({
      ...options?.clientConfig,
      ...(region === undefined ? {} : { region }),
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        sessionToken: credentials.sessionToken,
        ...(expirationTime === undefined
          ? {}
          : { expiration: new Date(expirationTime) }),
      },
    });
  }

  /** The client `options` give, else one built from the job's credentials. */
  async #clientFor(options: ArtifactOptions): Promise<ArtifactS3Client> {
    return options.client ?? this.setupS3Client(options);
  }

  /**
   * Downloads an input artifact from S3 and reads one file out of it (artifacts are ZIP
   * archives), as UTF-8 text.
   *
   * @param artifactName The input artifact's name, as the action declares it.
   * @param filename The path of the file inside the archive, e.g. `template.json`.
   * @param options The S3 client or how to build one, and the most bytes the file may
   * inflate to.
   * @returns The file's text, or `undefined` when the job has no input artifact of that name.
   * @throws {TypeError} when `artifactName` or `filename` is not a string, or `filename` is
   * empty.
   * @throws {@link DecodeError} when the artifact is not a ZIP archive, has no such file, or
   * the file is not UTF-8.
   * @throws {@link PayloadTooLargeError} when the file inflates past `options.maxBytes`.
   * @throws {Error} when `@aws-sdk/client-s3` cannot be found, or what S3 answers.
   * @example
   * ```ts
   * import { CodePipelineJobEvent, type RawCodePipelineJobEvent } from '@evt/codepipeline';
   *
   * export const handler = async (raw: RawCodePipelineJobEvent) => {
   *   const event = new CodePipelineJobEvent(raw);
   *   const template = await event.getArtifact('BuildOutput', 'template.json');
   *   return template === undefined ? undefined : JSON.parse(template);
   * };
   * ```
   */
  getArtifact(
    artifactName: string,
    filename: string,
    options?: GetArtifactOptions
  ): Promise<string | undefined>;
  /**
   * Downloads an input artifact from S3 as it is stored (a ZIP archive).
   *
   * @param artifactName The input artifact's name, as the action declares it.
   * @param filename `undefined`, to get the whole archive.
   * @param options The S3 client or how to build one.
   * @returns The artifact's bytes, or `undefined` when the job has no input artifact of that
   * name.
   * @throws {TypeError} when `artifactName` is not a string.
   * @throws {Error} when `@aws-sdk/client-s3` cannot be found, or what S3 answers.
   */
  getArtifact(
    artifactName: string,
    filename?: undefined,
    options?: GetArtifactOptions
  ): Promise<Uint8Array | undefined>;
  async getArtifact(
    artifactName: string,
    filename?: string,
    options: GetArtifactOptions = {}
  ): Promise<string | Uint8Array | undefined> {
    const artifact = this.findInputArtifact(artifactName);
    if (filename !== undefined && (typeof filename !== 'string' || !filename)) {
      throw argumentError(
        'CodePipelineJobEvent.getArtifact',
        'filename',
        'a non-empty string',
        filename
      );
    }
    const maxBytes =
      options.maxBytes === undefined
        ? (optionOf(this, 'maxInflatedBytes') ?? DEFAULT_MAX_INFLATED_BYTES)
        : positiveSafeInteger(
            options.maxBytes,
            'CodePipelineJobEvent.getArtifact: options.maxBytes'
          );
    if (!artifact) return undefined;
    const location = artifact.location.s3Location;
    const sdk = await loadS3Sdk(options, 'getArtifact');
    const client = await this.#clientFor({
      ...options,
      loadSdk: async () => sdk,
    });
    const response = (await client.send(
      new sdk.GetObjectCommand({
        Bucket: location.bucketName,
        Key: location.key,
      })
    )) as { Body?: { transformToByteArray(): Promise<Uint8Array> } };
    const archive =
      (await response.Body?.transformToByteArray()) ?? new Uint8Array();
    if (filename === undefined) return archive;
    const where = { owner: artifact, path: 'location.s3Location' };
    const file = await readZipEntry(archive, filename, { ...where, maxBytes });
    return decodeUtf8(file, where);
  }

  /**
   * Uploads content to an output artifact's S3 location. When the job has an encryption key,
   * the object is encrypted with it (`ServerSideEncryption: 'aws:kms'` and `SSEKMSKeyId`); an
   * S3 Bucket Key is asked for in every case, as Powertools does.
   *
   * @param artifactName The output artifact's name, as the action declares it.
   * @param body The content; CodePipeline expects output artifacts to be ZIP archives.
   * @param contentType The content's media type, e.g. `application/zip`.
   * @param options The S3 client or how to build one.
   * @returns Nothing, once S3 has stored the object.
   * @throws {TypeError} when `artifactName` names no output artifact of the job, or
   * `contentType` is not a string.
   * @throws {Error} when `@aws-sdk/client-s3` cannot be found, or what S3 answers.
   * @example
   * ```ts
   * import { CodePipelineJobEvent, type RawCodePipelineJobEvent } from '@evt/codepipeline';
   *
   * declare const archive: Uint8Array; // a ZIP archive built by the function
   *
   * export const handler = async (raw: RawCodePipelineJobEvent) => {
   *   const event = new CodePipelineJobEvent(raw);
   *   await event.putArtifact('BuildOutput', archive, 'application/zip');
   * };
   * ```
   */
  async putArtifact(
    artifactName: string,
    body: string | Uint8Array,
    contentType: string,
    options: ArtifactOptions = {}
  ): Promise<void> {
    const artifact = this.findOutputArtifact(artifactName);
    if (!artifact) {
      throw new TypeError(
        `CodePipelineJobEvent.putArtifact: artifactName "${oneLine(artifactName, 200)}" is not an output artifact of the job`
      );
    }
    if (typeof contentType !== 'string') {
      throw argumentError(
        'CodePipelineJobEvent.putArtifact',
        'contentType',
        'a string',
        contentType
      );
    }
    const location = artifact.location.s3Location;
    const key = this.data.encryptionKey;
    const input: ArtifactPutObjectInput = {
      Bucket: location.bucketName,
      Key: location.key,
      Body: body,
      ContentType: contentType,
      BucketKeyEnabled: true,
    };
    if (key) {
      const type = key.type;
      input.ServerSideEncryption = (
        type === 'KMS' ? 'aws:kms' : type
      ) as NonNullable<ArtifactPutObjectInput['ServerSideEncryption']>;
      input.SSEKMSKeyId = key.id;
    }
    const sdk = await loadS3Sdk(options, 'putArtifact');
    const client = await this.#clientFor({
      ...options,
      loadSdk: async () => sdk,
    });
    await client.send(new sdk.PutObjectCommand(input));
  }
}

// The S3 side of artifact I/O. `@aws-sdk/client-s3` is an optional peer dependency: it is
// imported when a handler first reads or writes an artifact, through a specifier bundlers do
// not follow, so that a handler that never touches artifacts neither bundles nor loads it (the
// Lambda Node.js runtimes ship it). Its types are described here by the little evt uses, so
// that the package's declarations compile without it.

/**
 * The part of an S3 client that artifact I/O uses: `send`, as `S3Client` of
 * `@aws-sdk/client-s3` has it.
 */
export interface ArtifactS3Client {
  /**
   * Sends a command (here `GetObjectCommand` or `PutObjectCommand`) and resolves to its output.
   *
   * @param command The command.
   * @returns The command's output.
   */
  send(command: object): Promise<unknown>;
}

/** The settings evt gives the `S3Client` it builds: the job's credentials and a Region. */
export interface ArtifactS3ClientConfig {
  /** The Region of the artifact bucket. */
  region?: string;
  /** The job's temporary artifact credentials. */
  credentials: {
    /** The access key ID (`artifactCredentials.accessKeyId`). */
    accessKeyId: string;
    /** The secret access key (`artifactCredentials.secretAccessKey`). */
    secretAccessKey: string;
    /** The session token (`artifactCredentials.sessionToken`). */
    sessionToken: string;
    /** When the credentials expire (`artifactCredentials.expirationTime`), when known. */
    expiration?: Date;
  };
}

/** What `GetObjectCommand` is given to read an input artifact. */
export interface ArtifactGetObjectInput {
  /** The artifact bucket. */
  Bucket: string;
  /** The artifact's object key. */
  Key: string;
}

/** What `PutObjectCommand` is given to write an output artifact. */
export interface ArtifactPutObjectInput {
  /** The artifact bucket. */
  Bucket: string;
  /** The artifact's object key. */
  Key: string;
  /** The content to write. */
  Body: string | Uint8Array;
  /** The content's media type. */
  ContentType: string;
  /** Always `true`, as Powertools sends it: an S3 Bucket Key is used where KMS encrypts. */
  BucketKeyEnabled: boolean;
  /**
   * `aws:kms` when the job has a KMS encryption key (a key of another type is passed on as
   * CodePipeline names it, as Powertools does).
   */
  ServerSideEncryption?: 'AES256' | 'aws:kms' | 'aws:kms:dsse';
  /** The job's encryption key ID, when it has one. */
  SSEKMSKeyId?: string;
}

/** The class of the S3 client: `S3Client` of `@aws-sdk/client-s3`. */
export type ArtifactS3ClientClass = new (
  config: ArtifactS3ClientConfig
) => ArtifactS3Client;

/**
 * The class of a command of `@aws-sdk/client-s3` that takes `TInput`.
 *
 * @typeParam TInput What the command is built from.
 */
export type ArtifactS3CommandClass<TInput> = new (input: TInput) => object;

/**
 * The exports of `@aws-sdk/client-s3` that artifact I/O uses. The module itself fits this
 * type (`import * as s3 from '@aws-sdk/client-s3'`).
 */
export interface ArtifactS3Sdk {
  /** The S3 client class. */
  S3Client: ArtifactS3ClientClass;
  /** The command that reads an object. */
  GetObjectCommand: ArtifactS3CommandClass<ArtifactGetObjectInput>;
  /** The command that writes an object. */
  PutObjectCommand: ArtifactS3CommandClass<ArtifactPutObjectInput>;
}

/** How artifact I/O gets an S3 client: the one given, or one built from the job's credentials. */
export interface S3ClientOptions {
  /**
   * The Region of the artifact bucket, for the client built from the job's credentials.
   * Defaults to the `AWS_REGION` environment variable, which Lambda sets.
   */
  readonly region?: string | undefined;
  /**
   * More settings for the client built from the job's credentials (an `endpoint`,
   * `forcePathStyle`, a `requestHandler`, …); the job's credentials and `region` win over
   * what it holds.
   */
  readonly clientConfig?: object | undefined;
  /**
   * Loads `@aws-sdk/client-s3`. Defaults to a dynamic import that bundlers leave alone, so
   * the SDK comes from the runtime (every Lambda Node.js runtime has it). To bundle your own
   * copy instead, pass `() => import('@aws-sdk/client-s3')`.
   */
  readonly loadSdk?: (() => Promise<ArtifactS3Sdk>) | undefined;
}

/** Options of `getArtifact` and `putArtifact`. */
export interface ArtifactOptions extends S3ClientOptions {
  /**
   * The S3 client to use instead of one built from the job's credentials (`region` and
   * `clientConfig` are then not used). It must be an `S3Client` of `@aws-sdk/client-s3`.
   */
  readonly client?: ArtifactS3Client | undefined;
}

/** Options of `getArtifact`. */
export interface GetArtifactOptions extends ArtifactOptions {
  /**
   * The most bytes the file read out of the artifact may inflate to, a positive safe integer.
   * Defaults to the event's `maxInflatedBytes` option, else 64 MiB.
   */
  readonly maxBytes?: number | undefined;
}

/** The package that holds the S3 client. */
const SDK = '@aws-sdk/client-s3';

/**
 * Imports `@aws-sdk/client-s3`, or the module `specifier` names, at run time, through an
 * expression bundlers do not resolve.
 *
 * @param specifier The module to import.
 * @returns The module's exports.
 * @internal
 */
export async function importS3Sdk(
  specifier: string = SDK
): Promise<ArtifactS3Sdk> {
  const loaded = (await import(
    /* webpackIgnore: true */ /* @vite-ignore */ specifier
  )) as ArtifactS3Sdk & { default?: ArtifactS3Sdk };
  // CommonJS loaded through `import()` may put its exports under `default` only.
  return loaded.S3Client === undefined
    ? (loaded.default as ArtifactS3Sdk)
    : loaded;
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/**
 * Loads the SDK with `options.loadSdk`, else {@link importS3Sdk}; a module that cannot be
 * found becomes an error saying what to install.
 *
 * @param options The caller's options.
 * @param method The method that needs the SDK, for the error.
 * @returns The SDK's exports.
 * @throws {Error} when `@aws-sdk/client-s3` is not installed.
 * @internal
 */
export async function loadS3Sdk(
  options: S3ClientOptions,
  method: string
): Promise<ArtifactS3Sdk> {
  try {
    return await (options.loadSdk ?? importS3Sdk)();
  } catch (error) {
    if (!isModuleNotFound(error)) throw error;
    throw new Error(
      `CodePipelineJobEvent.${method} needs ${SDK}, an optional peer dependency of @evt/codepipeline: install it (npm i ${SDK}) or pass options.loadSdk`,
      { cause: error }
    );
  }
}

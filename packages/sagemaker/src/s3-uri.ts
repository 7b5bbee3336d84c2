import {
  argumentError,
  DecodeError,
  type EventWrapper,
  locate,
} from '@evt/core';

/** The bucket and the key of an object an `s3://` URI names. */
export interface S3ObjectLocation {
  /** The name of the bucket. */
  readonly bucket: string;
  /** The key of the object, as the URI gives it (Ground Truth does not percent-encode it). */
  readonly key: string;
}

const SCHEME = 's3://';

/** The bucket and key of `s3://<bucket>/<key>`, or undefined when `uri` is not of that form. */
function split(uri: string): S3ObjectLocation | undefined {
  if (!uri.startsWith(SCHEME)) return undefined;
  const slash = uri.indexOf('/', SCHEME.length);
  if (slash <= SCHEME.length || slash === uri.length - 1) return undefined;
  return { bucket: uri.slice(SCHEME.length, slash), key: uri.slice(slash + 1) };
}

/**
 * Splits an `s3://<bucket>/<key>` URI, such as the `payload.s3Uri` of a Ground Truth
 * annotation consolidation event, into the bucket and the key an S3 client's `GetObject`
 * takes. Only the text is read: nothing is fetched.
 *
 * @param uri The URI, e.g. `s3://amzn-s3-demo-bucket/consolidation/batch-0001.json`.
 * @returns The bucket and the key.
 * @throws {TypeError} when `uri` is not a string, or not an `s3://` URI with a bucket and a
 * key.
 * @example
 * ```ts
 * import { parseS3Uri } from '@evt/sagemaker';
 *
 * parseS3Uri('s3://amzn-s3-demo-bucket/annotations/consolidated/1.json');
 * // { bucket: 'amzn-s3-demo-bucket', key: 'annotations/consolidated/1.json' }
 * ```
 */
export function parseS3Uri(uri: string): S3ObjectLocation {
  if (typeof uri !== 'string') {
    throw argumentError('parseS3Uri', 'uri', 'a string', uri);
  }
  const location = split(uri);
  if (location) return location;
  throw new TypeError('parseS3Uri: uri must have the form s3://<bucket>/<key>');
}

/**
 * Splits the `s3://` URI an event carries at `path`, for the events' `bucket` and `key`.
 *
 * @param owner The wrapper the field belongs to.
 * @param uri The URI.
 * @param path The field's path inside the owner's raw value.
 * @returns The bucket and the key.
 * @throws {@link DecodeError} naming the field when the URI is not of the form
 * `s3://<bucket>/<key>`.
 */
export function eventS3Location(
  owner: EventWrapper,
  uri: string,
  path: string
): S3ObjectLocation {
  const location = split(uri);
  if (location) return location;
  throw new DecodeError(
    'S3 URI',
    'expected s3://<bucket>/<key>',
    locate(owner, path)
  );
}

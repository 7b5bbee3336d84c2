import { argumentError } from './argument-error';

// The AWS partitions: the ID an ARN spells after `arn:`, the prefix of the partition's region
// names, and the DNS suffix of its service endpoints. From the AWS SDKs' partition data
// (regionRegex and dnsSuffix); the standard partition comes last, as the fallback.
type Partition = readonly [id: string, regionPrefix: string, dnsSuffix: string];

const PARTITIONS: readonly Partition[] = [
  ['aws-cn', 'cn-', 'amazonaws.com.cn'],
  ['aws-us-gov', 'us-gov-', 'amazonaws.com'],
  ['aws-iso', 'us-iso-', 'c2s.ic.gov'],
  ['aws-iso-b', 'us-isob-', 'sc2s.sgov.gov'],
  ['aws-iso-e', 'eu-isoe-', 'cloud.adc-e.uk'],
  ['aws-iso-f', 'us-isof-', 'csp.hci.ic.gov'],
  ['aws-eusc', 'eusc-', 'amazonaws.eu'],
  ['aws', '', 'amazonaws.com'],
];

/**
 * The partition whose Region names `region` starts with; the last one's empty prefix matches
 * any. A `region` that is not a string is the caller's bug: a `TypeError` naming `method`.
 */
function partitionOfRegion(method: string, region: string): Partition {
  if (typeof region !== 'string') {
    throw argumentError(method, 'region', 'a string', region);
  }
  return PARTITIONS.find(([, regionPrefix]) =>
    region.startsWith(regionPrefix)
  ) as Partition;
}

/**
 * Returns the partition a Region belongs to, as ARNs spell it: `aws-cn` for `cn-north-1`,
 * `aws-us-gov` for `us-gov-west-1`, `aws-iso` for `us-iso-east-1`, `aws-iso-b` for
 * `us-isob-east-1`, `aws-iso-e`, `aws-iso-f`, `aws-eusc`, and `aws` for every other Region.
 *
 * @param region The Region code, e.g. `cn-northwest-1`.
 * @returns The partition ID.
 * @throws {TypeError} when `region` is not a string.
 * @example
 * ```ts
 * import { partitionOf } from '@evt/core';
 *
 * partitionOf('cn-north-1'); // 'aws-cn'
 * `arn:${partitionOf('us-gov-west-1')}:s3:::my-bucket`; // 'arn:aws-us-gov:s3:::my-bucket'
 * ```
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export function partitionOf(region: string): string {
  return partitionOfRegion('partitionOf', region)[0];
}

/**
 * Returns the DNS suffix of a partition's service endpoints: `amazonaws.com` for `aws` and
 * `aws-us-gov`, `amazonaws.com.cn` for `aws-cn`, `c2s.ic.gov` for `aws-iso`,
 * `sc2s.sgov.gov` for `aws-iso-b`, `cloud.adc-e.uk` for `aws-iso-e`, `csp.hci.ic.gov` for
 * `aws-iso-f` and `amazonaws.eu` for `aws-eusc`. A partition evt does not know falls back to
 * the suffix of `region`'s partition.
 *
 * @param partition The partition ID, as an ARN spells it.
 * @param region The Region, used when the partition is not one evt knows.
 * @returns The DNS suffix, without a leading dot.
 * @throws {TypeError} when the partition is not one evt knows and `region` is not a string.
 * @example
 * ```ts
 * import { dnsSuffixOf } from '@evt/core';
 *
 * `https://sqs.cn-north-1.${dnsSuffixOf('aws-cn', 'cn-north-1')}`;
 * // 'https://sqs.cn-north-1.amazonaws.com.cn'
 * ```
 * @see https://docs.aws.amazon.com/general/latest/gr/rande.html
 */
export function dnsSuffixOf(partition: string, region: string): string {
  return (PARTITIONS.find(([id]) => id === partition) ??
    partitionOfRegion('dnsSuffixOf', region))[2];
}

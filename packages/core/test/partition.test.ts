import { thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import { dnsSuffixOf, partitionOf } from '../src/index';

// Every partition of the AWS SDKs' partition data: its ID, a Region of it, its DNS suffix.
const PARTITIONS = [
  ['aws', 'us-east-2', 'amazonaws.com'],
  ['aws', 'eu-west-1', 'amazonaws.com'],
  ['aws', 'il-central-1', 'amazonaws.com'],
  ['aws-cn', 'cn-north-1', 'amazonaws.com.cn'],
  ['aws-cn', 'cn-northwest-1', 'amazonaws.com.cn'],
  ['aws-us-gov', 'us-gov-west-1', 'amazonaws.com'],
  ['aws-iso', 'us-iso-east-1', 'c2s.ic.gov'],
  ['aws-iso-b', 'us-isob-east-1', 'sc2s.sgov.gov'],
  ['aws-iso-e', 'eu-isoe-west-1', 'cloud.adc-e.uk'],
  ['aws-iso-f', 'us-isof-south-1', 'csp.hci.ic.gov'],
  ['aws-eusc', 'eusc-de-east-1', 'amazonaws.eu'],
] as const;

describe('partitionOf', () => {
  it.each(PARTITIONS)('returns %s for %s', (partition, region) => {
    expect(partitionOf(region)).toBe(partition);
  });

  it('returns aws for a Region no other partition claims', () => {
    expect(partitionOf('xx-future-1')).toBe('aws');
  });

  it('throws TypeError when region is not a string', () => {
    const error = thrownBy(() => partitionOf(undefined as unknown as string));

    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'partitionOf: region must be a string, got undefined'
    );
  });
});

describe('dnsSuffixOf', () => {
  it.each(PARTITIONS)(
    'returns the suffix of %s (%s): %s',
    (partition, region, suffix) => {
      expect(dnsSuffixOf(partition, region)).toBe(suffix);
    }
  );

  it('follows the partition, not the Region, when it knows the partition', () => {
    expect(dnsSuffixOf('aws-cn', 'us-east-1')).toBe('amazonaws.com.cn');
  });

  it("falls back to the Region's partition for a partition it does not know", () => {
    expect(dnsSuffixOf('aws-future', 'cn-north-1')).toBe('amazonaws.com.cn');
    expect(dnsSuffixOf('aws-future', 'xx-future-1')).toBe('amazonaws.com');
  });

  it('throws TypeError when it needs the Region and region is not a string', () => {
    const error = thrownBy(() =>
      dnsSuffixOf('aws-future', null as unknown as string)
    );

    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'dnsSuffixOf: region must be a string, got null'
    );
  });
});

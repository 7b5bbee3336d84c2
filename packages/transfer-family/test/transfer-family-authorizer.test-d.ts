import type {
  TransferFamilyAuthorizerEvent as AwsTransferFamilyAuthorizerEvent,
  TransferFamilyAuthorizerResult as AwsTransferFamilyAuthorizerResult,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawTransferFamilyAuthorizer,
  TransferFamilyAuthorizer,
  TransferFamilyAuthorizerResponse,
  type TransferFamilyAuthorizerResponseDict,
  type TransferFamilyEfsAuthenticationOptions,
  type TransferFamilyProtocol,
} from '../src/index';
import {
  createTransferFamilyAuthorizer,
  type SampleTransferFamilyAuthorizer,
} from '../src/testing';

describe('TransferFamilyAuthorizer types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsTransferFamilyAuthorizerEvent>().toExtend<RawTransferFamilyAuthorizer>();
  });

  it('builds samples that fit the @types/aws-lambda event', () => {
    expectTypeOf(
      createTransferFamilyAuthorizer()
    ).toEqualTypeOf<SampleTransferFamilyAuthorizer>();
    expectTypeOf<SampleTransferFamilyAuthorizer>().toExtend<AwsTransferFamilyAuthorizerEvent>();
  });

  it('types the members', () => {
    const event = new TransferFamilyAuthorizer(
      createTransferFamilyAuthorizer()
    );

    expectTypeOf(event.username).toEqualTypeOf<string>();
    expectTypeOf(event.password).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.protocol).toEqualTypeOf<TransferFamilyProtocol>();
    expectTypeOf(event.serverId).toEqualTypeOf<string>();
    expectTypeOf(event.sourceIp).toEqualTypeOf<string | undefined>();
  });

  it('keeps the documented protocols for narrowing', () => {
    expectTypeOf<'SFTP'>().toExtend<TransferFamilyProtocol>();
    expectTypeOf<'FTPS'>().toExtend<TransferFamilyProtocol>();
    expectTypeOf<'AS2'>().toExtend<TransferFamilyProtocol>();
  });
});

describe('TransferFamilyAuthorizerResponse types', () => {
  const response = new TransferFamilyAuthorizerResponse();

  it('returns what the @types/aws-lambda result accepts', () => {
    expectTypeOf<TransferFamilyAuthorizerResponseDict>().toExtend<AwsTransferFamilyAuthorizerResult>();
    expectTypeOf(
      response.buildAuthenticationResponseS3({
        roleArn: 'arn:aws:iam::123456789012:role/S3Access',
        homeDirectory: '/bucket/user',
      })
    ).toEqualTypeOf<TransferFamilyAuthorizerResponseDict>();
  });

  it('requires the POSIX IDs of an EFS response and takes no policy there', () => {
    expectTypeOf<TransferFamilyEfsAuthenticationOptions>()
      .toHaveProperty('userUid')
      .toEqualTypeOf<number>();
    expectTypeOf<TransferFamilyEfsAuthenticationOptions>().not.toHaveProperty(
      'policy'
    );
    // @ts-expect-error userGid is required
    response.buildAuthenticationResponseEfs({
      roleArn: 'arn:aws:iam::123456789012:role/EfsAccess',
      userUid: 1000,
      homeDirectory: '/fs-0123456789abcdef0/jsmith',
    });
    response.buildAuthenticationResponseS3({
      roleArn: 'arn:aws:iam::123456789012:role/S3Access',
      homeDirectory: '/bucket/user',
      // @ts-expect-error the S3 response takes no POSIX profile
      userUid: 1000,
    });
  });

  it('types the mappings with the keys Transfer Family reads', () => {
    response.buildAuthenticationResponseS3({
      roleArn: 'arn:aws:iam::123456789012:role/S3Access',
      homeDirectoryType: 'LOGICAL',
      // @ts-expect-error the keys are Entry and Target, as AWS spells them
      homeDirectoryDetails: [{ entry: '/', target: '/bucket/user' }],
    });
  });
});

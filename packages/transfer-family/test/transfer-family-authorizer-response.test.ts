import { describe, expect, it } from 'vitest';
import {
  type TransferFamilyAnyAuthenticationOptions,
  TransferFamilyAuthorizerResponse,
} from '../src/index';

const ROLE = 'arn:aws:iam::123456789012:role/S3Access';
const RSA_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0g+Z';
const ED25519_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ4sL8ZW+a+AB27qAlY6LNVGYVlaUaaebtvbLHhDrZaj jsmith@example.com';

// Transfer Family's policy variables, which Transfer Family itself fills in.
// biome-ignore lint/suspicious/noTemplateCurlyInString: a Transfer Family variable, not a template
const USER_NAME = '${transfer:UserName}';
// biome-ignore lint/suspicious/noTemplateCurlyInString: a Transfer Family variable, not a template
const HOME_BUCKET = '${transfer:HomeBucket}';

const response = new TransferFamilyAuthorizerResponse();

/** Calls the general builder with options an untyped caller could pass. */
const build = (options: unknown) =>
  response.buildAuthenticationResponse(
    options as TransferFamilyAnyAuthenticationOptions
  );

/** Calls the general builder for a LOGICAL home directory with these mappings. */
const buildLogical = (homeDirectoryDetails: unknown) =>
  build({ roleArn: ROLE, homeDirectoryType: 'LOGICAL', homeDirectoryDetails });

/** Asserts that `run` throws exactly `ErrorClass` with exactly `message`. */
function expectThrows(
  run: () => unknown,
  ErrorClass: typeof TypeError | typeof RangeError,
  message: string
): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ErrorClass);
  expect((thrown as Error).constructor).toBe(ErrorClass);
  expect((thrown as Error).message).toBe(message);
}

describe('TransferFamilyAuthorizerResponse', () => {
  describe('buildAuthenticationResponseS3', () => {
    it('builds the documented chroot response: a LOGICAL home directory with its mappings as JSON text', () => {
      // The Entry/Target pair AWS documents for chroot (HomeDirectoryMapEntry), sent as the
      // string Transfer Family reads in HomeDirectoryDetails.
      const built = response.buildAuthenticationResponseS3({
        roleArn: 'arn:aws:iam::123456789012:role/transfer-access-role',
        homeDirectoryType: 'LOGICAL',
        homeDirectoryDetails: [
          { Entry: '/', Target: '/bucket_name/home/mydirectory' },
        ],
      });

      expect(built).toStrictEqual({
        Role: 'arn:aws:iam::123456789012:role/transfer-access-role',
        HomeDirectoryType: 'LOGICAL',
        HomeDirectoryDetails:
          '[{"Entry":"/","Target":"/bucket_name/home/mydirectory"}]',
      });
      expect(JSON.parse(built.HomeDirectoryDetails as string)).toEqual([
        { Entry: '/', Target: '/bucket_name/home/mydirectory' },
      ]);
    });

    it('builds a PATH response with a session policy and the keys as a list', () => {
      const policy =
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}';

      const built = response.buildAuthenticationResponseS3({
        roleArn: ROLE,
        policy,
        homeDirectory: '/bucket/user',
        publicKeys: RSA_KEY,
      });

      expect(built).toStrictEqual({
        Role: 'arn:aws:iam::123456789012:role/S3Access',
        HomeDirectoryType: 'PATH',
        HomeDirectory: '/bucket/user',
        Policy:
          '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}',
        PublicKeys: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0g+Z'],
      });
    });

    it('builds a LOGICAL response with policy variables in the target, and several keys', () => {
      const built = response.buildAuthenticationResponseS3({
        roleArn: ROLE,
        homeDirectoryType: 'LOGICAL',
        homeDirectoryDetails: [
          { Entry: '/', Target: `/bucket/${USER_NAME}` },
          {
            Entry: '/reports/latest.csv',
            Target: `/reports-bucket/${USER_NAME}/latest.csv`,
            Type: 'FILE',
          },
        ],
        publicKeys: [RSA_KEY, ED25519_KEY],
      });

      expect(built).toStrictEqual({
        Role: 'arn:aws:iam::123456789012:role/S3Access',
        HomeDirectoryType: 'LOGICAL',
        HomeDirectoryDetails: `[{"Entry":"/","Target":"/bucket/${USER_NAME}"},{"Entry":"/reports/latest.csv","Target":"/reports-bucket/${USER_NAME}/latest.csv","Type":"FILE"}]`,
        PublicKeys: [RSA_KEY, ED25519_KEY],
      });
    });

    it('serialises a policy given as an object', () => {
      const built = response.buildAuthenticationResponseS3({
        roleArn: ROLE,
        homeDirectory: '/bucket/user',
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 's3:ListBucket',
              Resource: `arn:aws:s3:::${HOME_BUCKET}`,
            },
          ],
        },
      });

      expect(built.Policy).toBe(
        `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::${HOME_BUCKET}"}]}`
      );
    });

    it('keeps a landing directory inside a LOGICAL view', () => {
      const built = response.buildAuthenticationResponseS3({
        roleArn: ROLE,
        homeDirectoryType: 'LOGICAL',
        homeDirectoryDetails: [{ Entry: '/', Target: '/bucket/jsmith' }],
        homeDirectory: '/incoming',
      });

      expect(built).toStrictEqual({
        Role: ROLE,
        HomeDirectoryType: 'LOGICAL',
        HomeDirectoryDetails: '[{"Entry":"/","Target":"/bucket/jsmith"}]',
        HomeDirectory: '/incoming',
      });
    });

    it('copies only the mapping keys Transfer Family reads and leaves the input alone', () => {
      const mapping = Object.freeze({
        Entry: '/',
        Target: '/bucket/jsmith',
        note: 'ignored',
      });

      const built = response.buildAuthenticationResponseS3({
        roleArn: ROLE,
        homeDirectoryType: 'LOGICAL',
        homeDirectoryDetails: Object.freeze([mapping]),
      });

      expect(built.HomeDirectoryDetails).toBe(
        '[{"Entry":"/","Target":"/bucket/jsmith"}]'
      );
    });

    it('accepts the role ARNs of other partitions and role paths', () => {
      for (const roleArn of [
        'arn:aws-cn:iam::123456789012:role/transfer/jsmith-access',
        'arn:aws-us-gov:iam::123456789012:role/S3Access',
      ]) {
        expect(
          response.buildAuthenticationResponseS3({
            roleArn,
            homeDirectory: '/bucket/user',
          }).Role
        ).toBe(roleArn);
      }
    });

    it('returns a new object on every call', () => {
      const options = { roleArn: ROLE, homeDirectory: '/bucket/user' };

      expect(response.buildAuthenticationResponseS3(options)).not.toBe(
        response.buildAuthenticationResponseS3(options)
      );
    });

    it('rejects the POSIX options, which only the EFS response takes', () => {
      expectThrows(
        () =>
          response.buildAuthenticationResponseS3({
            roleArn: ROLE,
            homeDirectory: '/bucket/user',
            userUid: 1000,
          } as never),
        TypeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponseS3: options.userUid is not an option of this method'
      );
    });
  });

  describe('buildAuthenticationResponseEfs', () => {
    it('builds the EFS response of the Powertools feature request, with the mappings as JSON text', () => {
      const built = response.buildAuthenticationResponseEfs({
        roleArn: 'arn:aws:iam::123456789012:role/example-role',
        userGid: 1000,
        userUid: 5000,
        homeDirectoryType: 'LOGICAL',
        homeDirectoryDetails: [
          { Entry: '/home/jsmith', Target: '/efs/users/jsmith' },
        ],
      });

      expect(built).toStrictEqual({
        Role: 'arn:aws:iam::123456789012:role/example-role',
        PosixProfile: { Gid: 1000, Uid: 5000 },
        HomeDirectoryDetails:
          '[{"Entry":"/home/jsmith","Target":"/efs/users/jsmith"}]',
        HomeDirectoryType: 'LOGICAL',
      });
    });

    it('builds a PATH response with secondary groups and a key', () => {
      const built = response.buildAuthenticationResponseEfs({
        roleArn: 'arn:aws:iam::123456789012:role/transfer-efs-access',
        userUid: 0,
        userGid: 0,
        userSecondaryGids: [4000, 4001],
        homeDirectory: '/fs-0123456789abcdef0/jsmith',
        publicKeys: [ED25519_KEY],
      });

      expect(built).toStrictEqual({
        Role: 'arn:aws:iam::123456789012:role/transfer-efs-access',
        HomeDirectoryType: 'PATH',
        HomeDirectory: '/fs-0123456789abcdef0/jsmith',
        PosixProfile: { Uid: 0, Gid: 0, SecondaryGids: [4000, 4001] },
        PublicKeys: [ED25519_KEY],
      });
    });

    it('throws TypeError when a POSIX ID is missing', () => {
      expectThrows(
        () =>
          response.buildAuthenticationResponseEfs({
            roleArn: ROLE,
            userUid: 1000,
            homeDirectory: '/fs-0123456789abcdef0/jsmith',
          } as never),
        TypeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponseEfs: options.userGid is required'
      );
    });

    it('rejects a session policy, which Amazon EFS does not use', () => {
      expectThrows(
        () =>
          response.buildAuthenticationResponseEfs({
            roleArn: ROLE,
            userUid: 1000,
            userGid: 1000,
            homeDirectory: '/fs-0123456789abcdef0/jsmith',
            policy: '{}',
          } as never),
        TypeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponseEfs: options.policy is not an option of this method'
      );
    });

    it('throws RangeError for an ID outside the unsigned 32-bit range', () => {
      for (const [userUid, message] of [
        [-1, 'options.userUid must be an integer from 0 to 4294967295'],
        [1.5, 'options.userUid must be an integer from 0 to 4294967295'],
        [2 ** 32, 'options.userUid must be an integer from 0 to 4294967295'],
      ] as const) {
        expectThrows(
          () =>
            response.buildAuthenticationResponseEfs({
              roleArn: ROLE,
              userUid,
              userGid: 1000,
              homeDirectory: '/fs-0123456789abcdef0/jsmith',
            }),
          RangeError,
          `TransferFamilyAuthorizerResponse.buildAuthenticationResponseEfs: ${message}`
        );
      }
    });

    it('accepts the largest ID', () => {
      expect(
        response.buildAuthenticationResponseEfs({
          roleArn: ROLE,
          userUid: 4_294_967_295,
          userGid: 4_294_967_295,
          homeDirectory: '/fs-0123456789abcdef0/root',
        }).PosixProfile
      ).toStrictEqual({ Uid: 4_294_967_295, Gid: 4_294_967_295 });
    });

    it('throws RangeError for more than 16 secondary groups, or a bad one', () => {
      const base = {
        roleArn: ROLE,
        userUid: 1000,
        userGid: 1000,
        homeDirectory: '/fs-0123456789abcdef0/jsmith',
      };

      expectThrows(
        () =>
          response.buildAuthenticationResponseEfs({
            ...base,
            userSecondaryGids: Array.from({ length: 17 }, (_, index) => index),
          }),
        RangeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponseEfs: options.userSecondaryGids must hold at most 16 IDs'
      );
      expectThrows(
        () =>
          response.buildAuthenticationResponseEfs({
            ...base,
            userSecondaryGids: [4000, -4],
          }),
        RangeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponseEfs: options.userSecondaryGids[1] must be an integer from 0 to 4294967295'
      );
      expectThrows(
        () =>
          response.buildAuthenticationResponseEfs({
            ...base,
            userSecondaryGids: ['4000'] as never,
          }),
        TypeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponseEfs: options.userSecondaryGids[0] must be a number, got string'
      );
    });
  });

  describe('buildAuthenticationResponse', () => {
    it('takes every option Transfer Family reads', () => {
      const built = build({
        roleArn: ROLE,
        homeDirectory: '/bucket/user',
        policy: '{"Version":"2012-10-17","Statement":[]}',
        userUid: 1000,
        userGid: 1001,
        publicKeys: [RSA_KEY],
      });

      expect(built).toStrictEqual({
        Role: ROLE,
        HomeDirectoryType: 'PATH',
        HomeDirectory: '/bucket/user',
        Policy: '{"Version":"2012-10-17","Statement":[]}',
        PosixProfile: { Uid: 1000, Gid: 1001 },
        PublicKeys: [RSA_KEY],
      });
    });

    it('throws RangeError when only one POSIX ID is given', () => {
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: '/b/u', userGid: 1000 }),
        RangeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponse: options.userUid is required with the other ID: a POSIX profile has both Uid and Gid'
      );
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: '/b/u', userUid: 1000 }),
        RangeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponse: options.userGid is required with the other ID: a POSIX profile has both Uid and Gid'
      );
      expectThrows(
        () =>
          build({
            roleArn: ROLE,
            homeDirectory: '/b/u',
            userSecondaryGids: [4000],
          }),
        RangeError,
        'TransferFamilyAuthorizerResponse.buildAuthenticationResponse: options.userSecondaryGids needs options.userUid and options.userGid'
      );
    });
  });

  describe('documented rules', () => {
    const method =
      'TransferFamilyAuthorizerResponse.buildAuthenticationResponse';

    it('requires mappings for a LOGICAL home directory', () => {
      for (const homeDirectoryDetails of [undefined, []]) {
        expectThrows(
          () => buildLogical(homeDirectoryDetails),
          RangeError,
          `${method}: options.homeDirectoryDetails must hold at least one mapping when homeDirectoryType is LOGICAL`
        );
      }
    });

    it('does not allow mappings with a PATH home directory', () => {
      expectThrows(
        () =>
          build({
            roleArn: ROLE,
            homeDirectory: '/bucket/user',
            homeDirectoryDetails: [{ Entry: '/', Target: '/bucket/user' }],
          }),
        RangeError,
        `${method}: options.homeDirectoryDetails is only allowed when homeDirectoryType is LOGICAL`
      );
    });

    it('requires a home directory with PATH', () => {
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectoryType: 'PATH' }),
        RangeError,
        `${method}: options.homeDirectory is required when homeDirectoryType is PATH`
      );
    });

    it('requires absolute paths of at most 1,024 characters', () => {
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: 'bucket/user' }),
        RangeError,
        `${method}: options.homeDirectory must be an absolute path (start with /)`
      );
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: '' }),
        RangeError,
        `${method}: options.homeDirectory must be an absolute path (start with /)`
      );
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: `/${'a'.repeat(1024)}` }),
        RangeError,
        `${method}: options.homeDirectory must be at most 1024 characters`
      );
      expectThrows(
        () => buildLogical([{ Entry: '/', Target: 'bucket/user' }]),
        RangeError,
        `${method}: options.homeDirectoryDetails[0].Target must be an absolute path (start with /)`
      );
      expectThrows(
        () =>
          buildLogical([
            { Entry: '/', Target: '/bucket/user' },
            { Entry: 'reports', Target: '/bucket/reports' },
          ]),
        RangeError,
        `${method}: options.homeDirectoryDetails[1].Entry must be an absolute path (start with /)`
      );
    });

    it('allows only FILE and DIRECTORY as a mapping type', () => {
      expectThrows(
        () =>
          buildLogical([{ Entry: '/', Target: '/bucket/user', Type: 'LINK' }]),
        RangeError,
        `${method}: options.homeDirectoryDetails[0].Type must be FILE or DIRECTORY`
      );
    });

    it('allows only PATH and LOGICAL as the home directory type', () => {
      expectThrows(
        () =>
          build({
            roleArn: ROLE,
            homeDirectoryType: 'INVALID',
            homeDirectory: '/bucket/user',
          }),
        RangeError,
        `${method}: options.homeDirectoryType must be PATH or LOGICAL`
      );
    });

    it('requires an IAM role ARN', () => {
      for (const roleArn of [
        'S3Access',
        'arn:aws:iam::123456789012:user/jsmith',
        'arn:aws:iam::123456789012:role/',
        'arn:aws:s3:::bucket/role/x',
        `arn:aws:iam::123456789012:role/${'a'.repeat(2048)}`,
      ]) {
        expectThrows(
          () => build({ roleArn, homeDirectory: '/bucket/user' }),
          RangeError,
          `${method}: options.roleArn must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)`
        );
      }
    });

    it('requires the policy to be a JSON document of at most 2,048 characters', () => {
      for (const policy of ['', 'not json', '[]', 'null', '"text"']) {
        expectThrows(
          () => build({ roleArn: ROLE, homeDirectory: '/b/u', policy }),
          RangeError,
          `${method}: options.policy must be a JSON policy document`
        );
      }
      const long = { Version: '2012-10-17', Sid: 'x'.repeat(2048) };
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: '/b/u', policy: long }),
        RangeError,
        `${method}: options.policy must be at most 2048 characters of JSON, got 2081`
      );
    });

    it('requires SSH public keys, and at least one', () => {
      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: '/b/u', publicKeys: [] }),
        RangeError,
        `${method}: options.publicKeys must hold at least one key: Transfer Family reads an empty list as a failed login`
      );
      expectThrows(
        () =>
          build({
            roleArn: ROLE,
            homeDirectory: '/b/u',
            publicKeys: [RSA_KEY, 'AAAAB3NzaC1yc2E'],
          }),
        RangeError,
        `${method}: options.publicKeys[1] must be an SSH public key (ssh-rsa, ssh-ed25519 or ecdsa-sha2-…, then the base64 key)`
      );
      expectThrows(
        () =>
          build({
            roleArn: ROLE,
            homeDirectory: '/b/u',
            publicKeys: 'ssh-rsa',
          }),
        RangeError,
        `${method}: options.publicKeys must be an SSH public key (ssh-rsa, ssh-ed25519 or ecdsa-sha2-…, then the base64 key)`
      );
    });

    it('accepts ECDSA keys', () => {
      const key =
        'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBO7esSDots8Bk0m/ndbmvbUQNL3sHU7rS/6qqesxcESFbkrTNNPBIbgRmgTcyLm1POxqgjEsjOJh1PQKzkNcX+o=';

      expect(
        build({ roleArn: ROLE, homeDirectory: '/b/u', publicKeys: key })
          .PublicKeys
      ).toStrictEqual([key]);
    });
  });

  describe('misuse', () => {
    const method =
      'TransferFamilyAuthorizerResponse.buildAuthenticationResponse';

    it('throws TypeError naming the argument of the wrong kind', () => {
      const cases: [unknown, string][] = [
        [undefined, 'options must be an object, got undefined'],
        ['role', 'options must be an object, got string'],
        [{ homeDirectory: '/b/u' }, 'options.roleArn is required'],
        [{ roleArn: 7 }, 'options.roleArn must be a string, got number 7'],
        [
          { roleArn: ROLE, homeDirectory: ['/b/u'] },
          'options.homeDirectory must be a string, got array',
        ],
        [
          { roleArn: ROLE, homeDirectoryType: null },
          'options.homeDirectoryType must be a string, got null',
        ],
        [
          {
            roleArn: ROLE,
            homeDirectoryType: 'LOGICAL',
            homeDirectoryDetails: { Entry: '/', Target: '/b/u' },
          },
          'options.homeDirectoryDetails must be an array, got object',
        ],
        [
          {
            roleArn: ROLE,
            homeDirectoryType: 'LOGICAL',
            homeDirectoryDetails: ['/b/u'],
          },
          'options.homeDirectoryDetails[0] must be an object, got string',
        ],
        [
          {
            roleArn: ROLE,
            homeDirectoryType: 'LOGICAL',
            homeDirectoryDetails: [{ entry: '/', target: '/b/u' }],
          },
          'options.homeDirectoryDetails[0].Entry must be a string, got undefined',
        ],
        [
          { roleArn: ROLE, homeDirectory: '/b/u', policy: 42 },
          'options.policy must be a JSON string or an object, got number 42',
        ],
        [
          {
            roleArn: ROLE,
            homeDirectory: '/b/u',
            publicKeys: { key: RSA_KEY },
          },
          'options.publicKeys must be a string or an array of strings, got object',
        ],
        [
          { roleArn: ROLE, homeDirectory: '/b/u', publicKeys: [RSA_KEY, 7] },
          'options.publicKeys[1] must be a string, got number 7',
        ],
        [
          { roleArn: ROLE, homeDirectory: '/b/u', userUid: '1000', userGid: 1 },
          'options.userUid must be a number, got string',
        ],
        [
          {
            roleArn: ROLE,
            homeDirectory: '/b/u',
            homeDirectoryMappings: [{ Entry: '/', Target: '/b/u' }],
          },
          'options.homeDirectoryMappings is not an option of this method',
        ],
      ];
      for (const [options, message] of cases) {
        expectThrows(() => build(options), TypeError, `${method}: ${message}`);
      }
    });

    it('never echoes the values it rejects', () => {
      const secret = '{"Sid":"do-not-print-me"';

      expectThrows(
        () => build({ roleArn: ROLE, homeDirectory: '/b/u', policy: secret }),
        RangeError,
        `${method}: options.policy must be a JSON policy document`
      );
    });
  });
});

import { argumentError, isObject } from '@evt/core';

// The response a custom identity provider function returns to Transfer Family, built from
// options named as Powertools (Python) names its parameters. Two kinds of mistake, two errors:
// a wrong kind of argument (not a string, a missing required option, an unknown option) is a
// TypeError (core's `argumentError` for the wrong kind); a value of the right kind that breaks a
// rule AWS documents for the response is a RangeError. Both name the method and the option;
// neither echoes a string or an object it was given.

/**
 * How the user sees the storage: `PATH` shows the real Amazon S3 or Amazon EFS paths, `LOGICAL`
 * shows only the paths the mappings make visible.
 */
export type TransferFamilyHomeDirectoryType = 'PATH' | 'LOGICAL';

/**
 * One logical directory mapping, with the keys Transfer Family reads: the path the user sees
 * (`Entry`) and the real Amazon S3 or Amazon EFS path behind it (`Target`).
 */
export interface TransferFamilyHomeDirectoryMapping {
  /** The path the user sees, absolute (starts with `/`), e.g. `/`. */
  readonly Entry: string;
  /** The real path, absolute, e.g. `/amzn-s3-demo-bucket/home/jsmith` or `/fs-0123456789abcdef0/jsmith`. */
  readonly Target: string;
  /** Whether `Target` is a `FILE` or a `DIRECTORY`; Transfer Family assumes `DIRECTORY` when absent. */
  readonly Type?: 'FILE' | 'DIRECTORY' | undefined;
}

/** The POSIX identity of a user on Amazon EFS, exactly as Transfer Family reads it. */
export interface TransferFamilyPosixProfile {
  /** The POSIX user ID. */
  Uid: number;
  /** The POSIX group ID. */
  Gid: number;
  /** The secondary POSIX group IDs; absent when there are none. */
  SecondaryGids?: number[];
}

/**
 * The response of a custom identity provider function exactly as Transfer Family reads it.
 * `HomeDirectoryDetails` and `Policy` are JSON held in strings; `PosixProfile` is an object
 * and `PublicKeys` a list.
 */
export interface TransferFamilyAuthorizerResponseDict {
  /** The ARN of the IAM role that gives the user access to the storage; the login succeeds only when it is set. */
  Role: string;
  /** How the user sees the storage. */
  HomeDirectoryType: TransferFamilyHomeDirectoryType;
  /** The directory the user lands in; absent when not given. */
  HomeDirectory?: string;
  /** The logical directory mappings, as the JSON text of a list of `{ Entry, Target }`; only with `LOGICAL`. */
  HomeDirectoryDetails?: string;
  /** The session policy, as JSON text; absent when not given. */
  Policy?: string;
  /** The POSIX identity on Amazon EFS; absent when not given. */
  PosixProfile?: TransferFamilyPosixProfile;
  /** The SSH public keys valid for the user; absent when not given. */
  PublicKeys?: string[];
}

/**
 * The options every authentication response takes: the role and the home directory, the
 * session policy and the SSH public keys.
 */
export interface TransferFamilyAuthenticationOptions {
  /**
   * The ARN of the IAM role that gives the user access to the storage, e.g.
   * `arn:aws:iam::123456789012:role/transfer-access` (`Role`).
   */
  readonly roleArn: string;
  /**
   * How the user sees the storage (`HomeDirectoryType`): `PATH` (the default) needs
   * `homeDirectory`; `LOGICAL` needs `homeDirectoryDetails`.
   */
  readonly homeDirectoryType?: TransferFamilyHomeDirectoryType | undefined;
  /**
   * The directory the user lands in, an absolute path of at most 1,024 characters
   * (`HomeDirectory`). Required with `PATH` (`/amzn-s3-demo-bucket/home/jsmith`); optional
   * with `LOGICAL`, where it is a path the mappings make visible.
   */
  readonly homeDirectory?: string | undefined;
  /**
   * The logical directory mappings (`HomeDirectoryDetails`, sent as JSON text). Required with
   * `LOGICAL`, at least one; not allowed with `PATH`. `[{ Entry: '/', Target:
   * '/amzn-s3-demo-bucket/home/jsmith' }]` locks the user into that folder.
   */
  readonly homeDirectoryDetails?:
    | readonly TransferFamilyHomeDirectoryMapping[]
    | undefined;
  /**
   * The session policy that scopes down the role for this user (`Policy`): a JSON policy
   * document as text, or as an object to serialise; at most 2,048 characters of JSON.
   */
  readonly policy?: string | object | undefined;
  /**
   * The SSH public keys valid for the user (`PublicKeys`), e.g. `ssh-ed25519 AAAAC3Nz…`: one
   * key or a list of at least one. Return them when the event has no password (SSH key
   * authentication); AWS documents that they must not be returned for a password login.
   */
  readonly publicKeys?: string | readonly string[] | undefined;
}

/**
 * The options of an authentication response for Amazon EFS: those of every response and the
 * user's POSIX identity. Amazon EFS does not use session policies, so `policy` is not taken.
 */
export interface TransferFamilyEfsAuthenticationOptions
  extends Omit<TransferFamilyAuthenticationOptions, 'policy'> {
  /** The POSIX user ID, an integer from 0 to 4,294,967,295 (`PosixProfile.Uid`). */
  readonly userUid: number;
  /** The POSIX group ID, an integer from 0 to 4,294,967,295 (`PosixProfile.Gid`). */
  readonly userGid: number;
  /** The secondary POSIX group IDs, at most 16 (`PosixProfile.SecondaryGids`). */
  readonly userSecondaryGids?: readonly number[] | undefined;
}

/**
 * The options of {@link TransferFamilyAuthorizerResponse.buildAuthenticationResponse}: those of
 * every response and, optionally, the user's POSIX identity (both IDs or neither).
 */
export interface TransferFamilyAnyAuthenticationOptions
  extends TransferFamilyAuthenticationOptions {
  /** The POSIX user ID (`PosixProfile.Uid`); needs `userGid`. */
  readonly userUid?: number | undefined;
  /** The POSIX group ID (`PosixProfile.Gid`); needs `userUid`. */
  readonly userGid?: number | undefined;
  /** The secondary POSIX group IDs, at most 16 (`PosixProfile.SecondaryGids`); needs the two IDs. */
  readonly userSecondaryGids?: readonly number[] | undefined;
}

type Options = { readonly [name: string]: unknown };

const COMMON = [
  'roleArn',
  'homeDirectoryType',
  'homeDirectory',
  'homeDirectoryDetails',
  'publicKeys',
];
const POSIX = ['userUid', 'userGid', 'userSecondaryGids'];

// arn:<partition>:iam::<12-digit account>:role/<optional path/><name>
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/\S+$/;
// An OpenSSH public key line, `<type> <base64 blob> [comment]`, as AWS's key pattern reads it:
// the type (`ssh-…` or `ecdsa-…`) and the blob, each checked on its own.
const KEY_TYPE = /^[a-z0-9-]+$/;
const KEY_BLOB = /^[A-Za-z0-9+/]+={0,3}$/;
const BLANK = /[ \t]/;
const WHITESPACE = /\s/;

/** Whether `line` is an OpenSSH public key line (leading whitespace and a comment allowed). */
function isPublicKey(line: string): boolean {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('ssh-') && !trimmed.startsWith('ecdsa-'))
    return false;
  const typeEnd = trimmed.search(BLANK);
  const prefix = trimmed.startsWith('ssh-') ? 'ssh-'.length : 'ecdsa-'.length;
  if (typeEnd <= prefix || !KEY_TYPE.test(trimmed.slice(0, typeEnd)))
    return false;
  let blobStart = typeEnd;
  while (trimmed[blobStart] === ' ' || trimmed[blobStart] === '\t') blobStart++;
  const rest = trimmed.slice(blobStart);
  const blobEnd = rest.search(WHITESPACE);
  return KEY_BLOB.test(blobEnd === -1 ? rest : rest.slice(0, blobEnd));
}

const MAX_PATH = 1024;
const MAX_POLICY = 2048;
const MAX_ID = 4_294_967_295;
const MAX_SECONDARY_GIDS = 16;

/** Checks one call's options and builds the response; `method` names the call in errors. */
class Builder {
  readonly #method: string;
  readonly #options: Options;

  constructor(method: string, options: unknown, allowed: readonly string[]) {
    this.#method = `TransferFamilyAuthorizerResponse.${method}`;
    if (typeof options !== 'object' || options === null) {
      throw argumentError(this.#method, 'options', 'an object', options);
    }
    this.#options = options as Options;
    for (const name of Object.keys(options)) {
      if (!allowed.includes(name)) {
        throw this.misuse(`options.${name}`, 'is not an option of this method');
      }
    }
  }

  misuse(what: string, problem: string): TypeError {
    return new TypeError(`${this.#method}: ${what} ${problem}`);
  }

  rule(what: string, problem: string): RangeError {
    return new RangeError(`${this.#method}: ${what} ${problem}`);
  }

  /** A string option, or undefined when it is absent. */
  string(name: string, path = `options.${name}`): string | undefined {
    const value = this.#options[name];
    if (value === undefined || typeof value === 'string') return value;
    throw argumentError(this.#method, path, 'a string', value);
  }

  /** An absolute path of at most 1,024 characters. */
  path(value: string, path: string): string {
    if (!value.startsWith('/')) {
      throw this.rule(path, 'must be an absolute path (start with /)');
    }
    if (value.length > MAX_PATH) {
      throw this.rule(path, `must be at most ${MAX_PATH} characters`);
    }
    return value;
  }

  /** A POSIX ID option, or undefined when it is absent. */
  id(value: unknown, path: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number') {
      throw argumentError(this.#method, path, 'a number', value);
    }
    if (!Number.isInteger(value) || value < 0 || value > MAX_ID) {
      throw this.rule(path, `must be an integer from 0 to ${MAX_ID}`);
    }
    return value;
  }

  /** An array option, or undefined when it is absent. */
  array(name: string): readonly unknown[] | undefined {
    const value = this.#options[name];
    if (value === undefined || Array.isArray(value)) return value;
    throw argumentError(this.#method, `options.${name}`, 'an array', value);
  }

  build(): TransferFamilyAuthorizerResponseDict {
    const roleArn = this.string('roleArn');
    if (roleArn === undefined) {
      throw this.misuse('options.roleArn', 'is required');
    }
    if (!ROLE_ARN.test(roleArn) || roleArn.length > 2048) {
      throw this.rule(
        'options.roleArn',
        'must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)'
      );
    }
    const type = this.string('homeDirectoryType') ?? 'PATH';
    if (type !== 'PATH' && type !== 'LOGICAL') {
      throw this.rule('options.homeDirectoryType', 'must be PATH or LOGICAL');
    }
    const response: TransferFamilyAuthorizerResponseDict = {
      Role: roleArn,
      HomeDirectoryType: type,
    };

    const home = this.string('homeDirectory');
    const mappings = this.array('homeDirectoryDetails');
    if (type === 'PATH') {
      if (home === undefined) {
        throw this.rule(
          'options.homeDirectory',
          'is required when homeDirectoryType is PATH'
        );
      }
      if (mappings !== undefined) {
        throw this.rule(
          'options.homeDirectoryDetails',
          'is only allowed when homeDirectoryType is LOGICAL'
        );
      }
    } else if (mappings === undefined || mappings.length === 0) {
      throw this.rule(
        'options.homeDirectoryDetails',
        'must hold at least one mapping when homeDirectoryType is LOGICAL'
      );
    } else {
      response.HomeDirectoryDetails = JSON.stringify(
        mappings.map((mapping, index) => this.mapping(mapping, index))
      );
    }
    if (home !== undefined) {
      response.HomeDirectory = this.path(home, 'options.homeDirectory');
    }

    const policy = this.policy();
    if (policy !== undefined) response.Policy = policy;
    const posix = this.posixProfile();
    if (posix !== undefined) response.PosixProfile = posix;
    const keys = this.publicKeys();
    if (keys !== undefined) response.PublicKeys = keys;
    return response;
  }

  mapping(value: unknown, index: number): TransferFamilyHomeDirectoryMapping {
    const at = `options.homeDirectoryDetails[${index}]`;
    if (typeof value !== 'object' || value === null) {
      throw argumentError(this.#method, at, 'an object', value);
    }
    const { Entry, Target, Type } = value as Options;
    for (const [name, part] of [
      ['Entry', Entry],
      ['Target', Target],
    ] as const) {
      if (typeof part !== 'string') {
        throw argumentError(this.#method, `${at}.${name}`, 'a string', part);
      }
      this.path(part, `${at}.${name}`);
    }
    const mapping = { Entry, Target } as {
      Entry: string;
      Target: string;
      Type?: 'FILE' | 'DIRECTORY';
    };
    if (Type !== undefined) {
      if (Type !== 'FILE' && Type !== 'DIRECTORY') {
        throw this.rule(`${at}.Type`, 'must be FILE or DIRECTORY');
      }
      mapping.Type = Type;
    }
    return mapping;
  }

  policy(): string | undefined {
    const value = this.#options.policy;
    if (value === undefined) return undefined;
    let text: string;
    if (typeof value === 'string') {
      let document: unknown;
      try {
        document = JSON.parse(value);
      } catch {
        // Reported below, with the rule it breaks.
      }
      if (!isObject(document)) {
        throw this.rule('options.policy', 'must be a JSON policy document');
      }
      text = value;
    } else if (isObject(value)) {
      text = JSON.stringify(value);
    } else {
      throw argumentError(
        this.#method,
        'options.policy',
        'a JSON string or an object',
        value
      );
    }
    if (text.length > MAX_POLICY) {
      throw this.rule(
        'options.policy',
        `must be at most ${MAX_POLICY} characters of JSON, got ${text.length}`
      );
    }
    return text;
  }

  posixProfile(): TransferFamilyPosixProfile | undefined {
    const uid = this.id(this.#options.userUid, 'options.userUid');
    const gid = this.id(this.#options.userGid, 'options.userGid');
    const secondary = this.array('userSecondaryGids');
    if (uid === undefined && gid === undefined) {
      if (secondary !== undefined) {
        throw this.rule(
          'options.userSecondaryGids',
          'needs options.userUid and options.userGid'
        );
      }
      return undefined;
    }
    if (uid === undefined || gid === undefined) {
      throw this.rule(
        uid === undefined ? 'options.userUid' : 'options.userGid',
        'is required with the other ID: a POSIX profile has both Uid and Gid'
      );
    }
    const profile: TransferFamilyPosixProfile = { Uid: uid, Gid: gid };
    if (secondary !== undefined) {
      if (secondary.length > MAX_SECONDARY_GIDS) {
        throw this.rule(
          'options.userSecondaryGids',
          `must hold at most ${MAX_SECONDARY_GIDS} IDs`
        );
      }
      profile.SecondaryGids = secondary.map(
        (item, index) =>
          this.id(item, `options.userSecondaryGids[${index}]`) as number
      );
    }
    return profile;
  }

  publicKeys(): string[] | undefined {
    const value = this.#options.publicKeys;
    if (value === undefined) return undefined;
    const keys = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(keys)) {
      throw argumentError(
        this.#method,
        'options.publicKeys',
        'a string or an array of strings',
        value
      );
    }
    if (keys.length === 0) {
      throw this.rule(
        'options.publicKeys',
        'must hold at least one key: Transfer Family reads an empty list as a failed login'
      );
    }
    return keys.map((key: unknown, index) => {
      const at =
        typeof value === 'string'
          ? 'options.publicKeys'
          : `options.publicKeys[${index}]`;
      if (typeof key !== 'string') {
        throw argumentError(this.#method, at, 'a string', key);
      }
      if (!isPublicKey(key)) {
        throw this.rule(
          at,
          'must be an SSH public key (ssh-rsa, ssh-ed25519 or ecdsa-sha2-…, then the base64 key)'
        );
      }
      return key;
    });
  }
}

/**
 * Builds the response a custom identity provider function returns to AWS Transfer Family
 * when it accepts a login: the user's role and home directory, and optionally a session
 * policy, a POSIX profile (Amazon EFS) and SSH public keys. Each method returns a plain object
 * exactly as Transfer Family reads it (the mappings and the policy serialised as JSON text);
 * to deny a login, return an empty object instead.
 *
 * The rules AWS documents are checked before anything is returned, so a mistake fails in the
 * function, with a message naming the option, rather than as a failed login: a `LOGICAL` home
 * directory needs mappings and `PATH` takes none, paths are absolute, the role is an IAM role
 * ARN, POSIX IDs are unsigned 32-bit integers, the policy is JSON of at most 2,048 characters.
 *
 * @example
 * ```ts
 * import {
 *   type RawTransferFamilyAuthorizer,
 *   TransferFamilyAuthorizer,
 *   TransferFamilyAuthorizerResponse,
 * } from '@evt/transfer-family';
 *
 * export const handler = async (raw: RawTransferFamilyAuthorizer) => {
 *   const event = new TransferFamilyAuthorizer(raw);
 *   return new TransferFamilyAuthorizerResponse().buildAuthenticationResponseS3({
 *     roleArn: 'arn:aws:iam::123456789012:role/transfer-access',
 *     homeDirectoryType: 'LOGICAL',
 *     homeDirectoryDetails: [
 *       { Entry: '/', Target: `/amzn-s3-demo-bucket/home/${event.username}` },
 *     ],
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export class TransferFamilyAuthorizerResponse {
  /**
   * Builds the response for a user of an Amazon S3 server: the role, the home directory, and
   * optionally a session policy and SSH public keys.
   *
   * @param options The role, the home directory, the policy and the keys.
   * @returns The response, e.g. `{ Role, HomeDirectoryType: 'LOGICAL', HomeDirectoryDetails:
   * '[{"Entry":"/","Target":"/amzn-s3-demo-bucket/home/jsmith"}]' }`.
   * @throws {TypeError} when `options` is not an object, holds an option this method does not
   * take, lacks `roleArn`, or an option has the wrong type.
   * @throws {RangeError} when an option breaks a rule AWS documents (see the class).
   * @example
   * ```ts
   * import { TransferFamilyAuthorizerResponse } from '@evt/transfer-family';
   *
   * new TransferFamilyAuthorizerResponse().buildAuthenticationResponseS3({
   *   roleArn: 'arn:aws:iam::123456789012:role/transfer-access',
   *   homeDirectory: '/amzn-s3-demo-bucket/home/jsmith',
   *   publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ4sL8ZW+a+AB27qAlY6LNVGYVlaUaaebtvbLHhDrZaj'],
   * });
   * // { Role: '…', HomeDirectoryType: 'PATH', HomeDirectory: '/amzn-s3-demo-bucket/home/jsmith', PublicKeys: ['ssh-ed25519 …'] }
   * ```
   */
  buildAuthenticationResponseS3(
    options: TransferFamilyAuthenticationOptions
  ): TransferFamilyAuthorizerResponseDict {
    return new Builder('buildAuthenticationResponseS3', options, [
      ...COMMON,
      'policy',
    ]).build();
  }

  /**
   * Builds the response for a user of an Amazon EFS server: the role, the POSIX identity, the
   * home directory, and optionally SSH public keys.
   *
   * @param options The role, the POSIX IDs, the home directory and the keys.
   * @returns The response, e.g. `{ Role, HomeDirectoryType: 'LOGICAL', HomeDirectoryDetails:
   * '[{"Entry":"/","Target":"/fs-0123456789abcdef0/jsmith"}]', PosixProfile: { Uid: 1000, Gid:
   * 1000 } }`.
   * @throws {TypeError} when `options` is not an object, holds an option this method does not
   * take (`policy` among them: Amazon EFS does not use session policies), lacks `roleArn`,
   * `userUid` or `userGid`, or an option has the wrong type.
   * @throws {RangeError} when an option breaks a rule AWS documents (see the class).
   * @example
   * ```ts
   * import { TransferFamilyAuthorizerResponse } from '@evt/transfer-family';
   *
   * new TransferFamilyAuthorizerResponse().buildAuthenticationResponseEfs({
   *   roleArn: 'arn:aws:iam::123456789012:role/transfer-efs-access',
   *   userUid: 1000,
   *   userGid: 1000,
   *   homeDirectory: '/fs-0123456789abcdef0/jsmith',
   * });
   * // { Role: '…', HomeDirectoryType: 'PATH', HomeDirectory: '/fs-0123456789abcdef0/jsmith', PosixProfile: { Uid: 1000, Gid: 1000 } }
   * ```
   */
  buildAuthenticationResponseEfs(
    options: TransferFamilyEfsAuthenticationOptions
  ): TransferFamilyAuthorizerResponseDict {
    const builder = new Builder('buildAuthenticationResponseEfs', options, [
      ...COMMON,
      ...POSIX,
    ]);
    for (const name of ['userUid', 'userGid'] as const) {
      if (options[name] === undefined) {
        throw builder.misuse(`options.${name}`, 'is required');
      }
    }
    return builder.build();
  }

  /**
   * Builds the response from every option Transfer Family reads, whatever the storage: the
   * role, the home directory, and optionally a session policy, a POSIX identity and SSH
   * public keys. Prefer {@link buildAuthenticationResponseS3} or
   * {@link buildAuthenticationResponseEfs}, which take only what their storage uses.
   *
   * @param options The role, the home directory, the policy, the POSIX IDs and the keys.
   * @returns The response.
   * @throws {TypeError} when `options` is not an object, holds an unknown option, lacks
   * `roleArn`, or an option has the wrong type.
   * @throws {RangeError} when an option breaks a rule AWS documents (see the class), or only
   * one of `userUid` and `userGid` is given.
   */
  buildAuthenticationResponse(
    options: TransferFamilyAnyAuthenticationOptions
  ): TransferFamilyAuthorizerResponseDict {
    return new Builder('buildAuthenticationResponse', options, [
      ...COMMON,
      'policy',
      ...POSIX,
    ]).build();
  }
}

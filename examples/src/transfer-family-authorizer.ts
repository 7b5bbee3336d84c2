import { scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import {
  type RawTransferFamilyAuthorizer,
  TransferFamilyAuthorizer,
  TransferFamilyAuthorizerResponse,
  type TransferFamilyAuthorizerResponseDict,
} from '@evt/transfer-family';

const scryptAsync = promisify(scrypt);

/** What the function keeps about a user: a salted scrypt hash of the password, and SSH keys. */
interface UserSecret {
  salt: string;
  passwordHash: string;
  publicKeys: string[];
}

// The users' secrets, by user name. A deployed function reads them from AWS Secrets Manager
// (one secret per user) and caches them; they are inline here so the example runs anywhere.
const SECRETS: Readonly<Record<string, UserSecret>> = {
  jsmith: {
    salt: 'b7c1e4a09f3d5e62a8417c3b9d0e2f15',
    passwordHash: 'o4RdoskT44NnnEaZPqDFligpQreEEyTSTan/HhJLbxk=',
    publicKeys: [
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ4sL8ZW+a+AB27qAlY6LNVGYVlaUaaebtvbLHhDrZaj jsmith@laptop',
    ],
  },
};

const ROLE_ARN =
  process.env.TRANSFER_ROLE_ARN ??
  'arn:aws:iam::123456789012:role/transfer-s3-access';
const BUCKET = process.env.HOME_BUCKET ?? 'amzn-s3-demo-bucket';

const response = new TransferFamilyAuthorizerResponse();

/** Whether the password hashes to the stored hash (compared in constant time). */
async function passwordMatches(
  password: string,
  secret: UserSecret
): Promise<boolean> {
  const expected = Buffer.from(secret.passwordHash, 'base64');
  const actual = (await scryptAsync(
    password,
    Buffer.from(secret.salt, 'hex'),
    expected.length
  )) as Buffer;
  return timingSafeEqual(actual, expected);
}

/**
 * The custom identity provider of an SFTP/FTPS server backed by Amazon S3: a password login is
 * checked against the user's stored hash; an SSH key login (no password in the event) gets the
 * user's public keys back for Transfer Family to check. Either way the user is locked into
 * their own folder of the bucket (a LOGICAL home directory). An empty object denies the login.
 */
export const handler = async (
  raw: RawTransferFamilyAuthorizer
): Promise<TransferFamilyAuthorizerResponseDict | Record<string, never>> => {
  const event = new TransferFamilyAuthorizer(raw);
  const secret = Object.hasOwn(SECRETS, event.username)
    ? SECRETS[event.username]
    : undefined;
  const password = event.password;
  if (
    secret === undefined ||
    password === '' ||
    (password !== undefined && !(await passwordMatches(password, secret)))
  ) {
    console.log(
      `login denied: ${event.username} over ${event.protocol} from ${event.sourceIp ?? 'an unknown address'}`
    );
    return {};
  }
  return response.buildAuthenticationResponseS3({
    roleArn: ROLE_ARN,
    homeDirectoryType: 'LOGICAL',
    homeDirectoryDetails: [
      { Entry: '/', Target: `/${BUCKET}/home/${event.username}` },
    ],
    // Keys only for an SSH key login: AWS documents they must not come back for a password.
    publicKeys: password === undefined ? secret.publicKeys : undefined,
  });
};

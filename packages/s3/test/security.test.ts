// S3 Object Lambda events under the December 2026 review: L1 (the caller's presigned URL, SigV4
// headers and access key printed in clear) and L3 (a subclass un-hid its parent's members).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { S3ObjectLambdaEvent } from '../src/index';
import { createS3ObjectLambdaEvent } from '../src/testing';

function views(event: object): string {
  return `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;
}

describe('the debug view hides credentials (L1)', () => {
  it('hides the signature in the caller’s URL, SigV4 headers, tokens and the access key', () => {
    const raw = createS3ObjectLambdaEvent({
      url: 'https://ap.s3-object-lambda.us-east-1.amazonaws.com/photo.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=SECRET-1&X-Amz-Security-Token=SECRET-2&X-Amz-Signature=SECRET-3&partNumber=1',
      headers: {
        Authorization: 'AWS4-HMAC-SHA256 Credential=x, Signature=SECRET-4',
        'X-Amz-Security-Token': 'SECRET-5',
        Range: 'bytes=0-9',
      },
    });
    raw.userIdentity.accessKeyId = 'SECRET-6';
    const context = raw.getObjectContext as {
      outputToken: string;
      inputS3Url: string;
    };
    context.outputToken = 'SECRET-7';
    context.inputS3Url =
      'https://b.s3.amazonaws.com/k?X-Amz-Signature=SECRET-8';

    const text = views(new S3ObjectLambdaEvent(raw));

    for (let index = 1; index <= 8; index++) {
      expect(text).not.toContain(`SECRET-${index}`);
    }
    expect(text).toContain('partNumber=1');
    expect(text).toContain('bytes=0-9');
    expect(text).toContain('X-Amz-Algorithm=AWS4-HMAC-SHA256');
  });
});

describe('a subclass extends its parent’s sensitive members (L3)', () => {
  it('keeps outputToken and requestToken hidden in a subclass that hides one more member', () => {
    class MyObjectLambdaEvent extends S3ObjectLambdaEvent {
      static override readonly typeName: string = 'MyObjectLambdaEvent';
      static override readonly sensitiveMembers: readonly string[] = [
        'tenantSecret',
      ];
      get tenantSecret(): string {
        return 'SECRET-T';
      }
      get tenant(): string {
        return 'acme';
      }
    }
    const raw = createS3ObjectLambdaEvent();
    (raw.getObjectContext as { outputToken: string }).outputToken =
      'OUTPUT-TOKEN-SECRET';

    const parent = String(new S3ObjectLambdaEvent(raw));
    const child = String(new MyObjectLambdaEvent(raw));

    expect(parent).not.toContain('OUTPUT-TOKEN-SECRET');
    expect(child).not.toContain('OUTPUT-TOKEN-SECRET');
    expect(child).not.toContain('SECRET-T');
    expect(JSON.parse(child).requestToken).toBe('[SENSITIVE]');
    expect(JSON.parse(child).tenant).toBe('acme');
  });
});

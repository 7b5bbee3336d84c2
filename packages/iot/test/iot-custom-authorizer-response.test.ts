import { thrownBy } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  buildIoTCustomAuthorizerResponse,
  type IoTCustomAuthorizerResponseOptions,
} from '../src/index';

/** Calls the builder with options an untyped caller could pass. */
const build = (options: unknown) =>
  buildIoTCustomAuthorizerResponse(
    options as IoTCustomAuthorizerResponseOptions
  );

const PUBLISH_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Action: 'iot:Publish',
      Effect: 'Allow',
      Resource: 'arn:aws:iot:us-east-1:123456789012:topic/customauthtesting',
    },
  ],
} as const;

/** Asserts that `run` throws an error of exactly `ErrorClass`, with exactly `message`. */
function expectThrows(
  run: () => unknown,
  ErrorClass: typeof TypeError | typeof RangeError,
  message: string
): void {
  const error = thrownBy(run) as Error;

  expect(Object.getPrototypeOf(error)).toBe(ErrorClass.prototype);
  expect(error.message).toBe(message);
}

describe('buildIoTCustomAuthorizerResponse', () => {
  it('builds the response AWS documents for a policy given as an object', () => {
    const response = buildIoTCustomAuthorizerResponse({
      isAuthenticated: true,
      principalId: 'xxxxxxxx',
      disconnectAfterInSeconds: 86400,
      refreshAfterInSeconds: 300,
      policyDocuments: [PUBLISH_POLICY],
    });

    expect(response).toStrictEqual({
      isAuthenticated: true,
      principalId: 'xxxxxxxx',
      disconnectAfterInSeconds: 86400,
      refreshAfterInSeconds: 300,
      policyDocuments: [
        {
          Version: '2012-10-17',
          Statement: [
            {
              Action: 'iot:Publish',
              Effect: 'Allow',
              Resource:
                'arn:aws:iot:us-east-1:123456789012:topic/customauthtesting',
            },
          ],
        },
      ],
    });
  });

  it('passes a policy given as JSON text through as text, as AWS older samples send it', () => {
    const policy =
      '{"Version":"2012-10-17","Statement":[{"Action":"iot:Connect","Effect":"Allow","Resource":"*"}]}';

    const response = buildIoTCustomAuthorizerResponse({
      isAuthenticated: true,
      principalId: 'TEST123',
      policyDocuments: [policy],
      disconnectAfterInSeconds: 3600,
      refreshAfterInSeconds: 300,
    });

    expect(response).toStrictEqual({
      isAuthenticated: true,
      principalId: 'TEST123',
      policyDocuments: [
        '{"Version":"2012-10-17","Statement":[{"Action":"iot:Connect","Effect":"Allow","Resource":"*"}]}',
      ],
      disconnectAfterInSeconds: 3600,
      refreshAfterInSeconds: 300,
    });
  });

  it('builds a refusal with an empty policy list and no durations', () => {
    expect(
      buildIoTCustomAuthorizerResponse({
        isAuthenticated: false,
        principalId: 'unauthorized',
      })
    ).toStrictEqual({
      isAuthenticated: false,
      principalId: 'unauthorized',
      policyDocuments: [],
    });
  });

  it('accepts the limits AWS documents: 10 documents of 2,048 characters, 300 and 86,400 seconds', () => {
    // Each exactly 2,048 characters of JSON: as an object, and as text.
    const padding = 'x'.repeat(2048 - '{"Version":"","Statement":[]}'.length);
    const documents = Array.from({ length: 9 }, () => ({
      Version: padding,
      Statement: [],
    }));
    const longest = `{"Version":"${'x'.repeat(2048 - '{"Version":""}'.length)}"}`;

    const response = build({
      isAuthenticated: true,
      principalId: 'a'.repeat(128),
      policyDocuments: [...documents, longest],
      disconnectAfterInSeconds: 300,
      refreshAfterInSeconds: 86400,
    });

    expect(JSON.stringify(documents[0])).toHaveLength(2048);
    expect(longest).toHaveLength(2048);
    expect(response.policyDocuments).toHaveLength(10);
    expect(response.disconnectAfterInSeconds).toBe(300);
    expect(response.refreshAfterInSeconds).toBe(86400);
  });

  describe('misuse', () => {
    it('throws TypeError when options is not an object', () => {
      expectThrows(
        () => build(undefined),
        TypeError,
        'buildIoTCustomAuthorizerResponse: options must be an object, got undefined'
      );
    });

    it('throws TypeError naming an unknown option', () => {
      expectThrows(
        () => build({ isAuthenticated: true, principalId: 'a', context: {} }),
        TypeError,
        'buildIoTCustomAuthorizerResponse: options.context is not an option of buildIoTCustomAuthorizerResponse'
      );
    });

    it('throws TypeError when isAuthenticated is absent', () => {
      expectThrows(
        () => build({ principalId: 'a' }),
        TypeError,
        'buildIoTCustomAuthorizerResponse: options.isAuthenticated must be a boolean, got undefined'
      );
    });

    it('throws TypeError when principalId is not a string', () => {
      expectThrows(
        () => build({ isAuthenticated: true, principalId: 42 }),
        TypeError,
        'buildIoTCustomAuthorizerResponse: options.principalId must be a string, got number 42'
      );
    });

    it('throws TypeError when policyDocuments is not an array', () => {
      expectThrows(
        () =>
          build({
            isAuthenticated: true,
            principalId: 'a',
            policyDocuments: PUBLISH_POLICY,
          }),
        TypeError,
        'buildIoTCustomAuthorizerResponse: options.policyDocuments must be an array, got object'
      );
    });

    it('throws TypeError naming a policy document that is neither an object nor text', () => {
      expectThrows(
        () =>
          build({
            isAuthenticated: true,
            principalId: 'a',
            policyDocuments: [PUBLISH_POLICY, null],
          }),
        TypeError,
        'buildIoTCustomAuthorizerResponse: options.policyDocuments[1] must be an object or JSON text, got null'
      );
    });

    it('throws TypeError when a duration is not a number', () => {
      expectThrows(
        () =>
          build({
            isAuthenticated: true,
            principalId: 'a',
            refreshAfterInSeconds: '300',
          }),
        TypeError,
        'buildIoTCustomAuthorizerResponse: options.refreshAfterInSeconds must be a number, got string'
      );
    });
  });

  describe("AWS's limits", () => {
    it.each([
      ['empty', ''],
      ['with a dash', 'sensor-42'],
      ['longer than 128 characters', 'a'.repeat(129)],
    ])('throws RangeError for a principal ID %s', (_, principalId) => {
      expectThrows(
        () => build({ isAuthenticated: true, principalId }),
        RangeError,
        'buildIoTCustomAuthorizerResponse: options.principalId must be 1 to 128 letters and digits (AWS IoT Core allows nothing else)'
      );
    });

    it('throws RangeError for more than 10 policy documents', () => {
      expectThrows(
        () =>
          build({
            isAuthenticated: true,
            principalId: 'a',
            policyDocuments: Array.from({ length: 11 }, () => PUBLISH_POLICY),
          }),
        RangeError,
        'buildIoTCustomAuthorizerResponse: options.policyDocuments must hold at most 10 documents, got 11'
      );
    });

    it('throws RangeError for a policy document longer than 2,048 characters of JSON', () => {
      expectThrows(
        () =>
          build({
            isAuthenticated: true,
            principalId: 'a',
            policyDocuments: [{ Version: 'x'.repeat(2048), Statement: [] }],
          }),
        RangeError,
        'buildIoTCustomAuthorizerResponse: options.policyDocuments[0] must be at most 2048 characters of JSON, got 2077'
      );
    });

    it('throws RangeError for policy text that is not a JSON object', () => {
      expectThrows(
        () =>
          build({
            isAuthenticated: true,
            principalId: 'a',
            policyDocuments: ['{not json'],
          }),
        RangeError,
        'buildIoTCustomAuthorizerResponse: options.policyDocuments[0] must be the JSON text of a policy document'
      );
    });

    it.each([
      ['disconnectAfterInSeconds', 299],
      ['disconnectAfterInSeconds', 86401],
      ['refreshAfterInSeconds', 300.5],
      ['refreshAfterInSeconds', Number.NaN],
    ])('throws RangeError for %s of %d', (name, seconds) => {
      expectThrows(
        () =>
          build({ isAuthenticated: true, principalId: 'a', [name]: seconds }),
        RangeError,
        `buildIoTCustomAuthorizerResponse: options.${name} must be a whole number of seconds from 300 to 86400`
      );
    });
  });
});

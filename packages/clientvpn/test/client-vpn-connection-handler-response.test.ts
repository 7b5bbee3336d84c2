import { describe, expect, it } from 'vitest';
import {
  type ClientVpnConnectionHandlerResponseInit,
  clientVpnConnectionHandlerResponse,
} from '../src/index';

/** Expects the call to throw exactly this TypeError. */
function expectMisuse(init: unknown, message: string): void {
  expect(() =>
    clientVpnConnectionHandlerResponse(
      init as ClientVpnConnectionHandlerResponseInit
    )
  ).toThrow(new TypeError(message));
}

describe('clientVpnConnectionHandlerResponse', () => {
  it("builds the v1 response of AWS's admin guide by default", () => {
    const response = clientVpnConnectionHandlerResponse({ allow: true });

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      allow: true,
      'error-msg-on-failed-posture-compliance': '',
      'posture-compliance-statuses': [],
      'schema-version': 'v1',
    });
  });

  it('builds the v1 response that denies a connection with a message and statuses', () => {
    const response = clientVpnConnectionHandlerResponse({
      allow: false,
      errorMessage: 'Your device is not compliant',
      postureComplianceStatuses: ['quarantined', 'unknown'],
    });

    expect(response).toStrictEqual({
      allow: false,
      'error-msg-on-failed-posture-compliance': 'Your device is not compliant',
      'posture-compliance-statuses': ['quarantined', 'unknown'],
      'schema-version': 'v1',
    });
  });

  it('builds the v1 response of the AWS Lambda Go sample when v1 is named', () => {
    const response = clientVpnConnectionHandlerResponse({
      allow: false,
      errorMessage: "You're accessing from a blocked IP range.",
      postureComplianceStatuses: ['BlockedSourceIP'],
      schemaVersion: 'v1',
    });

    expect(response).toStrictEqual({
      allow: false,
      'error-msg-on-failed-posture-compliance':
        "You're accessing from a blocked IP range.",
      'posture-compliance-statuses': ['BlockedSourceIP'],
      'schema-version': 'v1',
    });
  });

  it('builds the v3 response only when asked to', () => {
    const allowed = clientVpnConnectionHandlerResponse({
      allow: true,
      schemaVersion: 'v3',
    });
    const denied = clientVpnConnectionHandlerResponse({
      allow: false,
      errorMessage: 'Your device is not compliant',
      postureComplianceStatuses: ['quarantined'],
      schemaVersion: 'v3',
    });

    expect(JSON.parse(JSON.stringify(allowed))).toStrictEqual({
      allow: true,
      'error-msg-on-denied-connection': '',
      'posture-compliance-statuses': [],
      'schema-version': 'v3',
    });
    expect(denied).toStrictEqual({
      allow: false,
      'error-msg-on-denied-connection': 'Your device is not compliant',
      'posture-compliance-statuses': ['quarantined'],
      'schema-version': 'v3',
    });
  });

  it('treats an undefined schema version as the default v1', () => {
    const response = clientVpnConnectionHandlerResponse({
      allow: true,
      schemaVersion: undefined,
    });

    expect(response).toStrictEqual({
      allow: true,
      'error-msg-on-failed-posture-compliance': '',
      'posture-compliance-statuses': [],
      'schema-version': 'v1',
    });
  });

  it('copies the statuses it is given', () => {
    const given = ['compliant'];

    const response = clientVpnConnectionHandlerResponse({
      allow: true,
      postureComplianceStatuses: given,
    });
    given.push('changed');

    expect(response['posture-compliance-statuses']).toEqual(['compliant']);
  });

  it('accepts the longest message and the most statuses AWS allows', () => {
    const message = 'é'.repeat(255);
    const names = Array.from({ length: 10 }, (_, index) => `status-${index}`);

    const response = clientVpnConnectionHandlerResponse({
      allow: false,
      errorMessage: message,
      postureComplianceStatuses: names,
    });

    expect(response).toStrictEqual({
      allow: false,
      'error-msg-on-failed-posture-compliance': message,
      'posture-compliance-statuses': names,
      'schema-version': 'v1',
    });
  });

  it('counts characters, not UTF-16 units', () => {
    const message = '🔒'.repeat(255);

    const response = clientVpnConnectionHandlerResponse({
      allow: false,
      errorMessage: message,
    });

    expect(response['error-msg-on-failed-posture-compliance']).toBe(message);
  });

  describe('misuse', () => {
    it('throws a TypeError naming init when it is not an object', () => {
      expectMisuse(
        undefined,
        'clientVpnConnectionHandlerResponse: init must be an object, got undefined'
      );
      expectMisuse(
        [],
        'clientVpnConnectionHandlerResponse: init must be an object, got array'
      );
    });

    it('throws a TypeError naming allow when it is not a boolean', () => {
      expectMisuse(
        { allow: 'true' },
        'clientVpnConnectionHandlerResponse: init.allow must be a boolean, got string'
      );
      expectMisuse(
        {},
        'clientVpnConnectionHandlerResponse: init.allow must be a boolean, got undefined'
      );
    });

    it('throws a TypeError naming the message when it is not a string or too long', () => {
      expectMisuse(
        { allow: false, errorMessage: 42 },
        'clientVpnConnectionHandlerResponse: init.errorMessage must be a string, got number 42'
      );
      expectMisuse(
        { allow: false, errorMessage: 'x'.repeat(256) },
        'clientVpnConnectionHandlerResponse: init.errorMessage must be at most 255 characters long'
      );
      expectMisuse(
        { allow: false, errorMessage: 'x'.repeat(256), schemaVersion: 'v3' },
        'clientVpnConnectionHandlerResponse: init.errorMessage must be at most 255 characters long'
      );
    });

    it('throws a TypeError naming the statuses when they break a rule', () => {
      expectMisuse(
        { allow: true, postureComplianceStatuses: 'compliant' },
        'clientVpnConnectionHandlerResponse: init.postureComplianceStatuses must be an array, got string'
      );
      expectMisuse(
        {
          allow: true,
          postureComplianceStatuses: Array.from({ length: 11 }, () => 'x'),
        },
        'clientVpnConnectionHandlerResponse: init.postureComplianceStatuses must hold at most 10 statuses, got 11'
      );
      expectMisuse(
        { allow: true, postureComplianceStatuses: ['ok', null] },
        'clientVpnConnectionHandlerResponse: init.postureComplianceStatuses[1] must be a string, got null'
      );
      expectMisuse(
        { allow: true, postureComplianceStatuses: ['y'.repeat(256)] },
        'clientVpnConnectionHandlerResponse: init.postureComplianceStatuses[0] must be at most 255 characters long'
      );
    });

    it('throws a TypeError naming the schema version when it is unknown', () => {
      expectMisuse(
        { allow: true, schemaVersion: 'v2' },
        "clientVpnConnectionHandlerResponse: init.schemaVersion must be 'v1' or 'v3', got string"
      );
    });
  });
});

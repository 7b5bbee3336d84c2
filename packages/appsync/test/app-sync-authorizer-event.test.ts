import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  AppSyncAuthorizerEvent,
  AppSyncAuthorizerEventRequestContext,
  FieldTypeError,
  MissingFieldError,
  type RawAppSyncAuthorizerEvent,
} from '../src/index';

const FIXTURE = 'app-sync-authorizer-event';

function load(): RawAppSyncAuthorizerEvent {
  return loadEvent<RawAppSyncAuthorizerEvent>(FIXTURE);
}

describe('AppSyncAuthorizerEvent', () => {
  describe('authorizationToken', () => {
    it('returns the token of the Authorization header', () => {
      expect(new AppSyncAuthorizerEvent(load()).authorizationToken).toBe(
        'ExampleAUTHtoken123123123'
      );
    });
  });

  describe('requestContext', () => {
    it('wraps the request context once', () => {
      const raw = load();
      const event = new AppSyncAuthorizerEvent(raw);

      const context = event.requestContext;

      expect(context).toBeInstanceOf(AppSyncAuthorizerEventRequestContext);
      expect(context.rawEvent).toBe(raw.requestContext);
      expect(event.requestContext).toBe(context);
    });
  });

  describe('requestHeaders', () => {
    it('looks the request headers up whatever their case', () => {
      const headers = new AppSyncAuthorizerEvent(load()).requestHeaders;

      expect(headers.get('Authorization')).toBe('ExampleAUTHtoken123123123');
      expect(headers.get('X-Forwarded-For')).toBe('203.0.113.24');
      expect(headers.size).toBe(6);
    });

    it('is empty when the event has none', () => {
      const raw = patchEvent<RawAppSyncAuthorizerEvent>(FIXTURE, (draft) => {
        delete draft.requestHeaders;
      });

      expect(new AppSyncAuthorizerEvent(raw).requestHeaders.size).toBe(0);
    });
  });

  describe('debug view', () => {
    it('hides the token, in the member and in the headers', () => {
      const text = String(new AppSyncAuthorizerEvent(load()));

      expect(text).not.toContain('ExampleAUTHtoken123123123');
      expect(text).toContain('f4081827-1111-4444-5555-5cf4695f339f');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming authorizationToken when it is absent', () => {
      const raw = patchEvent<RawAppSyncAuthorizerEvent>(FIXTURE, (draft) => {
        delete (draft as Partial<RawAppSyncAuthorizerEvent>).authorizationToken;
      });

      expectEvtError(
        () => new AppSyncAuthorizerEvent(raw).authorizationToken,
        MissingFieldError,
        'AppSyncAuthorizerEvent: authorizationToken is missing'
      );
    });

    it('throws MissingFieldError naming requestContext when it is absent', () => {
      const raw = patchEvent<RawAppSyncAuthorizerEvent>(FIXTURE, (draft) => {
        delete (draft as Partial<RawAppSyncAuthorizerEvent>).requestContext;
      });

      expectEvtError(
        () => new AppSyncAuthorizerEvent(raw).requestContext,
        MissingFieldError,
        'AppSyncAuthorizerEvent: requestContext is missing'
      );
    });
  });
});

describe('AppSyncAuthorizerEventRequestContext', () => {
  const context = () => new AppSyncAuthorizerEvent(load()).requestContext;

  it('returns every documented field', () => {
    const request = context();

    expect(request.apiId).toBe('aaaaaa123123123example123');
    expect(request.accountId).toBe('111122223333');
    expect(request.requestId).toBe('f4081827-1111-4444-5555-5cf4695f339f');
    expect(request.queryString).toBe(
      'mutation CreateEvent {\n  createEvent(name: "demo", when: "Next Friday!", where: "Here!") {\n    id\n    name\n    description\n  }\n}\n'
    );
    expect(request.operationName).toBe('CreateEvent');
    expect(request.variables).toEqual({});
  });

  it('returns the variables of the request as they are in the event', () => {
    const raw = patchEvent<RawAppSyncAuthorizerEvent>(FIXTURE, (draft) => {
      draft.requestContext.variables = { desc: 'Foo' };
    });

    const event = new AppSyncAuthorizerEvent(raw);

    expect(event.requestContext.variables).toEqual({ desc: 'Foo' });
    expect(event.requestContext.variables).toBe(raw.requestContext.variables);
  });

  it('reads an absent operation name and absent variables as undefined and {}', () => {
    const raw = patchEvent<RawAppSyncAuthorizerEvent>(FIXTURE, (draft) => {
      delete draft.requestContext.operationName;
      delete draft.requestContext.variables;
    });

    const request = new AppSyncAuthorizerEvent(raw).requestContext;

    expect(request.operationName).toBeUndefined();
    expect(request.variables).toEqual({});
  });

  it('throws FieldTypeError naming a mistyped field with its full path', () => {
    const raw = patchEvent<RawAppSyncAuthorizerEvent>(FIXTURE, (draft) => {
      (draft.requestContext as { apiId: unknown }).apiId = 12;
    });

    expectEvtError(
      () => new AppSyncAuthorizerEvent(raw).requestContext.apiId,
      FieldTypeError,
      'AppSyncAuthorizerEvent: requestContext.apiId must be string, got number'
    );
  });

  it('throws MissingFieldError naming a required field that is absent', () => {
    const raw = patchEvent<RawAppSyncAuthorizerEvent>(FIXTURE, (draft) => {
      delete (draft.requestContext as Partial<typeof draft.requestContext>)
        .queryString;
    });

    expectEvtError(
      () => new AppSyncAuthorizerEvent(raw).requestContext.queryString,
      MissingFieldError,
      'AppSyncAuthorizerEvent: requestContext.queryString is missing'
    );
  });
});

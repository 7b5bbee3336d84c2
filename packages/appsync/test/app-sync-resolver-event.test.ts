import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  AppSyncIdentity,
  AppSyncResolverEvent,
  AppSyncResolverEventInfo,
  FieldTypeError,
  MissingFieldError,
  type RawAppSyncResolverEvent,
} from '../src/index';

const FIXTURE = 'app-sync-resolver-event';

function load(variant?: string): RawAppSyncResolverEvent {
  return loadEvent<RawAppSyncResolverEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function event(variant?: string): AppSyncResolverEvent {
  return new AppSyncResolverEvent(load(variant));
}

describe('AppSyncResolverEvent', () => {
  describe('typeName', () => {
    it('returns the parent type of a Direct Lambda resolver field', () => {
      expect(event().typeName).toBe('Mutation');
      expect(event('iam').typeName).toBe('Post');
    });

    it('returns the top-level typeName of an Amplify @function event', () => {
      expect(event('amplify').typeName).toBe('Merchant');
    });
  });

  describe('fieldName', () => {
    it('returns the field being resolved', () => {
      expect(event().fieldName).toBe('createSomething');
      expect(event('api-key').fieldName).toBe('getTodo');
    });

    it('returns the top-level fieldName of an Amplify @function event', () => {
      expect(event('amplify').fieldName).toBe('locations');
    });
  });

  describe('arguments', () => {
    it('returns the GraphQL arguments as they are in the event', () => {
      const raw = load();

      const args = new AppSyncResolverEvent(raw).arguments;

      expect(args).toEqual({ id: 'my identifier' });
      expect(args).toBe(raw.arguments);
    });

    it('returns the empty arguments of a field without any', () => {
      expect(event('oidc').arguments).toEqual({});
    });
  });

  describe('source', () => {
    it('returns the parent object of a nested field', () => {
      expect(event('iam').source).toEqual({
        id: 'post-17',
        title: 'Hello, AppSync',
        authorId: 'author-3',
      });
    });

    it('returns an empty object for a root field, whose source is null', () => {
      expect(event().source).toEqual({});
    });
  });

  describe('info', () => {
    it('wraps the event once', () => {
      const resolver = event();

      expect(resolver.info).toBeInstanceOf(AppSyncResolverEventInfo);
      expect(resolver.info).toBe(resolver.info);
    });
  });

  describe('requestHeaders', () => {
    it('looks the request headers up whatever their case', () => {
      const headers = event().requestHeaders;

      expect(headers.get('X-Amzn-Trace-Id')).toBe(
        'Root=1-5f512f51-fac632066c5e848ae714'
      );
      expect(headers.get('cloudfront-viewer-country')).toBe('US');
      expect(headers.size).toBe(26);
    });

    it('builds the map once', () => {
      const resolver = event();

      expect(resolver.requestHeaders).toBe(resolver.requestHeaders);
    });

    it('is empty when the event has no request', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        delete draft.request;
      });

      expect(new AppSyncResolverEvent(raw).requestHeaders.size).toBe(0);
    });
  });

  describe('getHeaderValue', () => {
    it('returns a header, matching the name case-insensitively', () => {
      expect(event('amplify').getHeaderValue('X-amzn-trace-id')).toBe(
        'Root=1-60488877-0b0c4e6727ab2a1c545babd0'
      );
    });

    it('matches the name exactly when asked to', () => {
      expect(
        event('amplify').getHeaderValue('X-amzn-trace-id', undefined, true)
      ).toBeUndefined();
    });

    it('returns the default for a header the request lacks', () => {
      expect(event('amplify').getHeaderValue('missing', 'Foo')).toBe('Foo');
    });
  });

  describe('domainName', () => {
    it('returns the custom domain the request used', () => {
      expect(event('iam').domainName).toBe('api.example.com');
    });

    it('returns undefined for the API endpoint (null) and when absent', () => {
      expect(event().domainName).toBeUndefined();
      expect(event('amplify').domainName).toBeUndefined();
    });
  });

  describe('prevResult', () => {
    it('returns the result of the previous pipeline function', () => {
      expect(event('iam').prevResult).toEqual({
        allowed: true,
        checkedAt: '2024-04-23T16:26:34.123Z',
      });
    });

    it('returns an empty result as it is', () => {
      expect(event('amplify').prevResult).toEqual({});
    });

    it('returns undefined outside a pipeline (prev is null)', () => {
      expect(event().prevResult).toBeUndefined();
    });
  });

  describe('stash', () => {
    it('returns the stash as it is in the event', () => {
      const raw = load('iam');

      const stash = new AppSyncResolverEvent(raw).stash;

      expect(stash).toEqual({ tenantId: 'tenant-42' });
      expect(stash).toBe(raw.stash);
    });

    it('returns an empty object when the event has none', () => {
      expect(event('amplify').stash).toEqual({});
    });
  });

  describe('identity', () => {
    it('wraps the caller once', () => {
      const resolver = event();

      const identity = resolver.identity;

      expect(identity).toBeInstanceOf(AppSyncIdentity);
      expect(identity?.rawEvent).toBe(resolver.rawEvent.identity);
      expect(resolver.identity).toBe(identity);
    });

    it('tells each authorization type apart', () => {
      expect(event().identity?.authType).toBe('AMAZON_COGNITO_USER_POOLS');
      expect(event('iam').identity?.authType).toBe('AWS_IAM');
      expect(event('oidc').identity?.authType).toBe('OPENID_CONNECT');
      expect(event('lambda').identity?.authType).toBe('AWS_LAMBDA');
    });

    it('returns undefined for API_KEY authorization (identity is null)', () => {
      expect(event('api-key').identity).toBeUndefined();
    });
  });

  describe('batch', () => {
    it('wraps each event of a batching resolver, in order', () => {
      const raw = loadEvent<RawAppSyncResolverEvent[]>(`${FIXTURE}.batch`);

      const events = AppSyncResolverEvent.batch(raw);

      expect(events).toHaveLength(2);
      expect(events[0]).toBeInstanceOf(AppSyncResolverEvent);
      expect(events[1]?.rawEvent).toBe(raw[1]);
      expect(events.map((item) => item.source.authorId)).toEqual([
        'author-1',
        'author-7',
      ]);
      expect(events[0]?.typeName).toBe('Post');
      expect(events[0]?.fieldName).toBe('author');
    });

    it('returns an empty array for an empty batch', () => {
      expect(AppSyncResolverEvent.batch([])).toEqual([]);
    });

    it('checks the options it wraps every event with', () => {
      expect(() =>
        AppSyncResolverEvent.batch([load()], { maxJsonBytes: -1 })
      ).toThrow(
        new RangeError(
          'AppSyncResolverEvent: options.maxJsonBytes must be a positive safe integer, got -1'
        )
      );
    });

    it('names the position of a malformed event in errors', () => {
      const raw = patchEvent<RawAppSyncResolverEvent[]>(
        `${FIXTURE}.batch`,
        (batch) => {
          (batch[1] as { arguments: unknown }).arguments = 'none';
        }
      );

      expectEvtError(
        () => AppSyncResolverEvent.batch(raw)[1]?.arguments,
        FieldTypeError,
        'AppSyncResolverEvent: [1].arguments must be object, got string'
      );
    });

    it('throws FieldTypeError when the invocation is not an array', () => {
      expectEvtError(
        () => AppSyncResolverEvent.batch(load() as never),
        FieldTypeError,
        'AppSyncResolverEvent must be array, got object'
      );
    });

    it('throws MissingFieldError when the invocation is null', () => {
      expectEvtError(
        () => AppSyncResolverEvent.batch(null as never),
        MissingFieldError,
        'AppSyncResolverEvent is missing'
      );
    });

    it('throws FieldTypeError naming an item that is not an object', () => {
      expectEvtError(
        () => AppSyncResolverEvent.batch([load(), 'x' as never]),
        FieldTypeError,
        'AppSyncResolverEvent: [1] must be object, got string'
      );
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming arguments when it is absent', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        delete (draft as Partial<RawAppSyncResolverEvent>).arguments;
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).arguments,
        MissingFieldError,
        'AppSyncResolverEvent: arguments is missing'
      );
    });

    it('throws FieldTypeError naming a mistyped source', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        (draft as { source: unknown }).source = ['a'];
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).source,
        FieldTypeError,
        'AppSyncResolverEvent: source must be object, got array'
      );
    });

    it('throws FieldTypeError naming a mistyped request header', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        (draft.request?.headers as Record<string, unknown>).host = 7;
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).requestHeaders.get('Host'),
        FieldTypeError,
        'AppSyncResolverEvent: request.headers.host must be string, got number'
      );
    });

    it('throws FieldTypeError naming request when it is not an object', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        (draft as { request: unknown }).request = 'GET /';
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).domainName,
        FieldTypeError,
        'AppSyncResolverEvent: request must be object, got string'
      );
    });

    it('throws FieldTypeError naming prev when it is not an object', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        (draft as { prev: unknown }).prev = 'None';
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).prevResult,
        FieldTypeError,
        'AppSyncResolverEvent: prev must be object, got string'
      );
    });

    it('throws FieldTypeError naming identity when it is not an object', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        (draft as { identity: unknown }).identity = 'None';
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).identity,
        FieldTypeError,
        'AppSyncResolverEvent: identity must be object, got string'
      );
    });
  });

  describe('debug view', () => {
    it('hides the authorization header and the token claims', () => {
      const text = String(event());

      expect(text).not.toContain(
        'eyJraWQiOiJScWFCSlJqYVJlM0hrSnBTUFpIcVRXazNOW'
      );
      expect(text).not.toContain('jdoe@email.com');
      expect(text).toContain('createSomething');
      expect(text).toContain('[SENSITIVE]');
    });

    it('hides the API key header', () => {
      expect(String(event('api-key'))).not.toContain(
        'da1-c33ullkbkze3jg5hf5ddgcs4fq'
      );
    });
  });
});

describe('AppSyncResolverEventInfo', () => {
  describe('fieldName and parentTypeName', () => {
    it('read info', () => {
      const info = event('lambda').info;

      expect(info.fieldName).toBe('getOrder');
      expect(info.parentTypeName).toBe('Query');
    });

    it('read the top of an event without info, as Powertools does', () => {
      const info = event('amplify').info;

      expect(info.fieldName).toBe('locations');
      expect(info.parentTypeName).toBe('Merchant');
    });

    it('prefer a top-level parentTypeName to typeName', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(
        `${FIXTURE}.amplify`,
        (draft) => {
          draft.parentTypeName = 'Query';
        }
      );

      expect(new AppSyncResolverEvent(raw).info.parentTypeName).toBe('Query');
    });

    it('are undefined for an event with neither info nor top-level names', () => {
      const info = new AppSyncResolverEvent({ arguments: {} }).info;

      expect(info.fieldName).toBeUndefined();
      expect(info.parentTypeName).toBeUndefined();
    });

    it('throw MissingFieldError when info lacks them', () => {
      const raw = patchEvent<RawAppSyncResolverEvent>(FIXTURE, (draft) => {
        delete (draft.info as Partial<typeof draft.info>)?.fieldName;
        delete (draft.info as Partial<typeof draft.info>)?.parentTypeName;
      });

      expectEvtError(
        () => new AppSyncResolverEvent(raw).fieldName,
        MissingFieldError,
        'AppSyncResolverEvent: info.fieldName is missing'
      );
      expectEvtError(
        () => new AppSyncResolverEvent(raw).typeName,
        MissingFieldError,
        'AppSyncResolverEvent: info.parentTypeName is missing'
      );
    });

    it('name the position in a batch', () => {
      const raw = patchEvent<RawAppSyncResolverEvent[]>(
        `${FIXTURE}.batch`,
        (batch) => {
          (batch[0]?.info as { fieldName: unknown }).fieldName = 5;
        }
      );

      expectEvtError(
        () => AppSyncResolverEvent.batch(raw)[0]?.fieldName,
        FieldTypeError,
        'AppSyncResolverEvent: [0].info.fieldName must be string, got number'
      );
    });
  });

  describe('variables', () => {
    it('returns the variables of the request', () => {
      expect(event('iam').info.variables).toEqual({ limit: 5 });
    });

    it('returns an empty object when the event has none', () => {
      expect(event().info.variables).toEqual({});
      expect(event('amplify').info.variables).toEqual({});
    });
  });

  describe('selectionSetList', () => {
    it('returns the selected fields, nested ones as parent/child', () => {
      expect(event('iam').info.selectionSetList).toEqual([
        'comments',
        'comments/id',
        'comments/body',
      ]);
    });

    it('returns an empty array when the event has none', () => {
      expect(event('amplify').info.selectionSetList).toEqual([]);
    });
  });

  describe('selectionSetGraphQL', () => {
    it('returns the selection set as GraphQL text', () => {
      expect(event().info.selectionSetGraphQL).toBe(
        '{\n  id\n  field1\n  field2\n}'
      );
    });

    it('returns undefined when the event has none', () => {
      expect(event('amplify').info.selectionSetGraphQL).toBeUndefined();
    });
  });

  describe('rawEvent', () => {
    it('is the whole event, which it reads info from', () => {
      const resolver = event();

      expect(resolver.info.rawEvent).toBe(resolver.rawEvent);
    });
  });
});

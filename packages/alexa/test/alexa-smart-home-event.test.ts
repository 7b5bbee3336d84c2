import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  expectGetters,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  AlexaSmartHomeDirective,
  AlexaSmartHomeEndpoint,
  AlexaSmartHomeEvent,
  AlexaSmartHomeHeader,
  AlexaSmartHomeScope,
  FieldTypeError,
  MissingFieldError,
  type RawAlexaSmartHomeEvent,
} from '../src/index';
import { createAlexaSmartHomeEvent } from '../src/testing';

const load = (variant = ''): RawAlexaSmartHomeEvent =>
  loadEvent<RawAlexaSmartHomeEvent>(
    variant ? `alexa-smart-home-event.${variant}` : 'alexa-smart-home-event'
  );
const turnOn = (): AlexaSmartHomeEvent => new AlexaSmartHomeEvent(load());
const discovery = (): AlexaSmartHomeEvent =>
  new AlexaSmartHomeEvent(load('discovery'));
const patched = (
  patch: (event: RawAlexaSmartHomeEvent) => void,
  variant = ''
): AlexaSmartHomeEvent =>
  new AlexaSmartHomeEvent(
    patchEvent<RawAlexaSmartHomeEvent>(
      variant ? `alexa-smart-home-event.${variant}` : 'alexa-smart-home-event',
      patch
    )
  );

describe('AlexaSmartHomeEvent', () => {
  describe('directive', () => {
    it('wraps directive, the same object on every read', () => {
      const raw = load();
      const event = new AlexaSmartHomeEvent(raw);

      expect(event.directive).toBeInstanceOf(AlexaSmartHomeDirective);
      expect(event.directive.rawEvent).toBe(raw.directive);
      expect(event.directive).toBe(event.directive);
    });

    it('reads directive once', () => {
      const raw = loadEvent<RawAlexaSmartHomeEvent>('alexa-smart-home-event', {
        frozen: false,
      });
      const value = raw.directive;
      const read = counted(() => value);
      Object.defineProperty(raw, 'directive', { get: read });
      const event = new AlexaSmartHomeEvent(raw);

      event.directive;
      event.header;
      event.endpoint;
      event.payload;
      event.scope;

      expect(read.calls).toBe(1);
    });
  });

  describe('header', () => {
    it('returns every field of the TurnOn header', () => {
      const event = turnOn();

      expect(event.header).toBeInstanceOf(AlexaSmartHomeHeader);
      expect(event.header).toBe(event.directive.header);
      expectGetters(event.header, {
        namespace: 'Alexa.PowerController',
        name: 'TurnOn',
        payloadVersion: '3',
        messageId: '1bd5d003-31b9-476f-ad03-71d471922820',
        correlationToken: 'dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg==',
        instance: undefined,
      });
    });

    it('returns the discovery header, which has no correlation token', () => {
      expectGetters(discovery().header, {
        namespace: 'Alexa.Discovery',
        name: 'Discover',
        payloadVersion: '3',
        correlationToken: undefined,
      });
    });

    it('returns the instance of a multi-instance controller', () => {
      const header = patched((raw) => {
        Object.assign(raw.directive.header, {
          namespace: 'Alexa.ModeController',
          name: 'SetMode',
          instance: 'Washer.WashCycle',
        });
      }).header;

      expect(header.instance).toBe('Washer.WashCycle');
    });
  });

  describe('endpoint', () => {
    it('returns the endpoint, its scope and its cookie', () => {
      const event = turnOn();
      const endpoint = event.endpoint as AlexaSmartHomeEndpoint;

      expect(endpoint).toBeInstanceOf(AlexaSmartHomeEndpoint);
      expect(endpoint).toBe(event.endpoint);
      expect(endpoint.endpointId).toBe('appliance-001');
      expect(endpoint.cookie).toEqual({ hubId: 'hub-7f3a' });
      expect(endpoint.scope).toBeInstanceOf(AlexaSmartHomeScope);
      expect(endpoint.scope).toBe(endpoint.scope);
      expectGetters(endpoint.scope as AlexaSmartHomeScope, {
        type: 'BearerToken',
        token: 'access-token-from-skill',
        partition: undefined,
        userId: undefined,
      });
    });

    it('reads an endpoint without scope or cookie', () => {
      const endpoint = patched((raw) => {
        delete raw.directive.endpoint?.scope;
        delete raw.directive.endpoint?.cookie;
      }).endpoint as AlexaSmartHomeEndpoint;

      expect(endpoint.scope).toBeUndefined();
      expect(endpoint.cookie).toEqual({});
    });

    it('returns the partition and user of a partitioned scope', () => {
      const scope = patched((raw) => {
        Object.assign(raw.directive.endpoint?.scope as object, {
          type: 'BearerTokenWithPartition',
          partition: 'Room101',
          userId: 'guest-7',
        });
      }).scope;

      expectGetters(scope as AlexaSmartHomeScope, {
        type: 'BearerTokenWithPartition',
        partition: 'Room101',
        userId: 'guest-7',
      });
    });

    it('has no endpoint in discovery', () => {
      expect(discovery().endpoint).toBeUndefined();
    });
  });

  describe('payload and scope', () => {
    it('returns the payload as the directive sends it', () => {
      const raw = load('discovery');
      const event = new AlexaSmartHomeEvent(raw);

      expect(turnOn().payload).toEqual({});
      expect(event.payload).toBe(raw.directive.payload);
      expect(event.payload).toEqual({
        scope: { type: 'BearerToken', token: 'access-token-from-skill' },
      });
    });

    it('types the payload with the event type parameter', () => {
      const event = new AlexaSmartHomeEvent<{ brightness: number }>(
        patchEvent<RawAlexaSmartHomeEvent>('alexa-smart-home-event', (raw) => {
          raw.directive.payload = { brightness: 42 };
        })
      );

      expect(event.payload.brightness).toBe(42);
    });

    it('reads a directive without a payload as an empty one', () => {
      const event = patched((raw) => delete raw.directive.payload);

      expect(event.payload).toEqual({});
      expect(event.directive.payloadScope).toBeUndefined();
      expect(event.scope?.token).toBe('access-token-from-skill');
    });

    it('takes the scope from the endpoint, else from the payload', () => {
      const turnOnEvent = turnOn();
      const discoveryEvent = discovery();

      expect(turnOnEvent.scope).toBe(turnOnEvent.endpoint?.scope);
      expect(turnOnEvent.directive.payloadScope).toBeUndefined();
      expect(discoveryEvent.scope).toBe(discoveryEvent.directive.payloadScope);
      expect(discoveryEvent.directive.payloadScope).toBe(
        discoveryEvent.directive.payloadScope
      );
      expectGetters(discoveryEvent.scope as AlexaSmartHomeScope, {
        type: 'BearerToken',
        token: 'access-token-from-skill',
      });
      expect(
        patched((raw) => delete raw.directive.endpoint?.scope).scope
      ).toBeUndefined();
    });
  });

  describe('debug view', () => {
    it('hides the bearer token, the correlation token, the cookie and the payload', () => {
      for (const event of [
        turnOn(),
        discovery(),
        patched((raw) => {
          raw.directive.header.namespace = 'Alexa.Authorization';
          raw.directive.header.name = 'AcceptGrant';
          raw.directive.payload = {
            grant: { type: 'OAuth2.AuthorizationCode', code: 'grant-code-123' },
            grantee: { type: 'BearerToken', token: 'grantee-token-456' },
          };
        }),
      ]) {
        const view = `${String(event)}\n${inspect(event, { depth: Number.POSITIVE_INFINITY })}`;

        expect(view).not.toContain('access-token-from-skill');
        expect(view).not.toContain('dFMb0z');
        expect(view).not.toContain('hub-7f3a');
        expect(view).not.toContain('grant-code-123');
        expect(view).not.toContain('grantee-token-456');
      }
      const view = JSON.parse(String(turnOn())) as {
        header: Record<string, unknown>;
        endpoint: Record<string, unknown>;
        payload: unknown;
      };

      expect(view.header.name).toBe('TurnOn');
      expect(view.header.correlationToken).toBe('[SENSITIVE]');
      expect(view.endpoint.endpointId).toBe('appliance-001');
      expect(view.endpoint.scope).toEqual({
        rawEvent: '[SENSITIVE]',
        type: 'BearerToken',
        token: '[SENSITIVE]',
        partition: undefined,
        userId: undefined,
      });
      expect(view.payload).toBe('[SENSITIVE]');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of each sample', () => {
      expect(createAlexaSmartHomeEvent()).toEqual(load());
      expect(createAlexaSmartHomeEvent()).not.toBe(createAlexaSmartHomeEvent());
      expect(createAlexaSmartHomeEvent({ directive: 'Discover' })).toEqual(
        load('discovery')
      );
    });

    it('replaces the endpoint ID, the token and the payload', () => {
      const event = new AlexaSmartHomeEvent(
        createAlexaSmartHomeEvent({
          endpointId: 'kitchen-light',
          token: 'other-token',
          payload: { brightness: 75 },
          event: { directive: { header: { name: 'TurnOff' } } },
        })
      );
      const discovered = new AlexaSmartHomeEvent(
        createAlexaSmartHomeEvent({
          directive: 'Discover',
          payload: { scope: { type: 'BearerToken', token: 'x' } },
          token: 'discovery-token',
        })
      );

      expect(event.endpoint?.endpointId).toBe('kitchen-light');
      expect(event.scope?.token).toBe('other-token');
      expect(event.payload).toEqual({ brightness: 75 });
      expect(event.header.name).toBe('TurnOff');
      expect(discovered.scope?.token).toBe('discovery-token');
    });

    it('leaves a directive without a scope as it is when given a token', () => {
      const raw = createAlexaSmartHomeEvent({
        directive: 'Discover',
        payload: {},
        token: 'unused',
      });

      expect(raw.directive.payload).toEqual({});
    });

    it('throws a TypeError for an unknown sample or an endpoint ID in discovery', () => {
      expect(() =>
        createAlexaSmartHomeEvent({ directive: 'TurnOff' as 'TurnOn' })
      ).toThrow(
        new TypeError(
          "createAlexaSmartHomeEvent: directive must be 'TurnOn' or 'Discover', got string"
        )
      );
      expect(() =>
        createAlexaSmartHomeEvent({ directive: 'Discover', endpointId: 'x' })
      ).toThrow(
        new TypeError(
          'createAlexaSmartHomeEvent: endpointId needs a directive with an endpoint (TurnOn)'
        )
      );
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming the missing part', () => {
      expectEvtError(
        () => new AlexaSmartHomeEvent({} as RawAlexaSmartHomeEvent).directive,
        MissingFieldError,
        'AlexaSmartHomeEvent: directive is missing'
      );
      expectEvtError(
        () =>
          patched(
            (raw) => delete (raw.directive as { header?: unknown }).header
          ).header,
        MissingFieldError,
        'AlexaSmartHomeEvent: directive.header is missing'
      );
      expectEvtError(
        () =>
          patched(
            (raw) =>
              delete (raw.directive.header as { messageId?: string }).messageId
          ).header.messageId,
        MissingFieldError,
        'AlexaSmartHomeEvent: directive.header.messageId is missing'
      );
      expectEvtError(
        () =>
          patched(
            (raw) =>
              delete (
                (raw.directive.payload as { scope: { token?: string } })
                  .scope as { token?: string }
              ).token,
            'discovery'
          ).scope?.token,
        MissingFieldError,
        'AlexaSmartHomeEvent: directive.payload.scope.token is missing'
      );
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      expectEvtError(
        () =>
          patched((raw) => {
            (raw.directive.payload as Record<string, unknown>).scope = 'token';
          }, 'discovery').scope,
        FieldTypeError,
        'AlexaSmartHomeEvent: directive.payload.scope must be object, got string'
      );
      expectEvtError(
        () =>
          patched((raw) => {
            (raw.directive.endpoint as { cookie: unknown }).cookie = {
              hubId: 7,
            };
          }).endpoint?.cookie,
        FieldTypeError,
        'AlexaSmartHomeEvent: directive.endpoint.cookie.hubId must be string, got number'
      );
    });
  });
});

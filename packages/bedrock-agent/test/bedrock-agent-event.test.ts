import { inspect } from 'node:util';
import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  BaseProxyEvent,
  BedrockAgentEvent,
  BedrockAgentInfo,
  BedrockAgentProperty,
  BedrockAgentRequestBody,
  BedrockAgentRequestMedia,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawBedrockAgentEvent,
} from '../src/index';
import { createBedrockAgentEvent } from '../src/testing';

const FIXTURE = 'bedrock-agent-event';

function raw(variant?: string): RawBedrockAgentEvent {
  return loadEvent<RawBedrockAgentEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function load(variant?: string): BedrockAgentEvent {
  return new BedrockAgentEvent(raw(variant));
}

/** An event whose parameters are `parameters`, as the agent sends them. */
function withParameters(
  ...parameters: { name: string; type: string; value: string }[]
): BedrockAgentEvent {
  return new BedrockAgentEvent(
    createBedrockAgentEvent({ event: { parameters } })
  );
}

/** Puts `field` of a mutable copy of the fixture behind a getter that counts its reads. */
function countingReads(
  variant: string,
  field: keyof RawBedrockAgentEvent
): { event: RawBedrockAgentEvent; reads: { calls: number } } {
  const event = loadEvent<RawBedrockAgentEvent>(`${FIXTURE}.${variant}`, {
    frozen: false,
  });
  const value = event[field];
  const reads = counted(() => value);
  Object.defineProperty(event, field, { get: reads, enumerable: true });
  return { event, reads };
}

describe('BedrockAgentEvent', () => {
  describe('members read from the event', () => {
    it('returns each field of the OpenAPI GET event', () => {
      const event = load();

      expect(event.messageVersion).toBe('1.0');
      expect(event.inputText).toBe(
        'Which documents are still missing for claim ABC12345?'
      );
      expect(event.sessionId).toBe('12345678912345');
      expect(event.actionGroup).toBe('ClaimManagementActionGroup');
      expect(event.apiPath).toBe(
        '/claims/{claimId}/identify-missing-documents'
      );
      expect(event.httpMethod).toBe('GET');
      expect(event.sessionAttributes).toEqual({});
      expect(event.promptSessionAttributes).toEqual({});
      expect(event.requestBody).toBeUndefined();
    });

    it('returns the session and prompt session attributes', () => {
      const event = load('session-attributes');

      expect(event.sessionAttributes).toEqual({
        customerId: 'CUST-0042',
        authToken: 'eyJhbGciOiJIUzI1NiJ9.e30.sample',
      });
      expect(event.promptSessionAttributes).toEqual({
        currentDate: '2024-02-01',
      });
    });

    it('reads absent attributes as empty objects', () => {
      const event = new BedrockAgentEvent(
        patchEvent<RawBedrockAgentEvent>(FIXTURE, (source) => {
          delete source.sessionAttributes;
          delete source.promptSessionAttributes;
        })
      );

      expect(event.sessionAttributes).toEqual({});
      expect(event.promptSessionAttributes).toEqual({});
    });
  });

  describe('agent', () => {
    it('returns the name, ID, alias and version of the agent', () => {
      const agent = load().agent;

      expect(agent).toBeInstanceOf(BedrockAgentInfo);
      expect(agent.name).toBe('claims-agent');
      expect(agent.id).toBe('8ZXY0W8P1H');
      expect(agent.alias).toBe('TSTALIASID');
      expect(agent.version).toBe('DRAFT');
    });

    it('returns the same wrapper on every read', () => {
      const event = load();

      expect(event.agent).toBe(event.agent);
    });
  });

  describe('parameters', () => {
    it('wraps each parameter, in order, with its name, type and value', () => {
      const parameters = load().parameters;

      expect(
        parameters.every((item) => item instanceof BedrockAgentProperty)
      ).toBe(true);
      expect(
        parameters.map(({ name, type, value }) => ({ name, type, value }))
      ).toEqual([
        { name: 'claimId', type: 'string', value: 'ABC12345' },
        { name: 'includeArchived', type: 'boolean', value: 'false' },
        { name: 'limit', type: 'integer', value: '10' },
      ]);
    });

    it('returns the same array on every read, reading the field once', () => {
      const { event: source, reads } = countingReads('post', 'parameters');
      const event = new BedrockAgentEvent(source);

      const first = event.parameters;

      expect(event.parameters).toBe(first);
      expect(first).toEqual([]);
      expect(reads.calls).toBe(1);
    });

    it('is empty when the event has no parameters', () => {
      expect(load('no-parameters').parameters).toEqual([]);
    });
  });

  describe('typed parameter values', () => {
    it('converts each value by its declared type', () => {
      const event = load();

      expect(event.parameterValues).toEqual({
        claimId: 'ABC12345',
        includeArchived: false,
        limit: 10,
      });
      expect(event.parameterValue('limit')).toBe(10);
      expect(event.parameterValue('includeArchived')).toBe(false);
      expect(event.parameterValue('claimId')).toBe('ABC12345');
      expect(event.parameterValue('missing')).toBeUndefined();
    });

    it('parses an array parameter as JSON', () => {
      expect(load('session-attributes').parameterValue('documentIds')).toEqual([
        4, 7,
      ]);
    });

    it('returns the parameter itself by name', () => {
      const event = load();

      expect(event.parameter('limit')).toBe(event.parameters[2]);
      expect(event.parameter('Limit')).toBeUndefined();
    });

    it('builds parameterValues once, in an object without a prototype', () => {
      const event = load();

      const values = event.parameterValues;

      expect(event.parameterValues).toBe(values);
      expect(Object.getPrototypeOf(values)).toBeNull();
    });

    it('throws TypeError naming the argument when a name is not a string', () => {
      const event = load();

      expect(() => event.parameter(7 as never)).toThrow(
        new TypeError('parameter: name must be a string, got number 7')
      );
      expect(() => event.parameterValue(undefined as never)).toThrow(
        new TypeError('parameterValue: name must be a string, got undefined')
      );
    });

    it('throws DecodeError naming the parameter when a value does not match its type', () => {
      const event = withParameters(
        { name: 'claimId', type: 'string', value: 'ABC12345' },
        { name: 'limit', type: 'integer', value: 'ten' }
      );

      expectEvtError(
        () => event.parameterValue('limit'),
        DecodeError,
        'BedrockAgentEvent: parameters[1].value is not valid integer: "limit" is declared integer, but it holds another value'
      );
      expectEvtError(
        () => event.parameterValues,
        DecodeError,
        'BedrockAgentEvent: parameters[1].value is not valid integer: "limit" is declared integer, but it holds another value'
      );
    });
  });

  describe('query string views of the parameters', () => {
    it('maps every parameter name to its value as sent, as Powertools does', () => {
      const event = load();

      expect(event.queryStringParameters).toEqual({
        claimId: 'ABC12345',
        includeArchived: 'false',
        limit: '10',
      });
      expect(event.resolvedQueryStringParameters).toEqual({
        claimId: ['ABC12345'],
        includeArchived: ['false'],
        limit: ['10'],
      });
      expect(event.getQueryStringValue('claimId')).toBe('ABC12345');
      expect(event.getQueryStringValue('missing', 'none')).toBe('none');
    });

    it('does not split values on commas', () => {
      const event = withParameters({
        name: 'query',
        type: 'string',
        value: 'SELECT id, name FROM claims',
      });

      expect(event.resolvedQueryStringParameters).toEqual({
        query: ['SELECT id, name FROM claims'],
      });
    });

    it('keeps the last value of a repeated name, and __proto__ as an ordinary name', () => {
      const event = withParameters(
        { name: 'tag', type: 'string', value: 'a' },
        { name: 'tag', type: 'string', value: 'b' },
        { name: '__proto__', type: 'string', value: 'x' }
      );

      const parameters = event.queryStringParameters;

      expect(Object.getPrototypeOf(parameters)).toBeNull();
      expect(Object.keys(parameters)).toEqual(['tag', '__proto__']);
      expect(parameters.tag).toBe('b');
      expect(event.getQueryStringValue('__proto__')).toBe('x');
      expect(event.parameter('tag')?.value).toBe('a');
    });

    it('builds each view once', () => {
      const event = load();

      expect(event.queryStringParameters).toBe(event.queryStringParameters);
      expect(event.resolvedQueryStringParameters).toBe(
        event.resolvedQueryStringParameters
      );
    });

    it('is empty when the event has no parameters', () => {
      const event = load('no-parameters');

      expect(event.queryStringParameters).toEqual({});
      expect(event.resolvedQueryStringParameters).toEqual({});
      expect(event.parameterValues).toEqual({});
    });
  });

  describe('requestBody', () => {
    it('wraps the content of each media type and its properties', () => {
      const body = load('post').requestBody;

      expect(body).toBeInstanceOf(BedrockAgentRequestBody);
      expect(Object.keys(body?.content ?? {})).toEqual(['application/json']);
      const media = body?.content['application/json'];
      expect(media).toBeInstanceOf(BedrockAgentRequestMedia);
      expect(
        media?.properties.map(({ name, type, value }) => ({
          name,
          type,
          value,
        }))
      ).toEqual([
        { name: 'claimId', type: 'string', value: '20' },
        {
          name: 'pendingDocuments',
          type: 'string',
          value: 'social number and vat',
        },
        { name: 'urgency', type: 'integer', value: '2' },
      ]);
      expect(media?.properties[2]?.typedValue).toBe(2);
    });

    it('returns the same wrappers on every read, reading the field once', () => {
      const { event: source, reads } = countingReads('post', 'requestBody');
      const event = new BedrockAgentEvent(source);

      const body = event.requestBody;

      expect(event.requestBody).toBe(body);
      expect(body?.content).toBe(body?.content);
      expect(body?.content['application/json']?.properties).toBe(
        body?.content['application/json']?.properties
      );
      expect(reads.calls).toBe(1);
    });

    it('reads a body without content, and content without properties, as empty', () => {
      const empty = new BedrockAgentEvent(
        createBedrockAgentEvent({ event: { requestBody: {} } })
      );
      const noProperties = new BedrockAgentEvent(
        createBedrockAgentEvent({
          event: { requestBody: { content: { 'text/plain': {} } } },
        })
      );

      expect(empty.requestBody?.content).toEqual({});
      expect(empty.jsonBody).toBeUndefined();
      expect(
        noProperties.requestBody?.content['text/plain']?.properties
      ).toEqual([]);
    });
  });

  describe('jsonBody', () => {
    it('maps the JSON body properties to their values as sent, as Powertools does', () => {
      expect(load('post').jsonBody).toEqual({
        claimId: '20',
        pendingDocuments: 'social number and vat',
        urgency: '2',
      });
    });

    it('is undefined without a request body or without JSON content', () => {
      const other = new BedrockAgentEvent(
        createBedrockAgentEvent({
          event: {
            requestBody: { content: { 'text/plain': { properties: [] } } },
          },
        })
      );

      expect(load().jsonBody).toBeUndefined();
      expect(other.jsonBody).toBeUndefined();
    });

    it('builds the map once', () => {
      const event = load('session-attributes');

      const body = event.jsonBody;

      expect(event.jsonBody).toBe(body);
      expect(body).toEqual({ status: 'received', score: '0.75' });
    });
  });

  describe('HTTP event members', () => {
    it('is a BaseProxyEvent whose path is the API path', () => {
      const event = load();

      expect(event).toBeInstanceOf(BaseProxyEvent);
      expect(event.path).toBe('/claims/{claimId}/identify-missing-documents');
    });

    it('has no headers, body or multi-value query string, as the agent sends none', () => {
      const event = load();

      expect(event.headers.get('content-type')).toBeUndefined();
      expect([...event.resolvedHeadersField]).toEqual([]);
      expect(event.getHeaderValue('accept', 'none')).toBe('none');
      expect(event.body).toBeUndefined();
      expect(event.decodedBody).toBeUndefined();
      expect(event.isBase64Encoded).toBe(false);
      expect(event.multiValueQueryStringParameters).toEqual({});
      expect(event.getMultiValueQueryStringValues('claimId')).toEqual([]);
    });
  });

  describe('debug view', () => {
    it('hides parameter values in lists, and credentials in the maps keyed by name', () => {
      const event = new BedrockAgentEvent(
        createBedrockAgentEvent({
          parameters: { password: 'SECRET-1', page: 2 },
          jsonBody: { apiKey: 'SECRET-2', city: 'Lisbon' },
          sessionAttributes: { authToken: 'SECRET-3', customerId: 'CUST-0042' },
        })
      );

      const text = `${String(event)}\n${inspect(event, { depth: null })}`;

      for (let index = 1; index <= 3; index++) {
        expect(text).not.toContain(`SECRET-${index}`);
      }
      expect(text).toContain('Lisbon');
      expect(text).toContain('CUST-0042');
      expect(JSON.parse(String(event)).parameters[0]).toEqual({
        rawEvent: '[SENSITIVE]',
        name: 'password',
        type: 'string',
        value: '[SENSITIVE]',
        typedValue: '[SENSITIVE]',
      });
    });

    it('parses no array parameter for the view', () => {
      const deserializer = counted(JSON.parse);
      const event = new BedrockAgentEvent(raw('session-attributes'), {
        jsonDeserializer: deserializer,
      });

      const view = JSON.parse(String(event));

      expect(view.parameterValues).toBe('[not decoded: 6 bytes]');
      expect(deserializer.calls).toBe(0);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const event = createBedrockAgentEvent();

      expect(event).toEqual(raw());
      expect(event).not.toBe(createBedrockAgentEvent());
    });

    it('builds the event with replaced fields and typed values', () => {
      const event = new BedrockAgentEvent(
        createBedrockAgentEvent({
          actionGroup: 'OrdersActionGroup',
          inputText: 'Order three lamps',
          apiPath: '/orders',
          httpMethod: 'POST',
          parameters: { dryRun: true, tags: ['a', 'b'] },
          jsonBody: { item: 'lamp', quantity: 3, price: 19.5 },
          sessionAttributes: { customerId: 'C-1' },
          promptSessionAttributes: { locale: 'en-GB' },
          event: { agent: { alias: 'PROD' } },
        })
      );

      expect(event.actionGroup).toBe('OrdersActionGroup');
      expect(event.inputText).toBe('Order three lamps');
      expect(event.apiPath).toBe('/orders');
      expect(event.httpMethod).toBe('POST');
      expect(event.parameters.map(({ type, value }) => [type, value])).toEqual([
        ['boolean', 'true'],
        ['array', '["a","b"]'],
      ]);
      expect(event.parameterValues).toEqual({ dryRun: true, tags: ['a', 'b'] });
      expect(
        event.requestBody?.content['application/json']?.properties.map(
          (property) => property.typedValue
        )
      ).toEqual(['lamp', 3, 19.5]);
      expect(event.sessionAttributes).toEqual({ customerId: 'C-1' });
      expect(event.promptSessionAttributes).toEqual({ locale: 'en-GB' });
      expect(event.agent.alias).toBe('PROD');
      expect(event.agent.name).toBe('claims-agent');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming a required field that is absent', () => {
      const event = new BedrockAgentEvent(
        patchEvent<RawBedrockAgentEvent>(FIXTURE, (source) => {
          delete (source as Partial<RawBedrockAgentEvent>).apiPath;
          delete (source as Partial<RawBedrockAgentEvent>).agent;
        })
      );

      expectEvtError(
        () => event.apiPath,
        MissingFieldError,
        'BedrockAgentEvent: apiPath is missing'
      );
      expectEvtError(
        () => event.path,
        MissingFieldError,
        'BedrockAgentEvent: apiPath is missing'
      );
      expectEvtError(
        () => event.agent.id,
        MissingFieldError,
        'BedrockAgentEvent: agent is missing'
      );
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      const event = new BedrockAgentEvent(
        patchEvent<RawBedrockAgentEvent>(`${FIXTURE}.post`, (source) => {
          const media = source.requestBody?.content?.['application/json'];
          (media?.properties?.[1] as unknown as { value: number }).value = 7;
          (source as unknown as { httpMethod: null }).httpMethod = null;
          (source.sessionAttributes as unknown as { n: number }).n = 1;
        })
      );

      expectEvtError(
        () =>
          event.requestBody?.content['application/json']?.properties[1]?.value,
        FieldTypeError,
        'BedrockAgentEvent: requestBody.content.application/json.properties[1].value must be string, got number'
      );
      expectEvtError(
        () => event.httpMethod,
        MissingFieldError,
        'BedrockAgentEvent: httpMethod is missing'
      );
      expectEvtError(
        () => event.sessionAttributes,
        FieldTypeError,
        'BedrockAgentEvent: sessionAttributes.n must be string, got number'
      );
    });

    it('throws FieldTypeError when parameters is not a list', () => {
      const event = new BedrockAgentEvent(
        patchEvent<RawBedrockAgentEvent>(FIXTURE, (source) => {
          (source as unknown as { parameters: string }).parameters = 'claimId';
        })
      );

      expectEvtError(
        () => event.queryStringParameters,
        FieldTypeError,
        'BedrockAgentEvent: parameters must be array, got string'
      );
    });

    it('throws DecodeError naming an array parameter that is not JSON', () => {
      const event = withParameters({
        name: 'ids',
        type: 'array',
        value: '[a, b]',
      });

      const error = expectEvtError(
        () => event.parameterValue('ids'),
        DecodeError,
        `BedrockAgentEvent: parameters[0].value is not valid JSON: ${jsonErrorOf('[a, b]')}`
      );

      expect(error.path).toBe('parameters[0].value');
    });
  });
});

import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import {
  BedrockAgentEvent,
  BedrockAgentFunctionEvent,
  bedrockAgentFunctionResponse,
  bedrockAgentResponse,
  type RawBedrockAgentEvent,
  type RawBedrockAgentFunctionEvent,
} from '../src/index';
import {
  createBedrockAgentEvent,
  createBedrockAgentFunctionEvent,
} from '../src/testing';

const post = (): BedrockAgentEvent =>
  new BedrockAgentEvent(
    loadEvent<RawBedrockAgentEvent>('bedrock-agent-event.post')
  );
const vacation = (): BedrockAgentFunctionEvent =>
  new BedrockAgentFunctionEvent(
    loadEvent<RawBedrockAgentFunctionEvent>('bedrock-agent-function-event')
  );

/** A call with malformed arguments: the event, the init, and the TypeError's message. */
type Misuse = [request: unknown, init: unknown, message: string];

/** Expects each call to throw the TypeError that names its malformed argument. */
function expectMisuse(
  build: (request: never, init: never) => unknown,
  cases: readonly Misuse[]
): void {
  for (const [request, init, message] of cases) {
    expect(() => build(request as never, init as never)).toThrow(
      new TypeError(message)
    );
  }
}

describe('bedrockAgentResponse', () => {
  it('builds the response of the OpenAPI example in the Bedrock guide', () => {
    const response = bedrockAgentResponse(post(), { body: 'sample response' });

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      messageVersion: '1.0',
      response: {
        actionGroup: 'ClaimManagementActionGroup',
        apiPath: '/send-reminders',
        httpMethod: 'POST',
        httpStatusCode: 200,
        responseBody: {
          'application/json': {
            body: 'sample response',
          },
        },
      },
      sessionAttributes: {},
      promptSessionAttributes: {},
    });
  });

  it('builds the documented shape with every optional part', () => {
    const event = new BedrockAgentEvent(
      loadEvent<RawBedrockAgentEvent>('bedrock-agent-event.session-attributes')
    );

    const response = bedrockAgentResponse(event, {
      body: { updated: [4, 7] },
      httpStatusCode: 201,
      promptSessionAttributes: { currentDate: '2024-02-02' },
      knowledgeBasesConfiguration: [
        {
          knowledgeBaseId: 'KB12345678',
          retrievalConfiguration: {
            vectorSearchConfiguration: {
              numberOfResults: 5,
              overrideSearchType: 'HYBRID',
              filter: { equals: { key: 'claimId', value: 'ABC12345' } },
            },
          },
        },
      ],
    });

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      messageVersion: '1.0',
      response: {
        actionGroup: 'ClaimManagementActionGroup',
        apiPath: '/claims/{claimId}/documents',
        httpMethod: 'PUT',
        httpStatusCode: 201,
        responseBody: {
          'application/json': {
            body: '{"updated":[4,7]}',
          },
        },
      },
      sessionAttributes: {
        customerId: 'CUST-0042',
        authToken: 'eyJhbGciOiJIUzI1NiJ9.e30.sample',
      },
      promptSessionAttributes: {
        currentDate: '2024-02-02',
      },
      knowledgeBasesConfiguration: [
        {
          knowledgeBaseId: 'KB12345678',
          retrievalConfiguration: {
            vectorSearchConfiguration: {
              numberOfResults: 5,
              overrideSearchType: 'HYBRID',
              filter: { equals: { key: 'claimId', value: 'ABC12345' } },
            },
          },
        },
      ],
    });
  });

  it('answers the raw event too, and sends a body under its content type', () => {
    const raw = createBedrockAgentEvent({ httpMethod: 'DELETE' });
    delete raw.sessionAttributes;

    const response = bedrockAgentResponse(raw, {
      body: 'gone',
      httpStatusCode: 404,
      contentType: 'text/plain',
      sessionAttributes: { reason: 'not found' },
    });

    expect(response).toStrictEqual({
      messageVersion: '1.0',
      response: {
        actionGroup: 'ClaimManagementActionGroup',
        apiPath: '/claims/{claimId}/identify-missing-documents',
        httpMethod: 'DELETE',
        httpStatusCode: 404,
        responseBody: { 'text/plain': { body: 'gone' } },
      },
      sessionAttributes: { reason: 'not found' },
      promptSessionAttributes: {},
    });
  });

  it('copies the attributes it sends back and sends {} for an event without them', () => {
    const event = post();
    const raw = createBedrockAgentEvent();
    delete raw.sessionAttributes;
    raw.promptSessionAttributes = null;

    const response = bedrockAgentResponse(event, { body: '' });
    const fromRaw = bedrockAgentResponse(raw, { body: 'ok' });

    expect(response.sessionAttributes).not.toBe(event.sessionAttributes);
    expect(fromRaw.sessionAttributes).toStrictEqual({});
    expect(fromRaw.promptSessionAttributes).toStrictEqual({});
  });

  it('keeps __proto__ as an ordinary attribute name', () => {
    const attributes = Object.fromEntries([['__proto__', 'x']]);

    const response = bedrockAgentResponse(post(), {
      body: 'ok',
      sessionAttributes: attributes,
    });

    expect(Object.keys(response.sessionAttributes)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(response.sessionAttributes)).toBe(
      Object.prototype
    );
  });

  describe('misuse', () => {
    it('throws TypeError naming a malformed argument', () => {
      const event = post();
      const cases: Misuse[] = [
        [
          event,
          { body: 'x', httpStatusCode: 99 },
          'bedrockAgentResponse: init.httpStatusCode must be an integer from 100 to 599, got number 99',
        ],
        [
          event,
          { body: 'x', httpStatusCode: 200.5 },
          'bedrockAgentResponse: init.httpStatusCode must be an integer from 100 to 599, got number 200.5',
        ],
        [
          event,
          { body: 'x', httpStatusCode: '200' },
          'bedrockAgentResponse: init.httpStatusCode must be an integer from 100 to 599, got string',
        ],
        [
          event,
          { body: 'x', contentType: '' },
          'bedrockAgentResponse: init.contentType must be a non-empty string, got an empty string',
        ],
        [
          event,
          { body: undefined },
          'bedrockAgentResponse: init.body must be a string or a JSON-serialisable value, got undefined',
        ],
        [
          event,
          { body: () => 1 },
          'bedrockAgentResponse: init.body must be a string or a JSON-serialisable value, got function',
        ],
        [
          event,
          { body: 'x', sessionAttributes: [] },
          'bedrockAgentResponse: init.sessionAttributes must be an object, got array',
        ],
        [
          event,
          { body: 'x', promptSessionAttributes: { n: 1 } },
          'bedrockAgentResponse: init.promptSessionAttributes["n"] must be a string, got number 1',
        ],
        [
          event,
          { body: 'x', knowledgeBasesConfiguration: {} },
          'bedrockAgentResponse: init.knowledgeBasesConfiguration must be an array, got object',
        ],
        [
          event,
          { body: 'x', knowledgeBasesConfiguration: ['KB1'] },
          'bedrockAgentResponse: init.knowledgeBasesConfiguration[0] must be an object, got string',
        ],
        [
          event,
          { body: 'x', knowledgeBasesConfiguration: [{}] },
          'bedrockAgentResponse: init.knowledgeBasesConfiguration[0].knowledgeBaseId must be a string, got undefined',
        ],
        [
          { actionGroup: 'A', apiPath: '/a' },
          { body: 'x' },
          'bedrockAgentResponse: event.httpMethod must be a string, got undefined',
        ],
        [
          {
            actionGroup: 'A',
            apiPath: '/a',
            httpMethod: 'GET',
            sessionAttributes: 'x',
          },
          { body: 'x' },
          'bedrockAgentResponse: event.sessionAttributes must be an object, got string',
        ],
      ];

      expectMisuse(bedrockAgentResponse, cases);
    });

    it('throws TypeError naming the body when it cannot be serialised, with the cause', () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;

      let caught: unknown;
      try {
        bedrockAgentResponse(post(), { body: cyclic });
      } catch (error) {
        caught = error;
      }

      expect(caught).toBeInstanceOf(TypeError);
      expect((caught as TypeError).message).toBe(
        'bedrockAgentResponse: init.body must be a string or a JSON-serialisable value, and it could not be serialised'
      );
      expect((caught as TypeError).cause).toBeInstanceOf(TypeError);
    });
  });
});

describe('bedrockAgentFunctionResponse', () => {
  it('builds the response of the function-details example in the Bedrock guide', () => {
    const response = bedrockAgentFunctionResponse(vacation(), {
      body: 'sample response',
    });

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      messageVersion: '1.0',
      response: {
        actionGroup: 'VacationsActionGroup',
        function: 'submitVacationRequest',
        functionResponse: {
          responseBody: {
            TEXT: {
              body: 'sample response',
            },
          },
        },
      },
      sessionAttributes: {
        employeeId: 'EMP123',
        department: 'Engineering',
      },
      promptSessionAttributes: {
        lastInteraction: '2024-02-01T15:30:00Z',
        requestType: 'vacation',
      },
    });
  });

  it.each(['FAILURE', 'REPROMPT'] as const)(
    'sets the %s response state before the body',
    (responseState) => {
      const response = bedrockAgentFunctionResponse(vacation(), {
        body: { error: 'end date before start date' },
        responseState,
        sessionAttributes: {},
        knowledgeBasesConfiguration: [
          {
            knowledgeBaseId: 'KB12345678',
            retrievalConfiguration: {
              vectorSearchConfiguration: { numberOfResults: 3 },
            },
          },
        ],
      });

      expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
        messageVersion: '1.0',
        response: {
          actionGroup: 'VacationsActionGroup',
          function: 'submitVacationRequest',
          functionResponse: {
            responseState,
            responseBody: {
              TEXT: {
                body: '{"error":"end date before start date"}',
              },
            },
          },
        },
        sessionAttributes: {},
        promptSessionAttributes: {
          lastInteraction: '2024-02-01T15:30:00Z',
          requestType: 'vacation',
        },
        knowledgeBasesConfiguration: [
          {
            knowledgeBaseId: 'KB12345678',
            retrievalConfiguration: {
              vectorSearchConfiguration: { numberOfResults: 3 },
            },
          },
        ],
      });
      expect(Object.keys(response.response.functionResponse)).toEqual([
        'responseState',
        'responseBody',
      ]);
    }
  );

  it('answers the raw event too', () => {
    const response = bedrockAgentFunctionResponse(
      createBedrockAgentFunctionEvent({ function: 'cancelVacation' }),
      { body: 42 }
    );

    expect(response.response).toStrictEqual({
      actionGroup: 'VacationsActionGroup',
      function: 'cancelVacation',
      functionResponse: { responseBody: { TEXT: { body: '42' } } },
    });
  });

  it('throws TypeError naming a malformed argument', () => {
    const event = vacation();
    const cases: Misuse[] = [
      [
        event,
        { body: 'x', responseState: 'RETRY' },
        "bedrockAgentFunctionResponse: init.responseState must be 'FAILURE' or 'REPROMPT', got string",
      ],
      [
        event,
        { body: Symbol('x') },
        'bedrockAgentFunctionResponse: init.body must be a string or a JSON-serialisable value, got symbol',
      ],
      [
        { actionGroup: 'A', function: 7 },
        { body: 'x' },
        'bedrockAgentFunctionResponse: event.function must be a string, got number 7',
      ],
    ];

    expectMisuse(bedrockAgentFunctionResponse, cases);
  });

  it('throws the event error when the event wrapper lacks a field it echoes', () => {
    const raw = createBedrockAgentFunctionEvent();
    delete (raw as { function?: string }).function;

    expect(() =>
      bedrockAgentFunctionResponse(new BedrockAgentFunctionEvent(raw), {
        body: 'x',
      })
    ).toThrow('BedrockAgentFunctionEvent: function is missing');
  });
});

describe.each([
  ['bedrockAgentResponse', bedrockAgentResponse, post],
  ['bedrockAgentFunctionResponse', bedrockAgentFunctionResponse, vacation],
] as const)('%s', (name, build, event) => {
  it('throws TypeError naming an event or init that is not an object', () => {
    expectMisuse(build, [
      [null, { body: 'x' }, `${name}: event must be an object, got null`],
      [
        undefined,
        { body: 'x' },
        `${name}: event must be an object, got undefined`,
      ],
      [event(), 'x', `${name}: init must be an object, got string`],
      [event(), [], `${name}: init must be an object, got array`],
    ]);
  });
});

import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  BedrockAgentFunctionEvent,
  BedrockAgentFunctionParameter,
  BedrockAgentInfo,
  BedrockAgentProperty,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawBedrockAgentFunctionEvent,
} from '../src/index';
import { createBedrockAgentFunctionEvent } from '../src/testing';

const FIXTURE = 'bedrock-agent-function-event';

function raw(variant?: string): RawBedrockAgentFunctionEvent {
  return loadEvent<RawBedrockAgentFunctionEvent>(
    variant ? `${FIXTURE}.${variant}` : FIXTURE
  );
}

function load(variant?: string): BedrockAgentFunctionEvent {
  return new BedrockAgentFunctionEvent(raw(variant));
}

/** An event with one parameter of the given type and value. */
function withParameter(type: string, value: string): BedrockAgentFunctionEvent {
  return new BedrockAgentFunctionEvent(
    createBedrockAgentFunctionEvent({
      event: { parameters: [{ name: 'input', type, value }] },
    })
  );
}

describe('BedrockAgentFunctionEvent', () => {
  describe('members read from the event', () => {
    it('returns each field of the function-details event', () => {
      const event = load();

      expect(event.messageVersion).toBe('1.0');
      expect(event.inputText).toBe(
        'I want to request vacation from March 15 to March 20'
      );
      expect(event.sessionId).toBe('123456789123458');
      expect(event.actionGroup).toBe('VacationsActionGroup');
      expect(event.function).toBe('submitVacationRequest');
      expect(event.sessionAttributes).toEqual({
        employeeId: 'EMP123',
        department: 'Engineering',
      });
      expect(event.promptSessionAttributes).toEqual({
        lastInteraction: '2024-02-01T15:30:00Z',
        requestType: 'vacation',
      });
    });

    it('returns the agent, once', () => {
      const event = load();

      const agent = event.agent;

      expect(agent).toBeInstanceOf(BedrockAgentInfo);
      expect(event.agent).toBe(agent);
      expect([agent.name, agent.id, agent.alias, agent.version]).toEqual([
        'hr-assistant-function-def',
        '1234abcd',
        'PROD',
        '1',
      ]);
    });

    it('reads absent attributes and parameters as empty', () => {
      const event = new BedrockAgentFunctionEvent(
        patchEvent<RawBedrockAgentFunctionEvent>(FIXTURE, (source) => {
          delete source.sessionAttributes;
          source.promptSessionAttributes = null;
          delete source.parameters;
        })
      );

      expect(event.sessionAttributes).toEqual({});
      expect(event.promptSessionAttributes).toEqual({});
      expect(event.parameters).toEqual([]);
      expect(event.parameterValues).toEqual({});
    });
  });

  describe('parameters', () => {
    it('wraps each parameter, in order, under the function parameter class', () => {
      const parameters = load().parameters;

      expect(parameters[0]).toBeInstanceOf(BedrockAgentFunctionParameter);
      expect(parameters[0]).toBeInstanceOf(BedrockAgentProperty);
      expect(
        parameters.map(({ name, type, value }) => ({ name, type, value }))
      ).toEqual([
        { name: 'startDate', type: 'string', value: '2024-03-15' },
        { name: 'endDate', type: 'string', value: '2024-03-20' },
      ]);
    });

    it('returns the same array on every read, reading the field once', () => {
      const source = loadEvent<RawBedrockAgentFunctionEvent>(FIXTURE, {
        frozen: false,
      });
      const value = source.parameters;
      const reads = counted(() => value);
      Object.defineProperty(source, 'parameters', { get: reads });
      const event = new BedrockAgentFunctionEvent(source);

      const first = event.parameters;

      expect(event.parameters).toBe(first);
      expect(event.parameterValues).toBe(event.parameterValues);
      expect(reads.calls).toBe(1);
    });

    it('finds a parameter and its value by name', () => {
      const event = load();

      expect(event.parameter('endDate')).toBe(event.parameters[1]);
      expect(event.parameterValue('startDate')).toBe('2024-03-15');
      expect(event.parameter('nights')).toBeUndefined();
      expect(event.parameterValue('nights')).toBeUndefined();
    });

    it('throws TypeError naming the argument when a name is not a string', () => {
      expect(() => load().parameterValue(null as never)).toThrow(
        new TypeError('parameterValue: name must be a string, got null')
      );
      expect(() => load().parameter({} as never)).toThrow(
        new TypeError('parameter: name must be a string, got object')
      );
    });
  });

  describe('typedValue', () => {
    it('converts one parameter of each documented type', () => {
      const event = load('typed-parameters');

      expect(event.parameterValues).toEqual({
        rooms: 2,
        nights: 5,
        maxRate: 189.5,
        breakfast: true,
        cities: ['Lisbon', 'Porto'],
      });
      expect(
        event.parameters.map((parameter) => typeof parameter.typedValue)
      ).toEqual(['number', 'number', 'number', 'boolean', 'object']);
    });

    it.each([
      ['number', '-2.5', -2.5],
      ['number', ' 1e3 ', 1000],
      ['number', '.5', 0.5],
      ['integer', '+42', 42],
      ['integer', '4.0', 4],
      ['boolean', 'True', true],
      ['boolean', ' FALSE ', false],
      ['array', '[]', []],
      ['array', '[{"id":1}]', [{ id: 1 }]],
      ['string', '42', '42'],
      ['object', '{"a":1}', '{"a":1}'],
    ])('converts a %s of %j to %j', (type, value, expected) => {
      expect(withParameter(type, value).parameterValue('input')).toEqual(
        expected
      );
    });

    it.each([
      ['number', 'abc'],
      ['number', ''],
      ['number', '0x10'],
      ['number', 'Infinity'],
      ['number', '1e999'],
      ['integer', '4.5'],
      ['integer', '9007199254740993'],
      ['boolean', 'yes'],
    ])(
      'throws DecodeError naming the parameter for a %s of %j',
      (type, value) => {
        expectEvtError(
          () => withParameter(type, value).parameterValue('input'),
          DecodeError,
          `BedrockAgentFunctionEvent: parameters[0].value is not valid ${type}: "input" is declared ${type}, but it holds another value`
        );
      }
    );

    it('throws DecodeError when an array parameter parses to something else', () => {
      const error = expectEvtError(
        () => withParameter('array', '{"a":1}').parameterValue('input'),
        DecodeError,
        'BedrockAgentFunctionEvent: parameters[0].value is not valid array: "input" is declared array, but it parses to object'
      );

      expect(error.format).toBe('array');
    });

    it('converts once and parses an array once', () => {
      const deserializer = counted(JSON.parse);
      const event = new BedrockAgentFunctionEvent(raw('typed-parameters'), {
        jsonDeserializer: deserializer,
      });
      const cities = event.parameters[4];

      const first = cities?.typedValue;

      expect(cities?.typedValue).toBe(first);
      expect(event.parameterValue('cities')).toBe(first);
      expect(deserializer.calls).toBe(1);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const event = createBedrockAgentFunctionEvent();

      expect(event).toEqual(raw());
      expect(event).not.toBe(createBedrockAgentFunctionEvent());
    });

    it('builds the event with replaced fields and typed parameters', () => {
      const event = new BedrockAgentFunctionEvent(
        createBedrockAgentFunctionEvent({
          actionGroup: 'BookingActionGroup',
          function: 'bookHotel',
          inputText: 'Book two nights',
          parameters: { nights: 2, rate: 99.9, city: 'Porto' },
          sessionAttributes: {},
          promptSessionAttributes: { channel: 'web' },
          event: { sessionId: 'S-1' },
        })
      );

      expect(event.actionGroup).toBe('BookingActionGroup');
      expect(event.function).toBe('bookHotel');
      expect(event.inputText).toBe('Book two nights');
      expect(event.parameters.map(({ type }) => type)).toEqual([
        'integer',
        'number',
        'string',
      ]);
      expect(event.parameterValues).toEqual({
        nights: 2,
        rate: 99.9,
        city: 'Porto',
      });
      expect(event.sessionAttributes).toEqual({});
      expect(event.promptSessionAttributes).toEqual({ channel: 'web' });
      expect(event.sessionId).toBe('S-1');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming a required field that is absent', () => {
      const event = new BedrockAgentFunctionEvent(
        patchEvent<RawBedrockAgentFunctionEvent>(FIXTURE, (source) => {
          delete (source as Partial<RawBedrockAgentFunctionEvent>).function;
          delete (source.agent as Partial<typeof source.agent>).version;
          const [, endDate] = source.parameters as { type?: string }[];
          if (endDate) delete endDate.type;
        })
      );

      expectEvtError(
        () => event.function,
        MissingFieldError,
        'BedrockAgentFunctionEvent: function is missing'
      );
      expectEvtError(
        () => event.agent.version,
        MissingFieldError,
        'BedrockAgentFunctionEvent: agent.version is missing'
      );
      expectEvtError(
        () => event.parameterValue('endDate'),
        MissingFieldError,
        'BedrockAgentFunctionEvent: parameters[1].type is missing'
      );
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      const event = new BedrockAgentFunctionEvent(
        patchEvent<RawBedrockAgentFunctionEvent>(FIXTURE, (source) => {
          (source as unknown as { inputText: number }).inputText = 3;
          (source as unknown as { parameters: unknown[] }).parameters = ['x'];
        })
      );

      expectEvtError(
        () => event.inputText,
        FieldTypeError,
        'BedrockAgentFunctionEvent: inputText must be string, got number'
      );
      expectEvtError(
        () => event.parameters,
        FieldTypeError,
        'BedrockAgentFunctionEvent: parameters[0] must be object, got string'
      );
    });
  });
});

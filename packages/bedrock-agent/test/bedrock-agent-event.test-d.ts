import { eventSource } from '@evt/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BaseProxyEvent,
  BedrockAgentEvent,
  type BedrockAgentInfo,
  type BedrockAgentParameterValue,
  type BedrockAgentProperty,
  type BedrockAgentRequestBody,
  type BedrockAgentRequestMedia,
  type BedrockAgentResponse,
  bedrockAgentResponse,
  type RawBedrockAgentEvent,
} from '../src/index';
import { createBedrockAgentEvent } from '../src/testing';

declare const raw: RawBedrockAgentEvent;

// @types/aws-lambda has no Amazon Bedrock agent types, so there is no assignability to check.
describe('BedrockAgentEvent', () => {
  it('accepts what the testing factory builds, also through eventSource', () => {
    expectTypeOf(createBedrockAgentEvent()).toExtend<RawBedrockAgentEvent>();

    const handler = eventSource(
      BedrockAgentEvent,
      async (event) => event.apiPath
    );

    expectTypeOf(handler).parameter(0).toEqualTypeOf<RawBedrockAgentEvent>();
  });

  it('is a BaseProxyEvent typing jsonBody with the body type', () => {
    interface Reminder {
      claimId: string;
    }
    const event = new BedrockAgentEvent<Reminder>(raw);

    expectTypeOf(event).toExtend<
      BaseProxyEvent<RawBedrockAgentEvent, Reminder>
    >();
    expectTypeOf(event.jsonBody).toEqualTypeOf<Reminder | undefined>();
  });

  it('types its getters and methods', () => {
    const event = new BedrockAgentEvent(raw);

    expectTypeOf(event.messageVersion).toEqualTypeOf<string>();
    expectTypeOf(event.agent).toEqualTypeOf<BedrockAgentInfo>();
    expectTypeOf(event.path).toEqualTypeOf<string>();
    expectTypeOf(event.httpMethod).toEqualTypeOf<string>();
    expectTypeOf(event.parameters).toEqualTypeOf<BedrockAgentProperty[]>();
    expectTypeOf(event.requestBody).toEqualTypeOf<
      BedrockAgentRequestBody | undefined
    >();
    expectTypeOf(event.requestBody?.content['application/json']).toEqualTypeOf<
      BedrockAgentRequestMedia | undefined
    >();
    expectTypeOf(event.sessionAttributes).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.queryStringParameters).toEqualTypeOf<
      Record<string, string>
    >();
    expectTypeOf(event.resolvedQueryStringParameters).toEqualTypeOf<
      Record<string, string[]>
    >();
    expectTypeOf(event.parameterValue('limit')).toEqualTypeOf<
      BedrockAgentParameterValue | undefined
    >();
    expectTypeOf(event.parameter('limit')).toEqualTypeOf<
      BedrockAgentProperty | undefined
    >();
  });

  it('is answered by bedrockAgentResponse, as a wrapper or raw', () => {
    expectTypeOf(
      bedrockAgentResponse(new BedrockAgentEvent(raw), { body: 'ok' })
    ).toEqualTypeOf<BedrockAgentResponse>();
    expectTypeOf(bedrockAgentResponse(raw, { body: { ok: true } }))
      .toHaveProperty('messageVersion')
      .toEqualTypeOf<'1.0'>();
  });
});

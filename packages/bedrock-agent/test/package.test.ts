import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/bedrock-agent', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/bedrock-agent');
  });

  it('exports exactly its wrappers, builders, the base class and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BaseProxyEvent',
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'BedrockAgentEvent',
        'BedrockAgentFunctionEvent',
        'BedrockAgentFunctionParameter',
        'BedrockAgentInfo',
        'BedrockAgentProperty',
        'BedrockAgentRequestBody',
        'BedrockAgentRequestMedia',
        'bedrockAgentFunctionResponse',
        'bedrockAgentResponse',
        'isBedrockAgentEvent',
        'isBedrockAgentFunctionEvent',
      ].sort()
    );
  });
});

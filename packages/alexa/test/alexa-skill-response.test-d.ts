import { describe, expectTypeOf, it } from 'vitest';
import {
  type AlexaSkillCard,
  type AlexaSkillOutputSpeech,
  type AlexaSkillResponse,
  alexaSkillResponse,
} from '../src/index';

describe('alexaSkillResponse types', () => {
  it('carries the session attribute type to the response', () => {
    const response = alexaSkillResponse({
      speech: 'Hello',
      sessionAttributes: { visits: 1 },
    });

    expectTypeOf(response).toEqualTypeOf<
      AlexaSkillResponse<{ visits: number }>
    >();
    expectTypeOf(response.version).toEqualTypeOf<'1.0'>();
    expectTypeOf(response.response.outputSpeech).toEqualTypeOf<
      AlexaSkillOutputSpeech | undefined
    >();
    expectTypeOf(response.response.card).toEqualTypeOf<
      AlexaSkillCard | undefined
    >();
  });

  it('takes speech as a string, { text } or { ssml }, and cards by type', () => {
    expectTypeOf(alexaSkillResponse).toBeCallableWith({
      speech: { ssml: '<speak>Hi</speak>', playBehavior: 'ENQUEUE' },
      reprompt: { text: 'Hi?' },
      card: { type: 'LinkAccount' },
    });
    expectTypeOf(alexaSkillResponse).toBeCallableWith({
      card: { type: 'Simple', title: 'Trip', content: 'Seattle' },
      directives: [{ type: 'Dialog.Delegate', updatedIntent: {} }],
    });
    // @ts-expect-error: a Simple card has content, not text
    alexaSkillResponse({ card: { type: 'Simple', title: 'T', text: 'x' } });
    // @ts-expect-error: an unknown play behavior
    alexaSkillResponse({ speech: { text: 'Hi', playBehavior: 'LATER' } });
  });
});

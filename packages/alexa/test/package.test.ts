import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/alexa', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/alexa');
  });

  it('exports exactly its wrappers, builder, guards and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'AlexaSkillAudioPlayerState',
        'AlexaSkillContext',
        'AlexaSkillDevice',
        'AlexaSkillEvent',
        'AlexaSkillIntent',
        'AlexaSkillRequest',
        'AlexaSkillResolution',
        'AlexaSkillResolutionValue',
        'AlexaSkillSession',
        'AlexaSkillSessionEndedError',
        'AlexaSkillSlot',
        'AlexaSkillSlotResolutions',
        'AlexaSkillSystem',
        'AlexaSkillUser',
        'AlexaSkillViewport',
        'AlexaSmartHomeDirective',
        'AlexaSmartHomeEndpoint',
        'AlexaSmartHomeEvent',
        'AlexaSmartHomeHeader',
        'AlexaSmartHomeScope',
        'alexaSkillResponse',
        'isAlexaSkillEvent',
        'isAlexaSmartHomeEvent',
      ].sort()
    );
  });
});

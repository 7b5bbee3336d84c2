import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/sagemaker', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/sagemaker');
  });

  it('exports exactly its wrappers, builders, helper, guards and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'GroundTruthAnnotationConsolidationEvent',
        'GroundTruthAnnotationPayload',
        'GroundTruthPreHumanTaskEvent',
        'groundTruthConsolidationResponse',
        'groundTruthPreHumanTaskResponse',
        'isGroundTruthAnnotationConsolidationEvent',
        'isGroundTruthPreHumanTaskEvent',
        'parseS3Uri',
      ].sort()
    );
  });
});

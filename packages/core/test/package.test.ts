import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/core', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/core');
  });

  it('exports exactly what Lambda authors use and the authoring kit', () => {
    const forLambdaAuthors = [
      'DEFAULT_MAX_INFLATED_BYTES',
      'DEFAULT_MAX_JSON_BYTES',
      'DecodeError',
      'EventWrapper',
      'EvtError',
      'FieldTypeError',
      'HeaderMap',
      'MissingFieldError',
      'PayloadTooLargeError',
      'ValidationError',
      'addSensitiveNames',
      'base64FromJson',
      'base64FromString',
      'decodeBase64',
      'decodeBase64Text',
      'decodePercentEscapes',
      'decodeUtf8',
      'dnsSuffixOf',
      'encodeBase64',
      'eventSource',
      'inflate',
      'parseCookies',
      'parseJson',
      'parseQueryString',
      'partitionOf',
    ];
    const authoringKit = [
      'Base64Data',
      'BaseProxyEvent',
      'BaseRecordResultsResponse',
      'BaseProxyEventV2',
      'BaseProxyRequestContextV2',
      'RequestContextV2AuthorizerIam',
      'RequestContextV2Http',
      'EventBridgeEnvelope',
      'TumblingWindow',
      'TumblingWindowBatch',
      'UNSET',
      'argumentError',
      'arrayOrEmpty',
      'checkPlainWrapper',
      'checkWrapper',
      'child',
      'childOrEmpty',
      'decodeNestedCompressedJson',
      'decodeNestedJson',
      'extendEventWrapper',
      'fieldError',
      'firstOf',
      'hasOwnKey',
      'inflateJson',
      'isObject',
      'kindOf',
      'locate',
      'mapOrEmpty',
      'nonEmptyStringArgument',
      'objectArgument',
      'oneLine',
      'optionOf',
      'positiveSafeInteger',
      'optionalBoolean',
      'optionalChild',
      'optionalNumber',
      'optionalObject',
      'optionalString',
      'optionalStringOf',
      'ownValue',
      'readHeaderMap',
      'readMultiValueHeaderMap',
      'recordResultOf',
      'requireArray',
      'requireBoolean',
      'requireNumber',
      'requireObject',
      'requireString',
      'requireStringArray',
      'stringArrayOrEmpty',
      'stringMapOrEmpty',
      'toBatchResponse',
      'wrapEach',
      'wrapEachOrEmpty',
      'wrapEntries',
    ];

    expect(Object.keys(api).sort()).toEqual(
      [...forLambdaAuthors, ...authoringKit].sort()
    );
  });

  it('exports the testing kit from @evt/core/testing', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'mergeDeep',
      'numbered',
      'sampleRecords',
    ]);
  });
});

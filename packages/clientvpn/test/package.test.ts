import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/clientvpn', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/clientvpn');
  });

  it('exports exactly its wrapper, its builder, its guard and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'ClientVpnConnectionHandlerEvent',
        'clientVpnConnectionHandlerResponse',
        'isClientVpnConnectionHandlerEvent',
      ].sort()
    );
  });
});

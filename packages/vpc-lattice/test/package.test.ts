import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/vpc-lattice', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/vpc-lattice');
  });

  it('exports exactly its wrappers and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BaseProxyEvent',
        'DecodeError',
        'isVPCLatticeEvent',
        'isVPCLatticeEventV2',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'VPCLatticeEvent',
        'VPCLatticeEventBase',
        'VPCLatticeEventV2',
        'VPCLatticeEventV2Identity',
        'VPCLatticeEventV2RequestContext',
      ].sort()
    );
  });
});

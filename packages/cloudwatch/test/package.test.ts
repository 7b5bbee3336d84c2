import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/cloudwatch', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/cloudwatch');
  });

  it('exports only named classes, functions and constants', () => {
    const kinds = new Set(Object.values(api).map((value) => typeof value));

    expect(
      [...kinds].every(
        (kind) => kind === 'function' || kind === 'object' || kind === 'string'
      )
    ).toBe(true);
  });
});

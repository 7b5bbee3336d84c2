import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/detect', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/detect');
  });

  it('exports exactly detect', () => {
    expect(Object.keys(api).sort()).toEqual(['detect']);
  });

  it('depends on no package at run time: the guards it runs are bundled in', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
  });
});

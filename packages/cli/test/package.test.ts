import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

describe('@evt/cli', () => {
  it('is named after its folder', () => {
    expect(manifest.name).toBe('@evt/cli');
  });

  it('exports exactly run', () => {
    expect(Object.keys(api).sort()).toEqual(['run']);
  });

  it('installs the evt command', () => {
    expect(manifest.bin).toEqual({ evt: './dist/cli.js' });
  });

  it('depends on no package at run time: what it uses of evt is bundled in', () => {
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
  });

  it('runs on the Node versions the packages run on', () => {
    expect(manifest.engines).toEqual({ node: '>=20' });
  });
});

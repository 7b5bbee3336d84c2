import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing';

describe('@evt/middy', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/middy');
  });

  it('exports exactly the middleware and the typed handler helper', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['eventSourceMiddleware', 'withEventSource'].sort()
    );
  });

  it('exports exactly the Lambda context factory from /testing', () => {
    expect(Object.keys(testing)).toEqual(['createLambdaContext']);
  });

  it('needs Middy as a peer and nothing at runtime beyond @evt/core', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.dependencies).toEqual({ '@evt/core': 'workspace:^' });
    expect(manifest.peerDependencies).toEqual({ '@middy/core': '>=6' });
  });
});

import { EventWrapper, requireString } from '@evt/core';
import { describe, expect, it } from 'vitest';
import { mutationsOf } from '../src/mutations';
import { type Escape, readEverything, type WrapperClass } from '../src/walk';

interface RawCareless {
  outer: { inner: string };
}

class Careless extends EventWrapper<RawCareless> {
  static override readonly typeName: string = 'Careless';

  get guarded(): string {
    return requireString(this, this.raw.outer?.inner, 'outer.inner');
  }

  get careless(): string {
    return this.raw.outer.inner.toUpperCase();
  }
}

describe('the robustness harness', () => {
  it('reports a getter that lets a TypeError escape', () => {
    const escapes: Escape[] = [];
    const seen = new Set<WrapperClass>();

    readEverything(new Careless({} as RawCareless), seen, escapes);

    expect(escapes.map((escaped) => escaped.member)).toEqual(['.careless']);
    expect(escapes[0]?.error).toBeInstanceOf(TypeError);
    expect(seen.has(Careless)).toBe(true);
  });

  it('mangles every field of a fixture in every way', () => {
    const descriptions = mutationsOf({
      outer: { inner: 'eyJhIjoxfQ==' },
    }).map((mutation) => mutation.description);

    expect(descriptions).toContain('outer removed');
    expect(descriptions).toContain('outer.inner replaced by null');
    expect(descriptions).toContain('outer.inner replaced by an array');
    expect(descriptions).toContain('outer.inner replaced by invalid base64');
    expect(descriptions).toContain(
      'outer.inner replaced by base64 of invalid UTF-8'
    );
    expect(descriptions).toContain('the event replaced by a string');
  });
});

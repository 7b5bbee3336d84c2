// CloudWatch Logs events under the December 2026 review: W4 (cap values that disabled the cap or
// blamed the event), D2 (JSON parsing amplified memory below the cap) and D3 (logging the event
// inflated it).
import { gzipSync } from 'node:zlib';
import { EvtError, PayloadTooLargeError } from '@evt/core';
import { describe, expect, it, vi } from 'vitest';
import { CloudWatchLogsEvent } from '../src/index';

function logsEvent(json: string | Buffer, options?: object) {
  return new CloudWatchLogsEvent(
    { awslogs: { data: gzipSync(json).toString('base64') } },
    options
  );
}

describe('a bad maxInflatedBytes is a programmer error at construction (W4)', () => {
  it.each([0, -1, Number.POSITIVE_INFINITY, 2 ** 53, Number.NaN, 1.5, '1024'])(
    'refuses %s naming the option',
    (cap) => {
      let caught: unknown;
      try {
        logsEvent('{}', { maxInflatedBytes: cap });
      } catch (error) {
        caught = error;
      }

      expect(caught).toBeInstanceOf(
        typeof cap === 'number' ? RangeError : TypeError
      );
      expect(caught).not.toBeInstanceOf(EvtError);
      expect((caught as Error).message).toMatch(
        /^CloudWatchLogsEvent: options\.maxInflatedBytes must be /
      );
    }
  );

  it('keeps a legal cap: a 200 KiB bomb stops at 100 KiB', () => {
    const event = logsEvent(Buffer.alloc(200 * 1024), {
      maxInflatedBytes: 100 * 1024,
    });

    expect(() => event.decompressLogsData).toThrow(
      'CloudWatchLogsEvent: awslogs.data inflates to more than 102400 bytes (maxInflatedBytes)'
    );
  });
});

describe('the JSON budget bounds parsing (D2)', () => {
  it('refuses a document of tiny objects over maxJsonBytes before parsing it', () => {
    const body = `{"logEvents":[${'{},'.repeat(100_000)}{}]}`;
    const parse = vi.fn(JSON.parse);
    const event = logsEvent(body, {
      maxJsonBytes: 200_000,
      jsonDeserializer: parse,
    });

    expect(() => event.parseLogsData()).toThrow(PayloadTooLargeError);
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('logging the event inflates nothing (D3)', () => {
  it('shows the log data as not decoded', () => {
    const zlib = process.getBuiltinModule('node:zlib');
    const unzip = vi.spyOn(zlib, 'unzipSync');
    const event = logsEvent(Buffer.alloc(1_000_000, 0x20));

    const view = JSON.parse(String(event));

    expect(unzip).not.toHaveBeenCalled();
    expect(view.decompressLogsData).toMatch(/^\[not decoded: \d+ bytes\]$/);
    unzip.mockRestore();
  });
});

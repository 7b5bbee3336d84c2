#!/usr/bin/env node
// The worst inputs of the December 2026 attack review, each run in a child process of its own
// under a memory ceiling: peak RSS under 256 MB, and the expected outcome (a typed EvtError or
// the right value). A child that hangs is stopped after a generous 10 minutes, so the check
// gives the same answer on a loaded machine: the attacks it guards against took seconds to
// minutes and gigabytes before the fixes; they now take milliseconds and tens of megabytes.
//
//   node tooling/scripts/resources.mjs            every attack
//   node tooling/scripts/resources.mjs kafka-c1   one attack
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { root } from './lib.mjs';

const CEILING_MB = 256;
const HANG_MS = 600_000;

/** Imports a built package by path, so the check needs no workspace links. */
async function load(name) {
  return import(
    new URL(`packages/${name}/dist/index.js`, `file://${root}/`).href
  );
}

/** Gzip of `size` bytes: `head`, then `fill` repeated, then `tail`, streamed in 1 MiB chunks. */
async function gzipOf(zlib, head, fill, size, tail) {
  const chunk = Buffer.from(fill.repeat(Math.ceil((1 << 20) / fill.length)));
  const gzip = zlib.createGzip({ level: 9 });
  const parts = [];
  gzip.on('data', (part) => parts.push(part));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(head);
  let written = head.length + tail.length;
  while (written < size) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    piece.length && gzip.write(piece);
    written += piece.length;
  }
  gzip.end(tail);
  await done;
  return Buffer.concat(parts);
}

function expectError(read, name) {
  try {
    read();
  } catch (error) {
    if (error?.name !== name)
      throw new Error(
        `expected ${name}, got ${error?.name}: ${error?.message}`
      );
    return error;
  }
  throw new Error(`expected ${name}, got a value`);
}

const attacks = {
  async 'kafka-c1'() {
    const { KafkaEvent } = await load('kafka');
    const event = new KafkaEvent({
      eventSource: 'aws:kafka',
      bootstrapServers: 'b-1:9092',
      records: {
        'orders-0': [
          {
            topic: 'orders',
            partition: 0,
            offset: 1,
            timestamp: 1,
            timestampType: 'CREATE_TIME',
            value: 'e30=',
            headers: [{ trace: new Array(1_000_000).fill(65) }],
          },
        ],
      },
    });
    const text = event.records[0].headersAsText.get('trace');
    if (text.length !== 1_000_000)
      throw new Error(`header read as ${text.length} characters`);
  },

  async 'string-limit-c2'() {
    const { constants } = await import('node:buffer');
    const { decodeUtf8 } = await load('core');
    // Zero-filled and never written: the pages are not touched, so this costs no memory.
    const bytes = Buffer.alloc(constants.MAX_STRING_LENGTH + 1);
    expectError(() => decodeUtf8(bytes), 'PayloadTooLargeError');
  },

  async 'kinesis-batch-d1'() {
    const zlib = await import('node:zlib');
    const { KinesisStreamEvent, extractCloudWatchLogsFromEvent } =
      await load('kinesis');
    const data = (
      await gzipOf(zlib, '{"pad":"', 'a', 60 * 2 ** 20, '"}')
    ).toString('base64');
    const record = (index) => ({
      eventID: `e${index}`,
      eventSource: 'aws:kinesis',
      kinesis: {
        data,
        partitionKey: 'p',
        sequenceNumber: `${index}`,
        approximateArrivalTimestamp: 1,
        kinesisSchemaVersion: '1.0',
      },
    });
    const event = new KinesisStreamEvent({
      Records: Array.from({ length: 40 }, (_, index) => record(index)),
    });
    expectError(
      () => extractCloudWatchLogsFromEvent(event),
      'PayloadTooLargeError'
    );
    for (const each of event.records) {
      expectError(
        () => each.kinesis.dataZlibCompressedAsJson,
        'PayloadTooLargeError'
      );
    }
  },

  async 'kinesis-tiny-objects-d2'() {
    const zlib = await import('node:zlib');
    const { KinesisStreamEvent } = await load('kinesis');
    const data = (await gzipOf(zlib, '[', '{},', 60 * 2 ** 20, '{}]')).toString(
      'base64'
    );
    const event = new KinesisStreamEvent({ Records: [{ kinesis: { data } }] });
    expectError(
      () => event.records[0].kinesis.dataZlibCompressedAsJson,
      'PayloadTooLargeError'
    );
  },

  async 'cloudwatch-tiny-objects-d2'() {
    const zlib = await import('node:zlib');
    const { CloudWatchLogsEvent } = await load('cloudwatch');
    const data = await gzipOf(
      zlib,
      '{"logEvents":[',
      '{},',
      60 * 2 ** 20,
      '{}]}'
    );
    const event = new CloudWatchLogsEvent({
      awslogs: { data: data.toString('base64') },
    });
    expectError(() => event.parseLogsData(), 'PayloadTooLargeError');
  },

  async 'logging-bombs-d3'() {
    const zlib = await import('node:zlib');
    const util = await import('node:util');
    const { KinesisStreamEvent } = await load('kinesis');
    const data = (
      await gzipOf(zlib, '{"pad":"', 'a', 60 * 2 ** 20, '"}')
    ).toString('base64');
    const raw = {
      Records: Array.from({ length: 8 }, () => ({
        eventSource: 'aws:kinesis',
        kinesis: { data },
      })),
    };
    const shown = util.inspect(new KinesisStreamEvent(raw), {
      depth: Number.POSITIVE_INFINITY,
    });
    const text = String(new KinesisStreamEvent(raw));
    if (shown.length > 100_000 || text.length > 100_000)
      throw new Error('the view is not bounded');
  },

  async 'logging-10mb-d3'() {
    const { KinesisStreamEvent } = await load('kinesis');
    const data = Buffer.from(JSON.stringify({ pad: 'p'.repeat(800) })).toString(
      'base64'
    );
    const raw = {
      Records: Array.from({ length: 10_000 }, (_, index) => ({
        eventSource: 'aws:kinesis',
        kinesis: { data, partitionKey: `${index}`, sequenceNumber: `${index}` },
      })),
    };
    if (JSON.stringify(raw).length < 10_000_000)
      throw new Error('the event is under 10 MB');
    const text = String(new KinesisStreamEvent(raw));
    if (text.length > 100_000) throw new Error('the view is not bounded');
  },

  async 'dynamodb-number-d4'() {
    const { unmarshallValue } = await load('dynamodb');
    const digits = `1${'0'.repeat(5_000_000)}1`;
    expectError(
      () => unmarshallValue({ N: digits }, { numbers: 'number' }),
      'DecodeError'
    );
  },

  async 'deserializer-logs-d5'() {
    const { SQSEvent } = await load('sqs');
    let calls = 0;
    const raw = {
      Records: Array.from({ length: 3 }, (_, index) => ({
        messageId: `m${index}`,
        body: 'not json',
      })),
    };
    const event = new SQSEvent(raw, {
      jsonDeserializer: (text) => {
        calls++;
        try {
          return JSON.parse(text);
        } catch (error) {
          String(event);
          throw error;
        }
      },
    });
    for (const record of event.records)
      expectError(() => record.jsonBody, 'DecodeError');
    if (calls !== 3) throw new Error(`the deserializer ran ${calls} times`);
  },

  async 'shared-references-d6'() {
    const { EventBridgeEvent } = await load('eventbridge');
    let detail = { leaf: 'x' };
    for (let level = 0; level < 40; level++) detail = { a: detail, b: detail };
    const raw = {
      id: '1',
      version: '0',
      account: '1',
      time: 't',
      region: 'r',
      resources: [],
      source: 's',
      'detail-type': 'd',
      detail,
    };
    const event = new EventBridgeEvent(raw);
    String(event);
    const own = { ...raw, detail: {} };
    const self = new EventBridgeEvent(own);
    own.detail = { a: self, b: self, c: self, d: self, e: self };
    String(self);
  },
};

async function runAttack(name) {
  await attacks[name]();
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ peak })}\n`);
}

async function main() {
  const [, , only, child] = process.argv;
  if (child === '--child') return runAttack(only);
  const names = only ? [only] : Object.keys(attacks);
  let failed = 0;
  for (const name of names) {
    const result = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), name, '--child'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: HANG_MS,
        maxBuffer: 1 << 20,
      }
    );
    const last = result.stdout.trim().split('\n').pop() ?? '';
    let peak;
    try {
      peak = JSON.parse(last).peak;
    } catch {
      peak = undefined;
    }
    const ok = result.status === 0 && peak !== undefined && peak < CEILING_MB;
    if (!ok) failed++;
    const why = result.error
      ? `did not finish (${result.error.message})`
      : result.status !== 0
        ? result.stderr.trim().split('\n').slice(0, 3).join(' | ')
        : `peak RSS ${peak.toFixed(0)} MB`;
    console.log(
      `${ok ? '✓' : '✗'} ${name}: ${why}${ok ? '' : ` (ceiling ${CEILING_MB} MB)`}`
    );
  }
  console.log(
    `resource check: ${names.length - failed} passed, ${failed} failed`
  );
  process.exitCode = failed ? 1 : 0;
}

await main();

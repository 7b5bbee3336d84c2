#!/usr/bin/env node
// Installs the packed tarballs of every publishable package (not workspace links) into a
// throwaway consumer project, then runs a handler from ESM and one from CommonJS on the
// current Node and on Node 22 and 24 (or on the Node binaries listed in EVT_SMOKE_NODES).
// The consumer also gets a second copy of @evt/core, as npm installs one on a version
// conflict: @evt/s3 resolves its own copy (another version, nested under it), and the
// scripts check that errors thrown by either copy are `instanceof` the other's classes.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  pack,
  packingWorkspace,
  publishedPackages,
  root,
  capture as run,
} from './lib.mjs';

const { work, tarballs, consumer } = packingWorkspace('smoke');
mkdirSync(consumer, { recursive: true });

const packages = publishedPackages();

const files = {};
for (const { id, manifest } of packages) {
  const tarball = pack(join(root, 'packages', id), tarballs);
  files[manifest.name] = `file:${tarball}`;
}

// A second copy of @evt/core: the same tarball under another version, which npm cannot
// deduplicate with the first, nested under @evt/s3 through a scoped override.
const copy = join(work, 'core-copy');
mkdirSync(copy);
run(
  'tar',
  ['-xzf', files['@evt/core'].slice('file:'.length), '-C', copy],
  work
);
const copyManifest = join(copy, 'package/package.json');
const coreManifest = JSON.parse(readFileSync(copyManifest, 'utf8'));
coreManifest.version = `${coreManifest.version}-second-copy`;
writeFileSync(copyManifest, JSON.stringify(coreManifest, null, 2));
const coreCopy = join(tarballs, 'evt-core-second-copy.tgz');
run('tar', ['-czf', coreCopy, '-C', copy, 'package'], work);

writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify(
    {
      name: 'evt-smoke-consumer',
      private: true,
      dependencies: files,
      overrides: {
        ...files,
        '@evt/s3': { '.': files['@evt/s3'], '@evt/core': `file:${coreCopy}` },
      },
    },
    null,
    2
  )
);
run(
  'npm',
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--loglevel=error',
  ],
  consumer
);

writeFileSync(
  join(consumer, 'esm.mjs'),
  `import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { DecodeError, eventSource, EvtError, MissingFieldError, ValidationError } from '@evt/core';
import { detect } from '@evt/detect';
import { S3Event } from '@evt/s3';
import { createS3Event } from '@evt/s3/testing';
import { SQSEvent } from '@evt/sqs';
import { createSQSEvent } from '@evt/sqs/testing';

const thrown = (read) => {
  try {
    read();
  } catch (error) {
    return error;
  }
  assert.fail('did not throw');
};

const handler = eventSource(S3Event, async (event) => event.records.map((record) => record.s3.object.decodedKey));
const keys = await handler(createS3Event(), {});
// @evt/detect runs the packages' guards bundled into it, with no dependency of its own.
assert.deepEqual(detect(createS3Event()), { package: '@evt/s3', className: 'S3Event' });
assert.ok(keys.length > 0 && keys.every((key) => typeof key === 'string'));
assert.throws(() => new S3Event({ Records: [{}] }).records[0].s3.bucket.name, EvtError);

// @evt/s3 runs on the second copy of core; its errors are still this copy's EvtError.
const nested = createRequire(import.meta.resolve('@evt/s3')).resolve('@evt/core');
assert.notEqual(nested, createRequire(import.meta.url).resolve('@evt/core'));
assert.match(nested, /s3.node_modules.@evt.core/);
const missing = thrown(() => new S3Event({ Records: [{}] }).records[0].s3.bucket.name);
assert.ok(missing instanceof EvtError && missing instanceof MissingFieldError);
assert.ok(!(missing instanceof DecodeError));
assert.ok(!Function.prototype[Symbol.hasInstance].call(EvtError, missing), 'not a second copy');
const schema = { '~standard': { version: 1, vendor: 'smoke', validate: () => ({ issues: [{ message: 'no' }] }) } };
const invalid = thrown(() => new S3Event(createS3Event()).records[0].parse('eventName', schema));
assert.ok(invalid instanceof ValidationError && invalid instanceof EvtError);
assert.equal(invalid.message, 'S3Event: Records[0].eventName does not match the schema: 1 issue');

// The README's partial batch: an S3 event inside an SQS message, read by the other copy.
const failures = [];
for (const record of new SQSEvent(createSQSEvent({ bodies: [createS3Event(), { Records: [{}] }] })).records) {
  try {
    record.decodeNested(S3Event).records.map((s3) => s3.s3.object.key);
  } catch (error) {
    if (!(error instanceof EvtError)) throw error;
    assert.equal(error.message, 'SQSEvent: Records[1].body.Records[0].s3 is missing');
    failures.push(record.messageId);
  }
}
assert.equal(failures.length, 1);
console.log('esm ok', keys.join(','), '(two copies of core)');
`
);
writeFileSync(
  join(consumer, 'cjs.cjs'),
  `const assert = require('node:assert/strict');
const { createRequire } = require('node:module');
const { EvtError } = require('@evt/core');
const { SQSEvent } = require('@evt/sqs');
const { createSQSEvent } = require('@evt/sqs/testing');

const handler = async (raw) => new SQSEvent(raw).records.map((record) => record.messageId);
handler(createSQSEvent(), {}).then((ids) => {
  assert.ok(ids.length > 0);
  assert.throws(() => new SQSEvent({ Records: 'x' }).records, EvtError);
  // The second copy's classes, as @evt/s3 sees them, recognise this copy's errors.
  const second = createRequire(require.resolve('@evt/s3'))('@evt/core');
  assert.notEqual(second.EvtError, EvtError);
  assert.throws(() => new SQSEvent({ Records: 'x' }).records, second.EvtError);
  assert.throws(() => new SQSEvent({ Records: 'x' }).records, second.FieldTypeError);
  assert.throws(
    () => new SQSEvent({ Records: [{ body: '<xml/>' }] }).records[0].jsonBody,
    (error) => error instanceof second.DecodeError && !(error instanceof second.MissingFieldError)
  );
  console.log('cjs ok', ids.join(','), '(two copies of core)');
});
`
);

// Node 22 and 24 come from the npm registry's node-<platform>-<arch> packages, which ship the
// official binaries; where they cannot be fetched the smoke test says so and runs on this Node.
function otherNodes() {
  if (process.env.EVT_SMOKE_NODES !== undefined) {
    return process.env.EVT_SMOKE_NODES.split(' ').filter(Boolean);
  }
  const found = [];
  const cache = join(root, '.tmp/nodes');
  for (const major of ['22', '24']) {
    const dir = join(cache, major);
    const binary = join(dir, 'package/bin/node');
    try {
      if (!existsSync(binary)) {
        mkdirSync(dir, { recursive: true });
        const name = `node-${process.platform}-${process.arch}@${major}`;
        const tarball = run('npm', ['pack', name, '--loglevel=error'], dir)
          .trim()
          .split('\n')
          .pop();
        run('tar', ['-xzf', tarball], dir);
        rmSync(join(dir, tarball));
      }
      found.push(binary);
    } catch (error) {
      console.log(
        `Node ${major} not available here (${String(error.message).split('\n')[0]}); skipped`
      );
    }
  }
  return found;
}

const nodes = [process.execPath, ...otherNodes()];
for (const node of nodes) {
  const version = run(node, ['--version'], consumer).trim();
  for (const script of ['esm.mjs', 'cjs.cjs']) {
    process.stdout.write(
      `node ${version} ${script}: ${run(node, [script], consumer)}`
    );
  }
}
console.log(
  `smoke test passed: ${packages.length} packed packages, ESM and CommonJS, on ${nodes.length} Node version(s)`
);

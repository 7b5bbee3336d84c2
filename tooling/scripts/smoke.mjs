#!/usr/bin/env node
// Installs the packed tarballs of every publishable package (not workspace links) into a
// throwaway consumer project, then runs a handler from ESM and one from CommonJS on the
// current Node and on Node 22 and 24 (or on the Node binaries listed in EVT_SMOKE_NODES).
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pack, root, capture as run } from './lib.mjs';

const work = join(root, '.tmp/smoke');
const tarballs = join(work, 'tarballs');
const consumer = join(work, 'consumer');
rmSync(work, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
mkdirSync(consumer, { recursive: true });

const packages = readdirSync(join(root, 'packages'))
  .map((id) => ({
    id,
    manifest: JSON.parse(
      readFileSync(join(root, 'packages', id, 'package.json'), 'utf8')
    ),
  }))
  .filter(({ manifest }) => !manifest.private);

const files = {};
for (const { id, manifest } of packages) {
  const tarball = pack(join(root, 'packages', id), tarballs);
  files[manifest.name] = `file:${tarball}`;
}

writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify(
    {
      name: 'evt-smoke-consumer',
      private: true,
      dependencies: files,
      overrides: files,
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
import { eventSource, EvtError } from '@evt/core';
import { S3Event } from '@evt/s3';
import { createS3Event } from '@evt/s3/testing';

const handler = eventSource(S3Event, async (event) => event.records.map((record) => record.s3.object.decodedKey));
const keys = await handler(createS3Event(), {});
assert.ok(keys.length > 0 && keys.every((key) => typeof key === 'string'));
assert.throws(() => new S3Event({ Records: [{}] }).records[0].s3.bucket.name, EvtError);
console.log('esm ok', keys.join(','));
`
);
writeFileSync(
  join(consumer, 'cjs.cjs'),
  `const assert = require('node:assert/strict');
const { EvtError } = require('@evt/core');
const { SQSEvent } = require('@evt/sqs');
const { createSQSEvent } = require('@evt/sqs/testing');

const handler = async (raw) => new SQSEvent(raw).records.map((record) => record.messageId);
handler(createSQSEvent(), {}).then((ids) => {
  assert.ok(ids.length > 0);
  assert.throws(() => new SQSEvent({ Records: 'x' }).records, EvtError);
  console.log('cjs ok', ids.join(','));
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

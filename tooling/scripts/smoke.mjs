#!/usr/bin/env node
// Installs the packed tarballs of every publishable package (not workspace links) into a
// throwaway consumer project, then runs a handler from ESM and one from CommonJS, and the `evt`
// command, on the current Node and on Node 22 and 24 (or on the Node binaries listed in
// EVT_SMOKE_NODES). @evt/middy runs inside both Middy majors its peer range accepts: Middy 6
// on every Node, Middy 7 (which requires Node 22) on Node 22 and later.
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
const MIDDY_6 = JSON.parse(
  readFileSync(join(root, 'packages/middy/package.json'), 'utf8')
).devDependencies['@middy/core'];
const MIDDY_7 = '7.9.2';

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
      dependencies: {
        ...files,
        // The Middy majors @evt/middy's peer range (>=6) accepts; 7 is the one npm picks for
        // the peer, 6 is installed beside it under an alias.
        '@middy/core': MIDDY_7,
        'middy-core-6': `npm:@middy/core@${MIDDY_6}`,
      },
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

// The `evt` command as npm installs it (node_modules/.bin/evt), run the way a shell runs it:
// through its `#!/usr/bin/env node` line, with the Node under test first on the PATH. Each run
// is checked for its output and exit code, bad input included (one line on stderr, no stack).
writeFileSync(
  join(consumer, 'cli.mjs'),
  `import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

const bin = join('node_modules', '.bin', 'evt');
const env = { ...process.env, PATH: dirname(process.execPath) + delimiter + process.env.PATH };
const evt = (args, input) => {
  const { status, stdout, stderr } = spawnSync(bin, args, { input, env, encoding: 'utf8' });
  return { status, stdout, stderr };
};
const ok = (args, input) => {
  const ran = evt(args, input);
  assert.equal(ran.status, 0, \`evt \${args.join(' ')}: \${ran.stderr}\`);
  assert.equal(ran.stderr, '');
  return ran.stdout;
};
const fails = (args, status, message, input) => {
  const ran = evt(args, input);
  assert.equal(ran.status, status, \`evt \${args.join(' ')} exits with \${status}\`);
  assert.equal(ran.stdout, '');
  assert.match(ran.stderr, message);
  assert.equal(ran.stderr.split('\\n').length, 2, 'one line on stderr');
  assert.doesNotMatch(ran.stderr, /\\bat .+:\\d+/, 'no stack trace');
};
const save = (name, text) => {
  writeFileSync(name, text);
  return name;
};

const manifest = JSON.parse(readFileSync('node_modules/@evt/cli/package.json', 'utf8'));
assert.equal(manifest.dependencies, undefined, '@evt/cli installs nothing else');
assert.equal(ok(['--version']), manifest.version + '\\n');
assert.match(ok(['--help']), /Usage: evt <command>/);
assert.match(ok(['generate', '--help']), /^Usage: evt generate <source> \\[kind\\]/);

const list = ok(['list']);
assert.match(list, /^@evt\\/sqs {2}Amazon SQS$/m);
assert.match(list, /^ {2}cognito pre-token-generation-v2 +PreTokenGenerationV2TriggerEvent$/m);
const listed = JSON.parse(ok(['list', '--json']));
assert.ok(listed.some((kind) => kind.className === 'KafkaEvent' && kind.generate === 'kafka'));

const sqs = ok(['generate', 'sqs', '--records', '3', '--body', '{"id":1}']);
assert.deepEqual(JSON.parse(sqs).Records.map((record) => record.body), Array(3).fill('{"id":1}'));
const sqsFile = save('sqs.json', sqs);
assert.equal(ok(['detect', sqsFile]), '@evt/sqs SQSEvent\\n');
assert.deepEqual(JSON.parse(ok(['detect', '--json', '-'], sqs)), { package: '@evt/sqs', className: 'SQSEvent' });
const inspected = JSON.parse(ok(['inspect', sqsFile, '--json']));
assert.equal(inspected.className, 'SQSEvent');
assert.deepEqual(inspected.event.records.map((record) => record.jsonBody), Array(3).fill({ id: 1 }));
assert.match(ok(['inspect'], sqs), /^@evt\\/sqs SQSEvent\\n\\{/);

const token = ok(['generate', 'cognito', 'pre-token-generation-v2']);
assert.equal(ok(['detect', '-'], token), '@evt/cognito PreTokenGenerationV2TriggerEvent\\n');

// An S3 notification in an SNS message in an SQS body, unwrapped.
const s3 = ok(['generate', 's3', '--records', '1']);
const sns = ok(['generate', 'sns', '--body', s3]);
const nested = JSON.parse(ok(['inspect', '--json', '-'], ok(['generate', 'sqs', '--records', '1', '--body', sns])));
const message = nested.event.records[0]['decodeNested(SNSEvent)'].records[0].sns;
assert.equal(message['decodeNested(S3Event)'].objectKey, 'test/key');

// CloudWatch Logs inflated, DynamoDB images unmarshalled, credentials redacted.
const logs = JSON.parse(ok(['inspect', '--json', '-'], ok(['generate', 'cloudwatch', 'logs', '--body', 'disk full'])));
assert.deepEqual(logs.event['parseLogsData()'].logEvents.map((logEvent) => logEvent.message), ['disk full']);
const stream = JSON.parse(ok(['inspect', '--json', '-'], ok(['generate', 'dynamodb'])));
assert.deepEqual(stream.event.records[0].dynamodb.newImage, { Message: 'New item!', Id: '101' });
const request = ok(['inspect', '-'], ok(['generate', 'apigw', 'proxy', '--set', 'headers.Authorization=Bearer s3cr3t']));
assert.ok(!request.includes('s3cr3t'));

fails(['detect', save('not-json.json', '{"Records": [')], 1, /^evt detect: not-json\\.json is not JSON$/m);
fails(['inspect', '-'], 1, /^evt inspect: stdin is not JSON$/m, 'hello');
fails(['detect', save('unknown.json', '{"hello":"world"}')], 1, /^evt detect: unknown\\.json is no event evt knows$/m);
fails(['inspect', 'unknown.json'], 1, /^evt inspect: unknown\\.json is no event evt knows/m);
fails(['inspect', 'missing.json'], 1, /^evt inspect: cannot read missing\\.json: no such file$/m);
fails(['generate', 'sqs2'], 2, /^evt generate: unknown source "sqs2"/m);
fails(['generate', 'apigw'], 2, /^evt generate: @evt\\/apigw reads several kinds of event/m);
fails(['launch'], 2, /^evt: unknown command "launch"/m);
fails(['list', '--all'], 2, /^evt list: unknown option --all$/m);
console.log('cli ok', listed.length, 'kinds, evt', manifest.version);
`
);

// @evt/middy in a Middy handler, run with the Middy given as argument: the wrapper reaches
// the handler, the raw event stays as it was, and a bad event fails as an EvtError.
writeFileSync(
  join(consumer, 'middy.mjs'),
  `import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EvtError } from '@evt/core';
import { eventSourceMiddleware } from '@evt/middy';
import { createLambdaContext } from '@evt/middy/testing';
import { buildBatchResponse, SQSEvent } from '@evt/sqs';
import { createSQSEvent } from '@evt/sqs/testing';

const from = process.argv[2];
const { default: middy } = await import(from);
const { version } = JSON.parse(readFileSync(new URL('node_modules/' + from + '/package.json', import.meta.url), 'utf8'));
const handler = middy()
  .use(eventSourceMiddleware(SQSEvent))
  .handler(async (event) => {
    assert.ok(event instanceof SQSEvent);
    const failed = event.records.filter((record) => record.jsonBody.id === 2);
    return buildBatchResponse(failed, { event });
  });
const raw = createSQSEvent({ bodies: [{ id: 1 }, { id: 2 }] });
const copy = structuredClone(raw);
const response = await handler(raw, createLambdaContext());
assert.deepEqual(response, { batchItemFailures: [{ itemIdentifier: raw.Records[1].messageId }] });
assert.deepEqual(raw, copy, 'the raw event is not changed');
await assert.rejects(handler({ Records: 'x' }, createLambdaContext()), EvtError);
console.log('middy ok', '@middy/core ' + version);
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
  const runs = [
    ['esm.mjs'],
    ['cjs.cjs'],
    ['cli.mjs'],
    ['middy.mjs', 'middy-core-6'],
  ];
  // Middy 7 declares Node 22 or later.
  if (Number(version.slice(1).split('.')[0]) >= 22) {
    runs.push(['middy.mjs', '@middy/core']);
  }
  for (const args of runs) {
    process.stdout.write(
      `node ${version} ${args.join(' ')}: ${run(node, args, consumer)}`
    );
  }
}
console.log(
  `smoke test passed: ${packages.length} packed packages, ESM, CommonJS, the evt command and Middy ${MIDDY_6} / ${MIDDY_7}, on ${nodes.length} Node version(s)`
);

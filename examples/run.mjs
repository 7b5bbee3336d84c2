// Runs every example handler on its sample events and prints what it read.
// Each examples/src/<name>.ts exports `handler`; its events are examples/events/<name>.json
// and examples/events/<name>.<variant>.json. Handlers are bundled with esbuild first, so they
// import the packages exactly as a deployed function does (through their published builds).
//
// No example reaches the network. An event may hold a presigned AWS URL that the handler
// answers through (a custom resource's ResponseURL, an Object Lambda's inputS3Url): every
// such URL is pointed at a local HTTP server, keeping its path and query, and what the handler
// sent there is printed after its result (the query, which holds the credentials, is not).
// `fetch` to any other address fails.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { build } from 'esbuild';

const only = process.argv[2];
const names = readdirSync('src')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .filter((name) => !only || name.includes(only))
  .sort();

mkdirSync('dist', { recursive: true });
await build({
  entryPoints: names.map((name) => `src/${name}.ts`),
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});

const context = {
  functionName: 'example',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  logGroupName: '/aws/lambda/example',
  logStreamName: '2024/05/02/[$LATEST]4b6f0e8a2c1d4e9fb3a75d0c6e2f1a98',
  getRemainingTimeInMillis: () => 30_000,
};

/** What handlers sent to the local stand-in for presigned URLs, since the last print. */
const received = [];
const presignedServer = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    received.push({
      method: request.method,
      contentType: request.headers['content-type'],
      body: Buffer.concat(chunks).toString('utf8'),
    });
    response.writeHead(200).end();
  });
});
await new Promise((resolve) =>
  presignedServer.listen(0, '127.0.0.1', () => resolve())
);
const local = `http://127.0.0.1:${presignedServer.address().port}`;

const send = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const { origin } = new URL(input instanceof Request ? input.url : input);
  return origin === local
    ? send(input, init)
    : Promise.reject(
        new Error(`examples do not reach the network (fetch to ${origin})`)
      );
};

// A presigned AWS URL: https on an amazonaws.com host, signed in its query (SigV4 or SigV2).
const PRESIGNED =
  /^https:\/\/[^/?#]+\.amazonaws\.com(\/[^#]*\?(?:[^#]*&)?(?:X-Amz-Signature|Signature)=[^#]*)$/;

/** `value` with every presigned URL in it pointed at the local server. */
function localise(value) {
  if (typeof value === 'string') {
    const match = PRESIGNED.exec(value);
    return match ? local + match[1] : value;
  }
  if (Array.isArray(value)) return value.map(localise);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, localise(item)])
    );
  }
  return value;
}

/**
 * Prints what the handler sent to presigned URLs (not where: the query holds credentials),
 * then forgets it. A body the handler also returned is not printed twice.
 */
function printReceived(result) {
  for (const { method, contentType, body } of received.splice(0)) {
    console.log(
      `  ⇢ ${method} to the presigned URL: content-type ${JSON.stringify(contentType ?? null)}, ${Buffer.byteLength(body)} bytes`
    );
    if (body && body !== JSON.stringify(result)) console.log(`    ${body}`);
  }
}

let failures = 0;
for (const name of names) {
  const events = readdirSync('events')
    .filter(
      (file) =>
        file === `${name}.json` ||
        (file.startsWith(`${name}.`) && file.endsWith('.json'))
    )
    .sort();
  if (events.length === 0) {
    console.error(`✗ ${name}: no events/${name}.json`);
    failures++;
    continue;
  }
  const { handler } = await import(join(process.cwd(), 'dist', `${name}.mjs`));
  for (const file of events) {
    const event = localise(
      JSON.parse(readFileSync(join('events', file), 'utf8'))
    );
    try {
      const result = await handler(event, context);
      console.log(`\n▶ ${name}  (events/${file})`);
      console.log(
        inspect(result, {
          depth: 6,
          colors: process.stdout.isTTY,
          breakLength: 100,
        })
      );
      printReceived(result);
    } catch (error) {
      console.error(
        `\n✗ ${name} (events/${file}) threw: ${error?.stack ?? error}`
      );
      failures++;
    }
    received.length = 0;
  }
}
presignedServer.close();
console.log(
  `\n${names.length} examples run${failures ? `, ${failures} failed` : ''}`
);
process.exit(failures ? 1 : 0);

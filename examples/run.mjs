// Runs every example handler on its sample events and prints what it read.
// Each examples/src/<name>.ts exports `handler`; its events are examples/events/<name>.json
// and examples/events/<name>.<variant>.json. Handlers are bundled with esbuild first, so they
// import the packages exactly as a deployed function does (through their published builds).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
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
  getRemainingTimeInMillis: () => 30_000,
};

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
    const event = JSON.parse(readFileSync(join('events', file), 'utf8'));
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
    } catch (error) {
      console.error(
        `\n✗ ${name} (events/${file}) threw: ${error?.stack ?? error}`
      );
      failures++;
    }
  }
}
console.log(
  `\n${names.length} examples run${failures ? `, ${failures} failed` : ''}`
);
process.exit(failures ? 1 : 0);

#!/usr/bin/env node
// Type-checks a consumer that imports every packed package and its `/testing` subpath under
// `moduleResolution: node10`, the resolution of a `module: commonjs` tsconfig such as the one
// `cdk init` writes. node10 reads no `exports` map: without `typesVersions`, `@evt/<id>/testing`
// does not resolve there (TS2307). The tarballs are unpacked into the consumer's node_modules,
// as npm would lay them out, so what is checked is what is published. A required peer
// dependency (Middy's core for @evt/middy) is there too, as a user of that package has it
// installed; optional peers are left out, so a declaration file that needs one fails here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  pack,
  packingWorkspace,
  publishedPackages,
  root,
  run,
} from './lib.mjs';

const { tarballs, consumer } = packingWorkspace('node10');

const packages = publishedPackages();

for (const { id } of packages) {
  const tarball = pack(join(root, 'packages', id), tarballs);
  const into = join(consumer, 'node_modules/@evt', id);
  mkdirSync(into, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
}

for (const { id, manifest } of packages) {
  const optional = manifest.peerDependenciesMeta ?? {};
  for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
    if (optional[peer]?.optional || peer.startsWith('@evt/')) continue;
    const link = join(consumer, 'node_modules', peer);
    mkdirSync(dirname(link), { recursive: true });
    // The workspace's own install of the peer, which the package's tests ran against.
    const installed = realpathSync(
      join(root, 'packages', id, 'node_modules', peer)
    );
    try {
      symlinkSync(installed, link, 'dir');
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  }
}

const imports = packages.flatMap(({ id, manifest }) => {
  const name = id.replace(/\W/g, '_');
  const testing = manifest.exports?.['./testing']
    ? [`import * as ${name}Testing from '${manifest.name}/testing';`]
    : [];
  return [`import * as ${name} from '${manifest.name}';`, ...testing];
});
const uses = packages.flatMap(({ id, manifest }) => {
  const name = id.replace(/\W/g, '_');
  return manifest.exports?.['./testing'] ? [name, `${name}Testing`] : [name];
});

writeFileSync(
  join(consumer, 'check.ts'),
  `${imports.join('\n')}
import type { Context, SQSHandler } from 'aws-lambda';

export const namespaces = [${uses.join(', ')}];

// A handler typed the way Lambda authors type it, fed by a testing factory without a cast.
export const handler: SQSHandler = core.eventSource(
  sqs.SQSEvent,
  async (event, context) => {
    console.log(context.awsRequestId, event.records.length);
  }
);
export const run = (context: Context) =>
  handler(sqsTesting.createSQSEvent({ count: 2 }), context, () => undefined);
`
);
writeFileSync(
  join(consumer, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022'],
        module: 'commonjs',
        moduleResolution: 'node10',
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        esModuleInterop: true,
        typeRoots: [join(root, 'node_modules/@types')],
        types: ['node', 'aws-lambda'],
      },
      files: ['check.ts'],
    },
    null,
    2
  )
);

try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', consumer], {
    cwd: consumer,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (error) {
  console.error(String(error.stdout));
  console.error(
    'the packed packages do not type-check under moduleResolution: node10'
  );
  process.exit(1);
}
console.log(
  `${packages.length} packed packages and their testing subpaths type-check under moduleResolution: node10`
);

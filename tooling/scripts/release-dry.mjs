#!/usr/bin/env node
// Shows what a release would publish, without touching this checkout: copies the repository
// (with the packages' builds) into .tmp/release-dry, applies the pending changesets there
// (`changeset version`), and packs every public package with `pnpm pack`. Prints each
// package's version change, its tarball and the files it would ship.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { pack, root, capture as run } from './lib.mjs';

const copy = join(root, '.tmp/release-dry');
const tarballs = join(copy, '.tarballs');

rmSync(copy, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
const files = run(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard'],
  root
)
  .split('\n')
  .filter(Boolean);
for (const file of files) {
  if (existsSync(join(root, file))) cpSync(join(root, file), join(copy, file));
}
const ids = readdirSync(join(root, 'packages'));
for (const id of ids) {
  const dist = join(root, 'packages', id, 'dist');
  if (!existsSync(dist)) {
    console.error(`packages/${id} is not built: run pnpm build first`);
    process.exit(1);
  }
  cpSync(dist, join(copy, 'packages', id, 'dist'), { recursive: true });
}

const manifestOf = (dir, id) =>
  JSON.parse(readFileSync(join(dir, 'packages', id, 'package.json'), 'utf8'));
const before = new Map(ids.map((id) => [id, manifestOf(root, id).version]));
process.stdout.write(
  run(join(root, 'node_modules/.bin/changeset'), ['version'], copy)
);

// Link the workspace in the copy (from the local store, no network) so `pnpm pack` can turn
// `workspace:^` into the released version ranges.
run(
  'pnpm',
  [
    'install',
    '--offline',
    '--ignore-scripts',
    '--no-frozen-lockfile',
    '--filter',
    './packages/*',
  ],
  copy
);

let packed = 0;
for (const id of ids) {
  const manifest = manifestOf(copy, id);
  if (manifest.private) continue;
  const tarball = pack(join(copy, 'packages', id), tarballs);
  const contents = run('tar', ['-tzf', tarball], copy).trim().split('\n');
  const changelog = readFileSync(
    join(copy, 'packages', id, 'CHANGELOG.md'),
    'utf8'
  );
  const entry =
    changelog.split('\n').find((line) => line.startsWith('- ')) ?? '';
  console.log(
    `${manifest.name.padEnd(18)} ${before.get(id)} → ${manifest.version}  ${tarball.split('/').pop()}  (${contents.length} files)`
  );
  console.log(
    `  ${contents.map((file) => file.replace(/^package\//, '')).join(', ')}`
  );
  if (entry) console.log(`  changelog: ${entry.slice(0, 140)}`);
  packed++;
}
console.log(
  `\n${packed} packages would be published; nothing was changed in this checkout (see .tmp/release-dry)`
);

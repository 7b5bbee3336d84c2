#!/usr/bin/env node
// Creates packages/<id> from tooling/scripts/template, wired the house way, plus its first
// changeset. Usage: pnpm new-package <id> "<AWS service name>"
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [id, service] = process.argv.slice(2);

if (!id || !/^[a-z][a-z0-9-]*$/.test(id) || !service) {
  console.error(
    'usage: pnpm new-package <id> "<AWS service name>"  (id: lower-case, e.g. s3)'
  );
  process.exit(2);
}
const target = join(root, 'packages', id);
if (existsSync(target)) {
  console.error(`packages/${id} already exists`);
  process.exit(1);
}

const values = {
  id,
  service,
  keyword: service.toLowerCase().replace(/^amazon |^aws /, ''),
};
const fill = (text) => text.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);

cpSync(join(root, 'tooling/scripts/template'), target, { recursive: true });
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else writeFileSync(path, fill(readFileSync(path, 'utf8')));
  }
};
walk(target);

writeFileSync(
  join(root, '.changeset', `new-${id}.md`),
  `---\n'@evt/${id}': minor\n---\n\nAdd the \`@evt/${id}\` package: typed, lazy wrappers for ${service} events.\n`
);
console.log(
  `created packages/${id} and .changeset/new-${id}.md; run pnpm install`
);

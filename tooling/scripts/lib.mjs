// What the repository scripts share: where the repository is, how a command is run, and the
// house's names for modules.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs a command, showing its output, and throws when it fails.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
export function run(command, args, options = {}) {
  const { status } = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    ...options,
  });
  if (status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${status}`);
  }
}

/**
 * The module name of a class, as the house writes it: `APIGatewayProxyEventV2` →
 * `api-gateway-proxy-event-v2`, `S3Event` → `s3-event`.
 *
 * @param {string} name
 * @returns {string}
 */
export function kebab(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * Runs a command and returns its standard output; throws (with its output) when it fails.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {string}
 */
export function capture(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Packs one package with `pnpm pack` and returns the tarball's path.
 *
 * @param {string} dir The package's folder.
 * @param {string} destination Where the tarball goes.
 * @returns {string}
 */
export function pack(dir, destination) {
  const output = capture(
    'pnpm',
    ['pack', '--pack-destination', destination],
    dir
  );
  return /** @type {string} */ (output.trim().split('\n').pop());
}

/**
 * The publishable packages (`packages/*` whose manifest is not private), with their manifests.
 *
 * @returns {{ id: string, manifest: Record<string, any> }[]}
 */
export function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .map((id) => ({
      id,
      manifest: JSON.parse(
        readFileSync(join(root, 'packages', id, 'package.json'), 'utf8')
      ),
    }))
    .filter(({ manifest }) => !manifest.private);
}

/**
 * An empty scratch folder under `.tmp/<name>` for a check that packs the packages: `tarballs`
 * (created) for the packed files and `consumer` (not created) for the project that installs
 * them.
 *
 * @param {string} name
 * @returns {{ work: string, tarballs: string, consumer: string }}
 */
export function packingWorkspace(name) {
  const work = join(root, '.tmp', name);
  rmSync(work, { recursive: true, force: true });
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  return { work, tarballs, consumer: join(work, 'consumer') };
}

/**
 * A generated TypeScript module as the repository's linter wants it: formatted, its imports
 * sorted.
 *
 * @param {string} path Where the module goes (Biome reads its settings for that path).
 * @param {string} text The module as generated.
 * @returns {string}
 */
export function formattedModule(path, text) {
  return execFileSync(
    join(root, 'node_modules/.bin/biome'),
    ['check', '--write', `--stdin-file-path=${path}`],
    { input: text, encoding: 'utf8' }
  );
}

/**
 * When the script `moduleUrl` is the one Node runs, writes the file it generates; with
 * `--check` on the command line, writes nothing and exits with 1 when the file is not what
 * would be written, saying which command writes it.
 *
 * @param {string} moduleUrl The generating script's `import.meta.url`.
 * @param {string} path The file.
 * @param {() => string} generate What the file should hold.
 * @param {string} command The command that writes it, for the message.
 */
export function generateWhenRun(moduleUrl, path, generate, command) {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const text = generate();
  if (!process.argv.includes('--check')) {
    writeFileSync(path, text);
  } else if (readFileSync(path, 'utf8') !== text) {
    console.error(`${relative(root, path)} is out of date: run ${command}`);
    process.exit(1);
  }
}

// @ts-check
// Which class reads which fixture, by convention (see robustness.js).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {import('./walk.js').ApiKit} ApiKit */

/**
 * A class to read a fixture with, and the part of the fixture it wraps.
 *
 * @typedef {object} Target
 * @property {Function} Class
 * @property {((event: never) => unknown) | undefined} [select]
 */

/**
 * A fixture and the class that reads it.
 *
 * @typedef {object} FixtureTarget
 * @property {string} fixture The file name without `.json`, e.g. `s3-event.glacier`.
 * @property {string} module The name before the first dot, e.g. `s3-event`.
 * @property {string} name The export name of the class.
 * @property {Target} target
 */

/**
 * Options of the discovery; see `RobustnessOptions` in robustness.d.ts.
 *
 * @typedef {object} TargetOptions
 * @property {Readonly<Record<string, Target>>} [fixtures]
 * @property {readonly string[]} [notEvents]
 * @property {readonly string[]} [events]
 */

/**
 * The kebab-case of a class name, the way fixtures and modules are named: `S3EventBridge
 * NotificationEvent` → `s3-event-bridge-notification-event`, `APIGatewayProxyEventV2` →
 * `api-gateway-proxy-event-v2`.
 *
 * @param {string} name
 * @returns {string}
 */
export function kebabCase(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * Whether a fixture's module names a class. Dashes do not count, so `dynamodb-stream-event`
 * names `DynamoDBStreamEvent` (whose strict kebab-case is `dynamo-db-stream-event`), the rule
 * check-packages.mjs applies to modules.
 *
 * @param {string} module
 * @param {string} name
 */
export const namesClass = (module, name) =>
  module.replaceAll('-', '') === name.toLowerCase();

/**
 * Matches each fixture in `dir` to the exported class named after it (or to the class the
 * options give), and reports drift: a fixture no class reads, an exported event class without
 * a fixture, an option naming a fixture that does not exist.
 *
 * An event class is an exported wrapper class whose name ends in `Event` (or `Event` and a
 * version, `APIGatewayProxyEventV2`) and that has a module named after it in `src/`
 * (`src/s3-event.ts`; STYLE §5), or one that `events` names. `CloudWatchLogsLogEvent`, a
 * part of `cloud-watch-logs-event.ts`, and `BaseProxyEvent`, re-exported from core, are not.
 *
 * @param {ApiKit} kit
 * @param {string} dir The fixtures' folder, `<package>/test/events`.
 * @param {TargetOptions} [options]
 * @param {string} [srcDir] The package's sources. Defaults to `<dir>/../../src`.
 * @returns {{ fixtures: FixtureTarget[], problems: string[] }}
 */
export function targetsOf(
  kit,
  dir,
  options = {},
  srcDir = join(dir, '..', '..', 'src')
) {
  /** @type {string[]} */
  const problems = [];
  /** @type {FixtureTarget[]} */
  const fixtures = [];
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -'.json'.length))
        .sort()
    : [];
  if (names.length === 0) problems.push(`no fixtures in ${dir}`);
  const mapped = options.fixtures ?? {};
  const notEvents = options.notEvents ?? [];
  const nameOf = new Map(kit.wrappers.map(([name, Class]) => [Class, name]));

  for (const fixture of names) {
    const module = fixture.split('.')[0] ?? fixture;
    if (notEvents.includes(module) || notEvents.includes(fixture)) continue;
    const target = mapped[fixture] ?? mapped[module];
    if (target) {
      const name = nameOf.get(/** @type {never} */ (target.Class));
      if (name === undefined) {
        problems.push(
          `the class given for ${fixture}.json is not an exported wrapper class`
        );
        continue;
      }
      fixtures.push({ fixture, module, name, target });
      continue;
    }
    const found = kit.wrappers.find(([name]) => namesClass(module, name));
    if (found) {
      fixtures.push({
        fixture,
        module,
        name: found[0],
        target: { Class: found[1] },
      });
    } else {
      problems.push(
        `test/events/${fixture}.json belongs to no exported class (its module "${module}" names none); rename it, or map it in the options`
      );
    }
  }

  for (const key of [...Object.keys(mapped), ...notEvents]) {
    if (
      !names.some((fixture) => fixture === key || fixture.split('.')[0] === key)
    ) {
      problems.push(
        `the options name ${key}, but test/events/ has no such fixture`
      );
    }
  }

  const modules = existsSync(srcDir)
    ? readdirSync(srcDir)
        .filter((file) => file.endsWith('.ts'))
        .map((file) => file.slice(0, -'.ts'.length))
    : [];
  for (const [name, Class] of kit.wrappers) {
    const isEvent =
      (/Event(V\d+)?$/.test(name) &&
        modules.some((module) => namesClass(module, name))) ||
      (options.events ?? []).includes(name);
    if (!isEvent) continue;
    if (!fixtures.some((entry) => entry.target.Class === Class)) {
      problems.push(
        `${name} has no fixture: add test/events/${kebabCase(name)}.json (a realistic event, with its provenance in test/events/README.md)`
      );
    }
  }
  return { fixtures, problems };
}

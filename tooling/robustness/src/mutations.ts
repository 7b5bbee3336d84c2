/** One mangled copy of a fixture, and what was done to it. */
export interface Mutation {
  readonly description: string;
  readonly event: unknown;
}

type Path = readonly (string | number)[];

const REPLACEMENTS: readonly [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a string', 'mangled'],
  ['a boolean', true],
  ['an array', []],
  ['an object', {}],
];

const BASE64 = /^[A-Za-z0-9+/]{8,}={0,2}$/;

function render(path: Path): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`
    )
    .join('');
}

function paths(value: unknown, prefix: Path = []): Path[] {
  const found: Path[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push([...prefix, index], ...paths(item, [...prefix, index]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.push([...prefix, key], ...paths(item, [...prefix, key]));
    }
  }
  return found;
}

function read(root: unknown, path: Path): unknown {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

function change(
  root: unknown,
  path: Path,
  apply: (
    parent: Record<string | number, unknown>,
    key: string | number
  ) => void
): unknown {
  const copy = structuredClone(root);
  const parent = read(copy, path.slice(0, -1)) as Record<
    string | number,
    unknown
  >;
  apply(parent, path[path.length - 1] as string | number);
  return copy;
}

/** Corruptions of a string that decoders must reject with a DecodeError. */
function corruptions(text: string): [string, string][] {
  const found: [string, string][] = [];
  if (BASE64.test(text)) {
    const bytes = Buffer.from(text, 'base64');
    const flipped = Buffer.from(bytes);
    for (let index = 10; index < flipped.length; index += 7) {
      flipped[index] = (flipped[index] ?? 0) ^ 0x5a;
    }
    found.push(
      ['invalid base64', `${text.slice(0, -4)}!@#$`],
      [
        'base64 of half its bytes',
        bytes.subarray(0, bytes.length >> 1).toString('base64'),
      ],
      ['base64 with flipped bytes', flipped.toString('base64')],
      [
        'base64 of invalid UTF-8',
        Buffer.from([0xff, 0xfe, 0x7b]).toString('base64'),
      ],
      [
        'base64 of text that is not JSON',
        Buffer.from('{not json').toString('base64'),
      ]
    );
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    found.push([
      'truncated JSON',
      text.slice(0, Math.max(1, text.length >> 1)),
    ]);
  }
  if (text.includes('%')) found.push(['a malformed escape', `${text}%E0%A4%A`]);
  return found;
}

/**
 * Every mangled copy of `event` the robustness test reads: for each field, the copy without it
 * and with its value replaced by each JSON kind; for each string that looks like base64, JSON
 * or a URL-encoded value, the copy with that string corrupted.
 */
export function mutationsOf(event: unknown): Mutation[] {
  const mutations: Mutation[] = [];
  for (const [label, replacement] of REPLACEMENTS) {
    mutations.push({
      description: `the event replaced by ${label}`,
      event: replacement,
    });
  }
  for (const path of paths(event)) {
    const where = render(path);
    mutations.push({
      description: `${where} removed`,
      event: change(event, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      }),
    });
    for (const [label, replacement] of REPLACEMENTS) {
      mutations.push({
        description: `${where} replaced by ${label}`,
        event: change(event, path, (parent, key) => {
          parent[key] = structuredClone(replacement);
        }),
      });
    }
    const value = read(event, path);
    if (typeof value === 'string') {
      for (const [label, corrupted] of corruptions(value)) {
        mutations.push({
          description: `${where} replaced by ${label}`,
          event: change(event, path, (parent, key) => {
            parent[key] = corrupted;
          }),
        });
      }
    }
  }
  return mutations;
}

// Bundle sizes beside the peers: each example handler (examples/src) bundled as a deployment
// would be, with the same function as the size gate (tooling/scripts/size.mjs `bundle`:
// esbuild, bundle, minify, ESM, platform node; gzip -9), beside the same handler written by
// hand (examples/baselines) and with each peer library (bench/size-peers/<example>.<peer>.ts).
// Also says what the bytes are: esbuild's metafile gives the bytes each input contributes, per
// package (from the packages' builds, as users get them) and per source module (the same
// handler bundled from the packages' TypeScript sources) and per top-level declaration (each
// declaration of that bundle minified on its own), written to .tmp/bench/size/analysis.md.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile, transform } from 'esbuild';
import ts from 'typescript';

interface Bundled {
  readonly minified: number;
  readonly gzipped: number;
  readonly outfile: string;
  readonly metafile?: Metafile;
}

interface SizeScript {
  bundle(
    entry: string | { contents: string; resolveDir?: string },
    outfile: string,
    options?: { metafile?: boolean; alias?: Record<string, string> }
  ): Promise<Bundled>;
  exampleNames(): string[];
}

/** One handler in one variant: `evt`, `by hand`, or a peer's id (`middy`, `powertools`). */
export interface SizeRow {
  readonly handler: string;
  readonly variant: string;
  readonly minified: number;
  readonly gzipped: number;
}

export interface SizeReport {
  readonly rows: SizeRow[];
  /** Markdown: the table, then the goal check. */
  readonly markdown: string;
  /** Where the byte analysis was written. */
  readonly analysisFile: string;
  /** Handlers over a goal (evt larger than its Middy counterpart). */
  readonly failures: string[];
}

/** Handlers whose bytes are analysed input by input. */
const ANALYSED = [
  'core-only',
  's3-object-created',
  'sqs-batch',
  'apigw-http-api',
  'dynamodb-stream',
];

const VARIANT_LABELS: Record<string, string> = {
  evt: 'evt',
  'by hand': 'by hand',
  middy: 'Middy (core + event-normalizer)',
  parser: 'Powertools parser',
  powertools: 'Powertools parser',
};

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

/** Which package (or the handler itself) an input path of a metafile belongs to. */
function packageOf(input: string): string {
  const modules = input.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const [scope, name] = input
      .slice(modules + 'node_modules/'.length)
      .split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? input);
  }
  const local = /^packages\/([^/]+)\//.exec(input);
  if (local) return `@evt/${local[1]}`;
  return `(handler) ${input}`;
}

function byInput(
  metafile: Metafile,
  group: (input: string) => string
): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = group(input);
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
}

function table(
  title: string,
  entries: [string, number][],
  total: number
): string {
  const lines = [
    `${title}`,
    '',
    '| input | minified bytes | share |',
    '| --- | ---: | ---: |',
  ];
  for (const [name, bytes] of entries) {
    lines.push(
      `| ${name} | ${bytes} | ${((bytes / total) * 100).toFixed(1)}% |`
    );
  }
  return lines.join('\n');
}

/**
 * The bytes of each top-level declaration of a handler bundled from source: the unminified
 * bundle (where esbuild marks each module with a `// path` comment) is split into its
 * top-level statements, and each is minified on its own. Local names are shortened as in the
 * real bundle; top-level names keep their length, so the total is a little above the real one.
 */
async function declarations(
  entry: string,
  alias: Record<string, string>
): Promise<{ module: string; name: string; bytes: number }[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest);
  const out: { module: string; name: string; bytes: number }[] = [];
  let module = '';
  for (const statement of source.statements) {
    const comments = ts.getLeadingCommentRanges(code, statement.pos) ?? [];
    for (const comment of comments) {
      const text = code.slice(comment.pos, comment.end);
      const match = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(text);
      if (match?.[1]) module = match[1];
    }
    const text = code.slice(statement.getStart(source), statement.end);
    const minified = await transform(text, {
      minify: true,
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    }).catch(() => ({ code: text }));
    out.push({
      module,
      name: nameOf(statement, source),
      bytes: Buffer.byteLength(minified.code.trim()),
    });
  }
  return out.sort((a, b) => b.bytes - a.bytes);
}

function nameOf(statement: ts.Statement, source: ts.SourceFile): string {
  if (
    (ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) &&
    statement.name
  )
    return statement.name.text;
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations
      .map((declaration) => declaration.name.getText(source))
      .join(', ');
  }
  return statement.getText(source).slice(0, 40).replaceAll('|', '\\|');
}

/**
 * Measures every example handler beside its baseline and peers, writes the byte analysis and
 * returns the table.
 */
export async function measureSizes(root: string): Promise<SizeReport> {
  const script = (await import(
    pathToFileURL(join(root, 'tooling/scripts/size.mjs')).href
  )) as SizeScript;
  const out = join(root, '.tmp/bench/size');
  const peerDir = join(root, 'bench/size-peers');
  const packagesDir = join(root, 'packages');
  // The same handler bundled from the packages' sources, so the metafile names modules.
  const alias = Object.fromEntries(
    readdirSync(packagesDir)
      .filter((id) => existsSync(join(packagesDir, id, 'src/index.ts')))
      .map((id) => [`@evt/${id}`, join(packagesDir, id, 'src/index.ts')])
  );

  const rows: SizeRow[] = [];
  const analysis: string[] = [
    '# What the bytes are',
    '',
    'esbuild metafile `bytesInOutput` per input (minified, before gzip). "By package" bundles the packages\' builds, as a user gets them; "by module" bundles the same handler from the packages\' TypeScript sources (sizes differ slightly from the build\'s).',
  ];

  async function measure(
    handler: string,
    variant: string,
    entry: string | { contents: string }
  ): Promise<void> {
    const file = `${handler}.${variant.replaceAll(' ', '-')}`;
    const analysed = ANALYSED.includes(handler);
    const bundled = await script.bundle(entry, join(out, `${file}.mjs`), {
      metafile: analysed,
    });
    rows.push({
      handler,
      variant,
      minified: bundled.minified,
      gzipped: bundled.gzipped,
    });
    if (!analysed || !bundled.metafile) return;
    // Metafile paths are relative to the working directory esbuild ran in.
    const relativeTo = (input: string): string =>
      relative(root, resolve(input)).replaceAll('\\', '/');
    analysis.push(
      '',
      `## ${handler}, ${VARIANT_LABELS[variant] ?? variant}: ${kb(bundled.gzipped)} gzipped, ${bundled.minified} B minified`,
      '',
      table(
        'By package:',
        byInput(bundled.metafile, (input) => packageOf(relativeTo(input))),
        bundled.minified
      )
    );
    if (variant === 'evt') {
      try {
        const fromSource = await script.bundle(
          entry,
          join(out, `${file}.from-source.mjs`),
          { metafile: true, alias }
        );
        if (fromSource.metafile) {
          analysis.push(
            '',
            table(
              `By module (from source: ${fromSource.minified} B minified, ${kb(fromSource.gzipped)} gzipped):`,
              byInput(fromSource.metafile, relativeTo),
              fromSource.minified
            )
          );
        }
        if (typeof entry === 'string') {
          const list = await declarations(entry, alias);
          const total = list.reduce((sum, item) => sum + item.bytes, 0);
          analysis.push(
            '',
            `Top-level declarations, largest first (each minified on its own; ${total} B in all):`,
            '',
            '| declaration | module | bytes |',
            '| --- | --- | ---: |',
            ...list
              .slice(0, 30)
              .map(
                (item) =>
                  `| \`${item.name}\` | ${relative(root, resolve(item.module)).replaceAll('\\', '/')} | ${item.bytes} |`
              )
          );
        }
      } catch (error) {
        analysis.push(
          '',
          `(from source: cannot bundle: ${String(error).split('\n')[0]})`
        );
      }
    }
  }

  await measure('core-only', 'evt', {
    contents: "export { EventWrapper } from '@evt/core';\n",
  });
  for (const name of script.exampleNames()) {
    await measure(name, 'evt', join(root, 'examples/src', `${name}.ts`));
    const baseline = join(root, 'examples/baselines', `${name}.ts`);
    if (existsSync(baseline)) await measure(name, 'by hand', baseline);
    for (const file of readdirSync(peerDir)
      .filter((entry) => entry.startsWith(`${name}.`) && entry.endsWith('.ts'))
      .sort()) {
      await measure(name, file.slice(name.length + 1, -3), join(peerDir, file));
    }
  }

  const analysisFile = join(out, 'analysis.md');
  writeFileSync(analysisFile, `${analysis.join('\n')}\n`);

  const variants = ['evt', 'by hand', 'middy', 'parser'];
  const lines = [
    `| handler | ${variants.map((variant) => VARIANT_LABELS[variant]).join(' | ')} | evt ≤ Middy |`,
    `| --- | ${variants.map(() => '---:').join(' | ')} | --- |`,
  ];
  const failures: string[] = [];
  const handlers = [...new Set(rows.map((row) => row.handler))];
  for (const handler of handlers) {
    const find = (variant: string): SizeRow | undefined =>
      rows.find((row) => row.handler === handler && row.variant === variant);
    const evt = find('evt');
    const middy = find('middy');
    let goal = '';
    if (evt && middy) {
      goal =
        evt.gzipped <= middy.gzipped
          ? '✓'
          : `✗ +${evt.gzipped - middy.gzipped} B`;
      if (evt.gzipped > middy.gzipped)
        failures.push(
          `${handler}: evt ${kb(evt.gzipped)} gzipped, Middy ${kb(middy.gzipped)}`
        );
    }
    const cells = variants.map((variant) => {
      const row = find(variant);
      return row ? kb(row.gzipped) : '';
    });
    lines.push(
      `| ${handler === 'core-only' ? '`@evt/core` alone (`EventWrapper`)' : handler} | ${cells.join(' | ')} | ${goal} |`
    );
  }
  return { rows, markdown: lines.join('\n'), analysisFile, failures };
}

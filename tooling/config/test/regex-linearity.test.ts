// Every regular expression in packages/*/src runs on text from events, so each must take time
// linear in its input (finding D4 of the December 2026 review: `/0+$/` took seconds on 50k
// digits). This test finds every regex literal and `new RegExp` in the sources, requires an
// entry below for each, and runs each on 100,000-character inputs built to make a backtracking
// engine work hardest. A new regex fails here until it is added with its worst inputs; a
// quadratic one then runs for minutes, past the suite's timeout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const N = 100_000;

interface Found {
  readonly file: string;
  readonly regex: string;
}

function findRegexes(): Found[] {
  const found: Found[] = [];
  const packages = join(ROOT, 'packages');
  for (const name of readdirSync(packages)) {
    const source = join(packages, name, 'src');
    let files: string[];
    try {
      files = readdirSync(source, { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const file of files.filter((each) => each.endsWith('.ts'))) {
      const path = join(source, file);
      const tree = ts.createSourceFile(
        path,
        readFileSync(path, 'utf8'),
        ts.ScriptTarget.Latest,
        true
      );
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          found.push({
            file: `packages/${name}/src/${file}`,
            regex: node.getText(),
          });
        } else if (
          (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
          node.expression.getText() === 'RegExp'
        ) {
          found.push({
            file: `packages/${name}/src/${file}`,
            regex: node.getText(),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(tree);
    }
  }
  return found;
}

/** Each regex, why it is linear, and the inputs that would hurt it most if it were not. */
const KNOWN: Record<string, { why: string; inputs: string[] }> = {
  '/[^a-z0-9]/g': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['-'.repeat(N), `${'a'.repeat(N)}-`, 'é'.repeat(N)],
  },
  '/[\\r\\n]/g': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['\r\n'.repeat(N / 2), 'A'.repeat(N)],
  },
  '/[A-Z]/': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['a'.repeat(N), `${'a'.repeat(N)}Z`],
  },
  '/[A-Z]/g': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['A'.repeat(N), 'a'.repeat(N)],
  },
  '/^[-/.a-zA-Z0-9_*{}+]+$/': {
    why: 'anchored at both ends, one character class: one attempt, one greedy run',
    inputs: ['a'.repeat(N), `${'a'.repeat(N)}!`, `!${'a'.repeat(N)}`],
  },
  '/^\\$?[-/.a-zA-Z0-9_*{}+]+$/': {
    why: 'anchored; an optional `$` the class cannot match, then one class: one run',
    inputs: [`$${'a'.repeat(N)}`, `$${'a'.repeat(N)}!`, '$'.repeat(N)],
  },
  '/^\\/+/': {
    why: 'anchored at the start, one character repeated: one run',
    inputs: ['/'.repeat(N), `${'/'.repeat(N)}a`],
  },
  '/[:/]/': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['a'.repeat(N), `${'a'.repeat(N)}:`],
  },
  '/^[A-Z_]{1,40}$/': {
    why: 'anchored, bounded to 40 characters: constant work',
    inputs: ['A'.repeat(N), `${'A'.repeat(N)}a`],
  },
  '/^[A-Za-z0-9.]{1,64}$/': {
    why: 'anchored, bounded to 64 characters: constant work',
    inputs: ['A'.repeat(N), `${'A'.repeat(N)}!`],
  },
  '/^arn:aws[\\w-]*:iam::\\d{12}:role\\/\\S+$/': {
    why: 'anchored; `[\\w-]*` cannot match the `:` after it, `\\S+$` is one final run',
    inputs: [
      `arn:aws${'-'.repeat(N)}`,
      `arn:aws:iam::123456789012:role/${'a'.repeat(N)} `,
      `arn:aws${'a'.repeat(N)}:iam::`,
    ],
  },
  '/^[a-z0-9-]+$/': {
    why: 'anchored at both ends, one character class: one run',
    inputs: ['a'.repeat(N), `${'a'.repeat(N)}!`],
  },
  '/^[A-Za-z0-9+/]+={0,3}$/': {
    why: 'anchored; the class cannot match `=`, so the split point is fixed: one run',
    inputs: ['A'.repeat(N), `${'A'.repeat(N)}====`, `${'A'.repeat(N)}=!`],
  },
  '/^\\?/': {
    why: 'anchored at the start, one character: constant work',
    inputs: ['?'.repeat(N), 'a'.repeat(N)],
  },
  '/^[a-zA-Z0-9]{1,128}$/': {
    why: 'anchored, bounded to 128 characters: constant work',
    inputs: ['a'.repeat(N), `${'a'.repeat(N)}!`],
  },
  '/[ \\t]/': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['a'.repeat(N), `${'a'.repeat(N)}\t`],
  },
  '/\\s/': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['a'.repeat(N), `${'a'.repeat(N)} `],
  },
  '/[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]/g': {
    why: 'one character class, no quantifier: one pass',
    inputs: ['\n'.repeat(N), 'a'.repeat(N), '\u2028a'.repeat(N / 2)],
  },
  '/[^&]+/g': {
    why: 'one character class, one greedy run: each match ends where the next search starts',
    inputs: ['a'.repeat(N), '&'.repeat(N), 'a&'.repeat(N / 2)],
  },
  '/querystring|ur[il]s?$/': {
    why: 'two alternatives of at most 11 characters, one optional: at most 11 comparisons per position',
    inputs: ['querystrin'.repeat(N / 10), 'uris'.repeat(N / 4), 'u'.repeat(N)],
  },
  '/^\\d+$/': {
    why: 'anchored at the start: one attempt, one greedy run, no alternatives to retry',
    inputs: ['1'.repeat(N), `${'1'.repeat(N)}x`, `x${'1'.repeat(N)}`],
  },
};

function compile(text: string): RegExp {
  const last = text.lastIndexOf('/');
  return new RegExp(text.slice(1, last), text.slice(last + 1));
}

describe('every regex in packages/*/src is linear (D4)', () => {
  const found = findRegexes();

  it('finds the regexes it knows, and knows every regex it finds', () => {
    expect(found.length).toBeGreaterThan(0);
    const unknown = found.filter(({ regex }) => !(regex in KNOWN));
    expect(
      unknown,
      'add each new regex to KNOWN with its worst inputs'
    ).toEqual([]);
  });

  it.each(Object.entries(KNOWN))(
    '%s runs in one pass on 100,000-character inputs',
    (text, { inputs }) => {
      const regex = compile(text);
      for (const input of inputs) {
        expect(input.length).toBeGreaterThanOrEqual(N);
        regex.lastIndex = 0;
        const matched = regex.test(input);
        const replaced = input.replace(regex, '');
        expect(typeof matched).toBe('boolean');
        expect(replaced.length).toBeLessThanOrEqual(input.length);
      }
    }
  );

  it('keeps regexes simple enough to judge: no groups, lookarounds or backreferences', () => {
    for (const { file, regex } of found) {
      expect(regex, file).not.toMatch(/\(|\\[1-9]|\\k</);
    }
  });
});

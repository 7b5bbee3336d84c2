import type { OptionSpec, ParsedArguments } from './arguments';
import type { CommandIO } from './io';

/** One command of `evt`: what its help says, what it takes, and how it runs. */
export interface Command {
  /** The command's name, e.g. `generate`. */
  readonly name: string;
  /** What comes after `evt <name>` in the usage line. */
  readonly usage: string;
  /** One line saying what it does, for `evt --help`. */
  readonly summary: string;
  /** What `evt <name> --help` says after the usage line. */
  readonly details: readonly string[];
  /** The options it takes, by long name (`--help` is added to every command). */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The most positionals it takes. */
  readonly maxPositionals: number;
  /** Runs it (its module is loaded only then). */
  readonly run: (parsed: ParsedArguments, io: CommandIO) => Promise<number>;
}

const json = (what: string): OptionSpec => ({
  type: 'boolean',
  placeholder: '',
  description: `print ${what} as JSON`,
});

/** The commands of `evt`, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'list',
    usage: '[--json]',
    summary: 'every package and class, with its AWS service',
    details: [
      'Lists every package, the AWS service it reads, and each class with the words',
      '`evt generate` takes for it. Classes `evt detect` cannot name are marked.',
    ],
    options: { json: json('one object per class') },
    maxPositionals: 0,
    run: async (parsed, io) => (await import('./list')).list(parsed, io),
  },
  {
    name: 'generate',
    usage:
      '<source> [kind] [--records N] [--body JSON|@file] [--set path=value ...]',
    summary:
      'a valid sample event on stdout, from the package’s testing factory',
    details: [
      'Prints a sample event of a kind (see `evt list`): `evt generate sqs`,',
      '`evt generate cognito pre-token-generation-v2`, `evt generate apigw authorizer-token`.',
      'The kind may be left out where the package has one main kind. The samples are the',
      'documented events of AWS, the same the `@evt/<source>/testing` factories return.',
    ],
    options: {
      records: {
        type: 'string',
        placeholder: 'N',
        description:
          'the number of records of a batch event (SQS, Kinesis, DynamoDB, …)',
      },
      body: {
        type: 'string',
        placeholder: 'JSON|@file',
        description:
          'the payload of every record or request (text, or JSON where the factory takes a value); @file reads it from a file, @- from stdin, @@ starts it with @',
      },
      set: {
        type: 'string',
        multiple: true,
        placeholder: 'path=value',
        description:
          'sets a field of the result, e.g. Records[0].awsRegion=eu-west-1; the value is JSON when it parses, else text',
      },
    },
    maxPositionals: 2,
    run: async (parsed, io) =>
      (await import('./generate')).generate(parsed, io),
  },
  {
    name: 'detect',
    usage: '[<file>|-] [--json]',
    summary: 'names the package and class that read an event',
    details: [
      'Prints `@evt/<package> <Class>` for an event (a file, or stdin with - or a pipe), with',
      'the same rules as `detect` of @evt/detect. Exits with 1 when no class reads it.',
    ],
    options: { json: json('{ package, className }, or null') },
    maxPositionals: 1,
    run: async (parsed, io) =>
      (await import('./detect')).detectEvent(parsed, io),
  },
  {
    name: 'inspect',
    usage: '[<file>|-] [--json] [--as <source>[/<kind>]]',
    summary: 'the decoded, redacted debug view of an event',
    details: [
      'Detects an event, wraps it with its class and prints what every getter reads:',
      'base64 bodies decoded, CloudWatch Logs inflated, DynamoDB images unmarshalled, and an',
      'event inside a message (S3 in SNS in SQS) shown as its own class. Credentials, tokens',
      'and passwords show as [SENSITIVE]; long lists and strings are cut.',
    ],
    options: {
      json: json('{ package, className, event }'),
      as: {
        type: 'string',
        placeholder: '<source>[/<kind>]',
        description:
          'read the event as this kind instead of detecting it, e.g. --as bedrock-agent or --as apigw/proxy',
      },
    },
    maxPositionals: 1,
    run: async (parsed, io) => (await import('./inspect')).inspect(parsed, io),
  },
];

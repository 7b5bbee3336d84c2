// What the CLI knows of each source package: written into src/registry.ts by
// scripts/registry.mjs, from the packages themselves.

/** How `--body` reaches a sample factory: the option it sets and the form that takes. */
export interface BodyOption {
  /** The factory's option, e.g. `body` (SQS), `message` (SNS), `text` (Kinesis), `items`. */
  readonly option: string;
  /** Whether the option takes the payload as text (else as a JSON value). */
  readonly text: boolean;
  /** Whether the option is a list with one payload per record. */
  readonly list: boolean;
}

/** One kind of event a package reads: a class, and the factory that builds a sample of it. */
export interface Kind {
  /**
   * The kind's name within its package, as `evt generate <source> [kind]` takes it
   * (`pre-token-generation-v2`); empty for the package's default kind.
   */
  readonly kind: string;
  /** The kebab-case name of the class (and variant), e.g. `app-sync-resolver-event-batch`. */
  readonly module: string;
  /** The class that reads the event, e.g. `SQSEvent`. */
  readonly className: string;
  /** The sample factory of the package's `testing` entry, e.g. `createSQSEvent`. */
  readonly factory?: string;
  /** Whether `@evt/detect` names this class. */
  readonly detected: boolean;
  /** Whether the factory takes a number of records (`count`, for `--records`). */
  readonly records: boolean;
  /** The factory option `--body` sets, when it has one. */
  readonly body?: BodyOption;
}

/** A source package: its service, its kinds of event, and its modules, loaded on demand. */
export interface Source {
  /** The package's folder and the name after `@evt/`, e.g. `sqs`. */
  readonly id: string;
  /** The AWS service that sends its events, from its package description. */
  readonly service: string;
  /** Loads the package's main entry (its classes). */
  readonly classes: () => Promise<object>;
  /** Loads the package's `testing` entry (its sample factories), when it has one. */
  readonly samples?: () => Promise<object>;
  /** Its kinds of event, by name. */
  readonly kinds: readonly Kind[];
}

/** The packages folder the registry is built from. */
export declare const packagesDir: string;
/** Where the registry is written. */
export declare const registryPath: string;
/** The factory options `--body` may set, by the form they take the payload in. */
export declare const BODY_OPTIONS: {
  readonly text: readonly string[];
  readonly value: readonly string[];
  readonly list: readonly string[];
};
/** What the TypeScript checker says about one option of a sample factory. */
export interface OptionShape {
  readonly text: boolean;
  readonly list: boolean;
  readonly open: boolean;
  readonly number: boolean;
}
/** The AWS service a package description names. */
export declare function serviceOf(description: string): string | undefined;
/** The short name of each kind of event of one package, from their module names. */
export declare function shortKinds(modules: readonly string[]): string[];
/** The option `--body` sets on a factory, if any. */
export declare function bodyOption(
  options: ReadonlyMap<string, OptionShape>
): { option: string; text: boolean; list: boolean } | undefined;
/** Every source package that is written, with its service and its kinds. */
export declare function findSources(): {
  id: string;
  service: string;
  hasSamples: boolean;
  kinds: Record<string, unknown>[];
}[];
/** The text of `src/registry.ts`. */
export declare function registrySource(): string;

/** The packages folder the registry is built from. */
export declare const packagesDir: string;
/** Where the registry is written. */
export declare const registryPath: string;
/** Pairs `[specific, general]` of classes whose guards overlap, the specific one first. */
export declare const MORE_SPECIFIC: readonly (readonly [string, string])[];
/** Every guard found in `packages/*\/src/guards.ts`. */
export declare function findGuards(): {
  id: string;
  guard: string;
  className: string;
}[];
/** The guards in the order detect tries them. */
export declare function ordered<T extends { className: string }>(
  guards: T[]
): T[];
/** The text of `src/registry.ts`. */
export declare function registrySource(): string;

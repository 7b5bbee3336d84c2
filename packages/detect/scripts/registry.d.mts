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
/** The mark the package template leaves in a source that has not been written yet. */
export declare const SCAFFOLD_MARK: string;
/** Whether a package is still the template's made-up source. */
export declare function isScaffold(id: string): boolean;
/** Whether a module's kebab name is a class's (`api-gateway-websocket-event` ↔ `APIGatewayWebSocketEvent`). */
export declare function namesClass(module: string, className: string): boolean;

// The part of s3rver (which ships no types) that the artifact I/O tests use.
declare module 's3rver' {
  /** Options of the server. */
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    configureBuckets?: { name: string }[];
  }

  /** A local S3-compatible server (a Koa application). */
  // biome-ignore lint/style/noDefaultExport: s3rver's CommonJS export is the class itself
  export default class S3rver {
    constructor(options: S3rverOptions);
    /** The application's middleware, composed when the server starts. */
    middleware: ((
      context: {
        method: string;
        path: string;
        headers: Record<string, string | string[] | undefined>;
      },
      next: () => Promise<void>
    ) => Promise<void>)[];
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}

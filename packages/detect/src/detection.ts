/** What {@link detect} names: the package to install and the class that reads the event. */
export interface Detection {
  /** The npm package whose class reads the event, e.g. `@evt/s3`. */
  readonly package: string;
  /** The class of that package that reads the event, e.g. `S3Event`. */
  readonly className: string;
}

// The `detail` of the events Amazon ECR sends to EventBridge (`source` `aws.ecr`) when images
// are pushed, deleted and scanned. Types only.

/**
 * The `detail` of the event Amazon ECR sends when an image push or delete completes.
 *
 * @example
 * ```ts
 * import {
 *   type ECRImageActionDetail,
 *   type ECRImageActionDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<ECRImageActionDetail, ECRImageActionDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail['action-type'] === 'PUSH' && detail.result === 'SUCCESS') {
 *     console.log('pushed', `${detail['repository-name']}:${detail['image-tag']}`);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 */
export interface ECRImageActionDetail {
  /** What happened to the image: `PUSH` or `DELETE`. */
  'action-type': 'PUSH' | 'DELETE';
  /** Whether it succeeded: `SUCCESS` or `FAILURE`. */
  result: 'SUCCESS' | 'FAILURE';
  /** The name of the repository. */
  'repository-name': string;
  /** The digest of the image manifest, e.g. `sha256:…`. */
  'image-digest': string;
  /** The tag of the image; absent for an untagged image. */
  'image-tag'?: string | undefined;
  /** The media type of the image manifest. */
  'manifest-media-type'?: string | undefined;
  /** The media type of the artifact, for an image or artifact that declares one. */
  'artifact-media-type'?: string | undefined;
}

/** The `detail-type` of an ECR image push or delete event. */
export type ECRImageActionDetailType = 'ECR Image Action';

/** The severities of the findings of an image scan. */
export type ECRFindingSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'MEDIUM'
  | 'LOW'
  | 'INFORMATIONAL'
  | 'UNDEFINED';

/** How many findings an image scan found, by severity; a severity without findings is absent. */
export type ECRFindingSeverityCounts = {
  [severity in ECRFindingSeverity]?: number | undefined;
};

/**
 * The `detail` of the event Amazon ECR sends when a basic image scan completes: the image and
 * how many findings the scan found at each severity.
 *
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 */
export interface ECRImageScanDetail {
  /** The status of the scan: `COMPLETE` or `FAILED`. */
  'scan-status': 'COMPLETE' | 'FAILED';
  /** The name of the repository. */
  'repository-name': string;
  /**
   * How many findings the scan found at each severity; a severity without findings is left
   * out.
   */
  'finding-severity-counts'?: ECRFindingSeverityCounts | undefined;
  /** The digest of the image manifest, e.g. `sha256:…`. */
  'image-digest': string;
  /** The tags of the image; empty for an untagged image. */
  'image-tags': string[];
}

/** The `detail-type` of an ECR image scan event. */
export type ECRImageScanDetailType = 'ECR Image Scan';

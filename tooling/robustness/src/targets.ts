import * as apigw from '@evt/apigw';
import * as cloudwatch from '@evt/cloudwatch';
import * as dynamodb from '@evt/dynamodb';
import * as eventbridge from '@evt/eventbridge';
import * as firehose from '@evt/firehose';
import * as kafka from '@evt/kafka';
import * as kinesis from '@evt/kinesis';
import * as mq from '@evt/mq';
import * as s3 from '@evt/s3';
import * as ses from '@evt/ses';
import * as sns from '@evt/sns';
import * as sqs from '@evt/sqs';
import type { PackageTargets } from './target';

/**
 * The list of what the robustness test reads: every package, each top-level event class with
 * the fixtures to mangle. A new package joins by adding its entry here.
 */
export const packages: readonly PackageTargets[] = [
  {
    id: 's3',
    api: s3,
    targets: [
      {
        Class: s3.S3Event,
        fixtures: ['s3-event', 's3-event.object-removed', 's3-event.glacier'],
      },
      {
        Class: s3.S3EventBridgeNotificationEvent,
        fixtures: [
          's3-event-bridge-notification-event',
          's3-event-bridge-notification-event.object-deleted',
          's3-event-bridge-notification-event.restore-completed',
          's3-event-bridge-notification-event.storage-class-changed',
          's3-event-bridge-notification-event.access-tier-changed',
        ],
      },
      {
        Class: s3.S3BatchOperationEvent,
        fixtures: ['s3-batch-operation-event', 's3-batch-operation-event.v2'],
      },
      {
        Class: s3.S3ObjectLambdaEvent,
        fixtures: [
          's3-object-lambda-event',
          's3-object-lambda-event.head-object',
          's3-object-lambda-event.list-objects',
          's3-object-lambda-event.list-objects-v2',
        ],
      },
    ],
  },
  {
    id: 'apigw',
    api: apigw,
    targets: [
      {
        Class: apigw.APIGatewayProxyEvent,
        fixtures: [
          'api-gateway-proxy-event',
          'api-gateway-proxy-event.http-api-v1',
          'api-gateway-proxy-event.base64',
          'api-gateway-proxy-event.null-maps',
          'api-gateway-proxy-event.lambda-authorizer',
          'api-gateway-proxy-event.cognito-authorizer',
          'api-gateway-proxy-event.websocket-message',
        ],
      },
      {
        Class: apigw.APIGatewayProxyEventV2,
        fixtures: [
          'api-gateway-proxy-event-v2',
          'api-gateway-proxy-event-v2.iam-authorizer',
          'api-gateway-proxy-event-v2.lambda-authorizer',
          'api-gateway-proxy-event-v2.base64',
          'api-gateway-proxy-event-v2.minimal',
        ],
      },
    ],
  },
  {
    id: 'sqs',
    api: sqs,
    targets: [
      {
        Class: sqs.SQSEvent,
        fixtures: [
          'sqs-event',
          'sqs-event.fifo',
          'sqs-event.message-attributes',
          'sqs-event.s3-notification',
          'sqs-event.dlq-redrive',
          'sqs-event.sns-envelope',
        ],
      },
    ],
  },
  {
    id: 'sns',
    api: sns,
    targets: [
      {
        Class: sns.SNSEvent,
        fixtures: [
          'sns-event',
          'sns-event.message-attributes',
          'sns-event.s3-notification',
          'sns-event.no-subject',
        ],
      },
    ],
  },
  {
    id: 'ses',
    api: ses,
    targets: [
      {
        Class: ses.SESEvent,
        fixtures: [
          'ses-event',
          'ses-event.s3-action',
          'ses-event.sns-action',
          'ses-event.bounce-action',
          'ses-event.workmail-action',
          'ses-event.stop-action',
          'ses-event.add-header-action',
        ],
      },
    ],
  },
  {
    id: 'eventbridge',
    api: eventbridge,
    targets: [
      {
        Class: eventbridge.EventBridgeEvent,
        fixtures: [
          'event-bridge-event',
          'event-bridge-event.scheduled',
          'event-bridge-event.replay',
        ],
      },
    ],
  },
  {
    id: 'kafka',
    api: kafka,
    targets: [
      {
        Class: kafka.KafkaEvent,
        fixtures: [
          'kafka-event',
          'kafka-event.self-managed',
          'kafka-event.no-key',
          'kafka-event.headers',
          'kafka-event.schema-registry',
        ],
      },
    ],
  },
  {
    id: 'mq',
    api: mq,
    targets: [
      {
        Class: mq.ActiveMQEvent,
        fixtures: [
          'active-mq-event',
          'active-mq-event.legacy',
          'active-mq-event.request-reply',
        ],
      },
      {
        Class: mq.RabbitMQEvent,
        fixtures: ['rabbit-mq-event', 'rabbit-mq-event.multi-queue'],
      },
    ],
  },
  {
    id: 'dynamodb',
    api: dynamodb,
    targets: [
      {
        Class: dynamodb.DynamoDBStreamEvent,
        fixtures: [
          'dynamodb-stream-event',
          'dynamodb-stream-event.nested',
          'dynamodb-stream-event.keys-only',
          'dynamodb-stream-event.ttl',
          'dynamodb-stream-event.window',
        ],
      },
    ],
  },
  {
    id: 'kinesis',
    api: kinesis,
    targets: [
      {
        Class: kinesis.KinesisStreamEvent,
        fixtures: [
          'kinesis-stream-event',
          'kinesis-stream-event.json-data',
          'kinesis-stream-event.kms',
          'kinesis-stream-event.cloudwatch-logs',
          'kinesis-stream-event.tumbling-window',
        ],
      },
    ],
  },
  {
    id: 'firehose',
    api: firehose,
    targets: [
      {
        Class: firehose.KinesisFirehoseEvent,
        fixtures: [
          'kinesis-firehose-event',
          'kinesis-firehose-event.kinesis-source',
        ],
      },
      {
        Class: firehose.KinesisFirehoseDataTransformationRecord,
        fixtures: ['kinesis-firehose-response'],
        select: (response: { records?: unknown[] } | null) =>
          response?.records?.[0],
      },
    ],
  },
  {
    id: 'cloudwatch',
    api: cloudwatch,
    targets: [
      {
        Class: cloudwatch.CloudWatchLogsEvent,
        fixtures: [
          'cloud-watch-logs-event',
          'cloud-watch-logs-event.extracted-fields',
        ],
      },
      {
        Class: cloudwatch.CloudWatchAlarmEvent,
        fixtures: [
          'cloud-watch-alarm-event',
          'cloud-watch-alarm-event.metric-math',
          'cloud-watch-alarm-event.composite',
        ],
      },
      {
        Class: cloudwatch.CloudWatchDashboardCustomWidgetEvent,
        fixtures: [
          'cloud-watch-dashboard-custom-widget-event',
          'cloud-watch-dashboard-custom-widget-event.absolute',
        ],
      },
    ],
  },
];

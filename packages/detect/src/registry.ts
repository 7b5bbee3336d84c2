// Written by scripts/registry.mjs from packages/*/src/guards.ts: do not edit, run
// `pnpm --filter @evt/detect registry` after adding or changing a guard.
import { isALBEvent } from '../../alb/src/guards';
import {
  isAlexaSkillEvent,
  isAlexaSmartHomeEvent,
} from '../../alexa/src/guards';
import {
  isAPIGatewayAuthorizerEventV2,
  isAPIGatewayAuthorizerRequestEvent,
  isAPIGatewayAuthorizerTokenEvent,
  isAPIGatewayProxyEvent,
  isAPIGatewayProxyEventV2,
  isAPIGatewayWebSocketEvent,
} from '../../apigw/src/guards';
import {
  isAppSyncAuthorizerEvent,
  isAppSyncBatchResolverEvent,
  isAppSyncResolverEvent,
  isAppSyncResolverEventsEvent,
} from '../../appsync/src/guards';
import {
  isBedrockAgentEvent,
  isBedrockAgentFunctionEvent,
} from '../../bedrock-agent/src/guards';
import { isClientVpnConnectionHandlerEvent } from '../../clientvpn/src/guards';
import { isCloudFormationCustomResourceEvent } from '../../cloudformation/src/guards';
import {
  isCloudFrontRequestEvent,
  isCloudFrontResponseEvent,
} from '../../cloudfront/src/guards';
import {
  isCloudWatchAlarmEvent,
  isCloudWatchDashboardCustomWidgetEvent,
  isCloudWatchLogsEvent,
} from '../../cloudwatch/src/guards';
import { isCodeCommitEvent } from '../../codecommit/src/guards';
import { isCodeDeployLifecycleHookEvent } from '../../codedeploy/src/guards';
import { isCodePipelineJobEvent } from '../../codepipeline/src/guards';
import {
  isCognitoSyncTriggerEvent,
  isCreateAuthChallengeTriggerEvent,
  isCustomEmailSenderTriggerEvent,
  isCustomMessageTriggerEvent,
  isCustomSMSSenderTriggerEvent,
  isDefineAuthChallengeTriggerEvent,
  isInboundFederationTriggerEvent,
  isPostAuthenticationTriggerEvent,
  isPostConfirmationTriggerEvent,
  isPreAuthenticationTriggerEvent,
  isPreSignUpTriggerEvent,
  isPreTokenGenerationTriggerEvent,
  isPreTokenGenerationV2TriggerEvent,
  isUserMigrationTriggerEvent,
  isVerifyAuthChallengeResponseTriggerEvent,
} from '../../cognito/src/guards';
import { isAWSConfigRuleEvent } from '../../config/src/guards';
import { isConnectContactFlowEvent } from '../../connect/src/guards';
import { isDocumentDBEvent } from '../../documentdb/src/guards';
import { isDynamoDBStreamEvent } from '../../dynamodb/src/guards';
import { isEventBridgeEvent } from '../../eventbridge/src/guards';
import { isKinesisFirehoseEvent } from '../../firehose/src/guards';
import {
  isIoT1ClickEvent,
  isIoTButtonEvent,
  isIoTCoreAddOrDeleteFromThingGroupEvent,
  isIoTCoreAddOrRemoveFromThingGroupEvent,
  isIoTCoreThingEvent,
  isIoTCoreThingGroupEvent,
  isIoTCoreThingTypeAssociationEvent,
  isIoTCoreThingTypeEvent,
  isIoTCustomAuthorizerEvent,
  isIoTPreProvisioningHookEvent,
} from '../../iot/src/guards';
import { isKafkaEvent } from '../../kafka/src/guards';
import { isKinesisStreamEvent } from '../../kinesis/src/guards';
import {
  isKinesisAnalyticsFirehoseInputPreprocessingEvent,
  isKinesisAnalyticsOutputDeliveryEvent,
  isKinesisAnalyticsStreamsInputPreprocessingEvent,
} from '../../kinesis-analytics/src/guards';
import { isLambdaDestinationEvent } from '../../lambda-destination/src/guards';
import { isLambdaFunctionUrlEvent } from '../../lambda-url/src/guards';
import { isLexEvent, isLexV2Event } from '../../lex/src/guards';
import { isActiveMQEvent, isRabbitMQEvent } from '../../mq/src/guards';
import {
  isS3BatchOperationEvent,
  isS3Event,
  isS3EventBridgeNotificationEvent,
  isS3ObjectLambdaEvent,
} from '../../s3/src/guards';
import {
  isGroundTruthAnnotationConsolidationEvent,
  isGroundTruthPreHumanTaskEvent,
} from '../../sagemaker/src/guards';
import { isSecretsManagerEvent } from '../../secrets-manager/src/guards';
import { isSESEvent } from '../../ses/src/guards';
import { isSNSEvent } from '../../sns/src/guards';
import { isSQSEvent } from '../../sqs/src/guards';
import { isTransferFamilyAuthorizer } from '../../transfer-family/src/guards';
import {
  isVPCLatticeEvent,
  isVPCLatticeEventV2,
} from '../../vpc-lattice/src/guards';
import { isWorkMailEvent } from '../../workmail/src/guards';
import type { Detection } from './detection';

/** One guard and what detect answers when it accepts an event. */
export interface RegistryEntry {
  readonly is: (raw: unknown) => boolean;
  readonly detection: Detection;
}

const entry = (
  is: (raw: unknown) => boolean,
  pkg: string,
  className: string
): RegistryEntry => ({
  is,
  detection: Object.freeze({ package: pkg, className }),
});

/** Every guard, most specific first. */
export const REGISTRY: readonly RegistryEntry[] = [
  entry(isSQSEvent, '@evt/sqs', 'SQSEvent'),
  entry(
    isAPIGatewayAuthorizerTokenEvent,
    '@evt/apigw',
    'APIGatewayAuthorizerTokenEvent'
  ),
  entry(
    isAPIGatewayAuthorizerRequestEvent,
    '@evt/apigw',
    'APIGatewayAuthorizerRequestEvent'
  ),
  entry(isAPIGatewayWebSocketEvent, '@evt/apigw', 'APIGatewayWebSocketEvent'),
  entry(isAPIGatewayProxyEvent, '@evt/apigw', 'APIGatewayProxyEvent'),
  entry(
    isAPIGatewayAuthorizerEventV2,
    '@evt/apigw',
    'APIGatewayAuthorizerEventV2'
  ),
  entry(isS3Event, '@evt/s3', 'S3Event'),
  entry(
    isS3EventBridgeNotificationEvent,
    '@evt/s3',
    'S3EventBridgeNotificationEvent'
  ),
  entry(isS3BatchOperationEvent, '@evt/s3', 'S3BatchOperationEvent'),
  entry(isS3ObjectLambdaEvent, '@evt/s3', 'S3ObjectLambdaEvent'),
  entry(isSNSEvent, '@evt/sns', 'SNSEvent'),
  entry(isEventBridgeEvent, '@evt/eventbridge', 'EventBridgeEvent'),
  entry(isDynamoDBStreamEvent, '@evt/dynamodb', 'DynamoDBStreamEvent'),
  entry(isKinesisStreamEvent, '@evt/kinesis', 'KinesisStreamEvent'),
  entry(isALBEvent, '@evt/alb', 'ALBEvent'),
  entry(isAlexaSkillEvent, '@evt/alexa', 'AlexaSkillEvent'),
  entry(isAlexaSmartHomeEvent, '@evt/alexa', 'AlexaSmartHomeEvent'),
  entry(isAppSyncResolverEvent, '@evt/appsync', 'AppSyncResolverEvent'),
  entry(isAppSyncBatchResolverEvent, '@evt/appsync', 'AppSyncResolverEvent'),
  entry(isAppSyncAuthorizerEvent, '@evt/appsync', 'AppSyncAuthorizerEvent'),
  entry(
    isAppSyncResolverEventsEvent,
    '@evt/appsync',
    'AppSyncResolverEventsEvent'
  ),
  entry(isBedrockAgentEvent, '@evt/bedrock-agent', 'BedrockAgentEvent'),
  entry(
    isBedrockAgentFunctionEvent,
    '@evt/bedrock-agent',
    'BedrockAgentFunctionEvent'
  ),
  entry(
    isClientVpnConnectionHandlerEvent,
    '@evt/clientvpn',
    'ClientVpnConnectionHandlerEvent'
  ),
  entry(
    isCloudFormationCustomResourceEvent,
    '@evt/cloudformation',
    'CloudFormationCustomResourceEvent'
  ),
  entry(isCloudFrontRequestEvent, '@evt/cloudfront', 'CloudFrontRequestEvent'),
  entry(
    isCloudFrontResponseEvent,
    '@evt/cloudfront',
    'CloudFrontResponseEvent'
  ),
  entry(isCloudWatchLogsEvent, '@evt/cloudwatch', 'CloudWatchLogsEvent'),
  entry(isCloudWatchAlarmEvent, '@evt/cloudwatch', 'CloudWatchAlarmEvent'),
  entry(
    isCloudWatchDashboardCustomWidgetEvent,
    '@evt/cloudwatch',
    'CloudWatchDashboardCustomWidgetEvent'
  ),
  entry(isCodeCommitEvent, '@evt/codecommit', 'CodeCommitEvent'),
  entry(
    isCodeDeployLifecycleHookEvent,
    '@evt/codedeploy',
    'CodeDeployLifecycleHookEvent'
  ),
  entry(isCodePipelineJobEvent, '@evt/codepipeline', 'CodePipelineJobEvent'),
  entry(
    isCreateAuthChallengeTriggerEvent,
    '@evt/cognito',
    'CreateAuthChallengeTriggerEvent'
  ),
  entry(
    isCustomEmailSenderTriggerEvent,
    '@evt/cognito',
    'CustomEmailSenderTriggerEvent'
  ),
  entry(
    isCustomMessageTriggerEvent,
    '@evt/cognito',
    'CustomMessageTriggerEvent'
  ),
  entry(
    isCustomSMSSenderTriggerEvent,
    '@evt/cognito',
    'CustomSMSSenderTriggerEvent'
  ),
  entry(
    isDefineAuthChallengeTriggerEvent,
    '@evt/cognito',
    'DefineAuthChallengeTriggerEvent'
  ),
  entry(
    isInboundFederationTriggerEvent,
    '@evt/cognito',
    'InboundFederationTriggerEvent'
  ),
  entry(
    isPostAuthenticationTriggerEvent,
    '@evt/cognito',
    'PostAuthenticationTriggerEvent'
  ),
  entry(
    isPostConfirmationTriggerEvent,
    '@evt/cognito',
    'PostConfirmationTriggerEvent'
  ),
  entry(
    isPreAuthenticationTriggerEvent,
    '@evt/cognito',
    'PreAuthenticationTriggerEvent'
  ),
  entry(isPreSignUpTriggerEvent, '@evt/cognito', 'PreSignUpTriggerEvent'),
  entry(
    isUserMigrationTriggerEvent,
    '@evt/cognito',
    'UserMigrationTriggerEvent'
  ),
  entry(
    isVerifyAuthChallengeResponseTriggerEvent,
    '@evt/cognito',
    'VerifyAuthChallengeResponseTriggerEvent'
  ),
  entry(
    isPreTokenGenerationTriggerEvent,
    '@evt/cognito',
    'PreTokenGenerationTriggerEvent'
  ),
  entry(
    isPreTokenGenerationV2TriggerEvent,
    '@evt/cognito',
    'PreTokenGenerationV2TriggerEvent'
  ),
  entry(isCognitoSyncTriggerEvent, '@evt/cognito', 'CognitoSyncTriggerEvent'),
  entry(isAWSConfigRuleEvent, '@evt/config', 'AWSConfigRuleEvent'),
  entry(isConnectContactFlowEvent, '@evt/connect', 'ConnectContactFlowEvent'),
  entry(isDocumentDBEvent, '@evt/documentdb', 'DocumentDBEvent'),
  entry(isKinesisFirehoseEvent, '@evt/firehose', 'KinesisFirehoseEvent'),
  entry(isIoTCoreThingEvent, '@evt/iot', 'IoTCoreThingEvent'),
  entry(isIoTCoreThingTypeEvent, '@evt/iot', 'IoTCoreThingTypeEvent'),
  entry(
    isIoTCoreThingTypeAssociationEvent,
    '@evt/iot',
    'IoTCoreThingTypeAssociationEvent'
  ),
  entry(isIoTCoreThingGroupEvent, '@evt/iot', 'IoTCoreThingGroupEvent'),
  entry(
    isIoTCoreAddOrRemoveFromThingGroupEvent,
    '@evt/iot',
    'IoTCoreAddOrRemoveFromThingGroupEvent'
  ),
  entry(
    isIoTCoreAddOrDeleteFromThingGroupEvent,
    '@evt/iot',
    'IoTCoreAddOrDeleteFromThingGroupEvent'
  ),
  entry(isIoTCustomAuthorizerEvent, '@evt/iot', 'IoTCustomAuthorizerEvent'),
  entry(
    isIoTPreProvisioningHookEvent,
    '@evt/iot',
    'IoTPreProvisioningHookEvent'
  ),
  entry(isIoTButtonEvent, '@evt/iot', 'IoTButtonEvent'),
  entry(isIoT1ClickEvent, '@evt/iot', 'IoT1ClickEvent'),
  entry(isKafkaEvent, '@evt/kafka', 'KafkaEvent'),
  entry(
    isKinesisAnalyticsOutputDeliveryEvent,
    '@evt/kinesis-analytics',
    'KinesisAnalyticsOutputDeliveryEvent'
  ),
  entry(
    isKinesisAnalyticsFirehoseInputPreprocessingEvent,
    '@evt/kinesis-analytics',
    'KinesisAnalyticsFirehoseInputPreprocessingEvent'
  ),
  entry(
    isKinesisAnalyticsStreamsInputPreprocessingEvent,
    '@evt/kinesis-analytics',
    'KinesisAnalyticsStreamsInputPreprocessingEvent'
  ),
  entry(
    isLambdaDestinationEvent,
    '@evt/lambda-destination',
    'LambdaDestinationEvent'
  ),
  entry(isLambdaFunctionUrlEvent, '@evt/lambda-url', 'LambdaFunctionUrlEvent'),
  entry(isAPIGatewayProxyEventV2, '@evt/apigw', 'APIGatewayProxyEventV2'),
  entry(isLexEvent, '@evt/lex', 'LexEvent'),
  entry(isLexV2Event, '@evt/lex', 'LexV2Event'),
  entry(isActiveMQEvent, '@evt/mq', 'ActiveMQEvent'),
  entry(isRabbitMQEvent, '@evt/mq', 'RabbitMQEvent'),
  entry(
    isGroundTruthPreHumanTaskEvent,
    '@evt/sagemaker',
    'GroundTruthPreHumanTaskEvent'
  ),
  entry(
    isGroundTruthAnnotationConsolidationEvent,
    '@evt/sagemaker',
    'GroundTruthAnnotationConsolidationEvent'
  ),
  entry(isSecretsManagerEvent, '@evt/secrets-manager', 'SecretsManagerEvent'),
  entry(isSESEvent, '@evt/ses', 'SESEvent'),
  entry(
    isTransferFamilyAuthorizer,
    '@evt/transfer-family',
    'TransferFamilyAuthorizer'
  ),
  entry(isVPCLatticeEvent, '@evt/vpc-lattice', 'VPCLatticeEvent'),
  entry(isVPCLatticeEventV2, '@evt/vpc-lattice', 'VPCLatticeEventV2'),
  entry(isWorkMailEvent, '@evt/workmail', 'WorkMailEvent'),
];

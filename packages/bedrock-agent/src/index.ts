// The errors evt throws and the base class of the OpenAPI event, re-exported so that handlers
// can use them (and TypeDoc can resolve the links inherited from core) without importing
// @evt/core.
export {
  BaseProxyEvent,
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  BedrockAgentEvent,
  BedrockAgentRequestBody,
  BedrockAgentRequestMedia,
  type RawBedrockAgentEvent,
  type RawBedrockAgentRequestBody,
  type RawBedrockAgentRequestMedia,
} from './bedrock-agent-event';
export {
  BedrockAgentFunctionEvent,
  type RawBedrockAgentFunctionEvent,
} from './bedrock-agent-function-event';
export {
  BedrockAgentInfo,
  type RawBedrockAgentInfo,
} from './bedrock-agent-info';
export {
  BedrockAgentFunctionParameter,
  type BedrockAgentParameterValue,
  BedrockAgentProperty,
  type RawBedrockAgentProperty,
} from './bedrock-agent-property';
export {
  type BedrockAgentApiRequest,
  type BedrockAgentFunctionRequest,
  type BedrockAgentFunctionResponse,
  type BedrockAgentFunctionResponseInit,
  type BedrockAgentFunctionResponsePayload,
  type BedrockAgentFunctionResult,
  type BedrockAgentKnowledgeBaseConfiguration,
  type BedrockAgentKnowledgeBaseRetrievalConfiguration,
  type BedrockAgentRequestAttributes,
  type BedrockAgentResponse,
  type BedrockAgentResponseBaseInit,
  type BedrockAgentResponseEnvelope,
  type BedrockAgentResponseInit,
  type BedrockAgentResponseMedia,
  type BedrockAgentResponsePayload,
  type BedrockAgentResponseState,
  type BedrockAgentVectorSearchConfiguration,
  bedrockAgentFunctionResponse,
  bedrockAgentResponse,
} from './bedrock-agent-response';
export { isBedrockAgentEvent, isBedrockAgentFunctionEvent } from './guards';

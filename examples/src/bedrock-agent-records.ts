// An example handler for @evt/bedrock-agent, generated with the package: replace it with a handler
// that does what a Amazon Bedrock Agents function really does. `pnpm example` runs it on
// examples/events/bedrock-agent-records.json.
import {
  BedrockAgentEvent,
  type RawBedrockAgentEvent,
} from '@evt/bedrock-agent';

export const handler = async (raw: RawBedrockAgentEvent) => {
  const event = new BedrockAgentEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};

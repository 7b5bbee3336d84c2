import {
  BedrockAgentEvent,
  BedrockAgentFunctionEvent,
  bedrockAgentFunctionResponse,
  bedrockAgentResponse,
  type RawBedrockAgentEvent,
  type RawBedrockAgentFunctionEvent,
} from '@evt/bedrock-agent';

interface Reminder {
  claimId: string;
  pendingDocuments: string;
}

const MISSING_DOCUMENTS: Record<string, string[]> = {
  ABC12345: ['proof of address', 'repair estimate'],
};

/** The OpenAPI action group of a claims agent: lists missing documents and sends reminders. */
function answerClaimsApi(event: BedrockAgentEvent<Reminder>) {
  if (event.httpMethod === 'GET') {
    const claimId = String(event.parameterValue('claimId'));
    const limit = event.parameterValue('limit');
    const missing = MISSING_DOCUMENTS[claimId];
    if (!missing) {
      return bedrockAgentResponse(event, {
        httpStatusCode: 404,
        body: { error: `no claim ${claimId}` },
      });
    }
    return bedrockAgentResponse(event, {
      body: {
        claimId,
        missing: missing.slice(
          0,
          typeof limit === 'number' ? limit : undefined
        ),
      },
      sessionAttributes: { ...event.sessionAttributes, lastClaimId: claimId },
    });
  }
  const reminder = event.jsonBody;
  return bedrockAgentResponse(event, {
    httpStatusCode: reminder ? 202 : 400,
    body: reminder
      ? { claimId: reminder.claimId, reminded: reminder.pendingDocuments }
      : { error: 'a JSON body with claimId and pendingDocuments' },
  });
}

/** The function action group of an HR agent: takes vacation requests, asking again for bad dates. */
function answerVacationFunction(event: BedrockAgentFunctionEvent) {
  const { startDate, endDate } = event.parameterValues;
  if (typeof startDate !== 'string' || typeof endDate !== 'string') {
    return bedrockAgentFunctionResponse(event, {
      body: 'Ask the employee for the first and the last day of the vacation.',
      responseState: 'REPROMPT',
    });
  }
  if (endDate < startDate) {
    return bedrockAgentFunctionResponse(event, {
      body: `The vacation cannot end (${endDate}) before it starts (${startDate}).`,
      responseState: 'REPROMPT',
    });
  }
  const employee = event.sessionAttributes.employeeId ?? 'unknown';
  return bedrockAgentFunctionResponse(event, {
    body: `Vacation from ${startDate} to ${endDate} requested for ${employee}.`,
    promptSessionAttributes: {
      ...event.promptSessionAttributes,
      requestType: 'vacation-submitted',
    },
  });
}

/**
 * One function behind two action groups of Amazon Bedrock agents: an OpenAPI claims API and a
 * function-details vacation tool. The event's shape tells them apart: only function events
 * name a `function`.
 */
export const handler = async (
  raw: RawBedrockAgentEvent | RawBedrockAgentFunctionEvent
) => {
  if ('function' in raw) {
    return answerVacationFunction(new BedrockAgentFunctionEvent(raw));
  }
  return answerClaimsApi(new BedrockAgentEvent<Reminder>(raw));
};

import {
  CloudFormationCustomResourceEvent,
  type CloudFormationLambdaContext,
  type CloudFormationResponseInput,
  type RawCloudFormationCustomResourceEvent,
  sendResponse,
} from '@evt/cloudformation';

/** The properties of a `Custom::NamePrefix` resource in the template. */
interface NamePrefixProperties {
  ServiceToken: string;
  Project: string;
  Environment: string;
  /** CloudFormation passes numbers as strings. */
  MaxLength?: string;
}

/** What the request asks for, as the response to send. */
function decide(
  event: CloudFormationCustomResourceEvent<NamePrefixProperties>
): CloudFormationResponseInput {
  // Nothing was created outside CloudFormation, so there is nothing to delete. (A Delete
  // also follows a Create that failed, with the physical ID of that failure.)
  if (event.requestType === 'Delete') return { status: 'SUCCESS' };
  const { Project, Environment, MaxLength = '32' } = event.resourceProperties;
  const prefix = `${Project}-${Environment}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, Number(MaxLength))
    .replace(/^-+|-+$/g, '');
  if (!prefix) throw new Error('Project and Environment give an empty prefix');
  // Only an Update carries the properties from before; on Create this is undefined.
  const previous = event.oldResourceProperties.Environment;
  return {
    status: 'SUCCESS',
    // A new physical ID on Update replaces the resource: CloudFormation then deletes the old.
    physicalResourceId: prefix,
    data: {
      Prefix: prefix,
      ...(previous === undefined ? {} : { PreviousEnvironment: previous }),
    },
  };
}

/**
 * Provides `Custom::NamePrefix`: a lower-case, DNS-safe prefix for the names of a stack's
 * resources, derived from its `Project` and `Environment` and read in the template with
 * `Fn::GetAtt [NamePrefix, Prefix]`. Every outcome, failures included, is sent to the
 * presigned `ResponseURL`, so the stack never waits for CloudFormation's timeout.
 */
export const handler = async (
  raw: RawCloudFormationCustomResourceEvent<NamePrefixProperties>,
  context: CloudFormationLambdaContext
) => {
  const event = new CloudFormationCustomResourceEvent(raw);
  let outcome: CloudFormationResponseInput;
  try {
    outcome = decide(event);
  } catch (error) {
    outcome = {
      status: 'FAILED',
      reason: error instanceof Error ? error.message : 'Unknown error',
    };
  }
  return sendResponse(event, outcome, { context });
};

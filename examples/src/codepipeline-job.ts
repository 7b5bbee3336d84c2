import {
  CodePipelineJobEvent,
  DecodeError,
  type RawCodePipelineJobEvent,
} from '@evt/codepipeline';

/** The user parameters the pipeline's action passes, as JSON. */
interface DeployParameters {
  stackName: string;
  environment: string;
}

/**
 * A CodePipeline Lambda invoke action that deploys the build artifact to a stack, then asks to
 * be invoked again (with a continuation token) until the deployment is done. It works out what
 * to report for the job; a deployed function sends that with `PutJobSuccessResult` or
 * `PutJobFailureResult` (see the package README), and reads the template with
 * `event.getArtifact`. This one reads only the event, so it runs without AWS.
 */
export const handler = async (raw: RawCodePipelineJobEvent) => {
  const event = new CodePipelineJobEvent<DeployParameters>(raw);
  const jobId = event.id;
  let parameters: DeployParameters | undefined;
  try {
    parameters = event.decodedUserParameters;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
  }
  if (!parameters?.stackName) {
    return {
      jobId,
      report: 'PutJobFailureResult',
      failureDetails: {
        type: 'ConfigurationError',
        message: 'UserParameters must be JSON naming a stackName',
      },
    };
  }
  const source = event.data.inputArtifacts[0];
  const output = event.findOutputArtifact('DeployOutput');
  const key = event.data.encryptionKey;
  const token = event.data.continuationToken;
  return {
    jobId,
    account: event.accountId,
    report: 'PutJobSuccessResult',
    ...(token === undefined
      ? { continuationToken: `deploy:${parameters.stackName}:1` }
      : {
          outputVariables: {
            stackName: parameters.stackName,
            environment: parameters.environment,
            checks: token.split(':').at(-1),
          },
        }),
    template: source && {
      artifact: source.name,
      revision: source.revision ?? null,
      object: `s3://${source.location.s3Location.bucketName}/${source.location.s3Location.objectKey}`,
    },
    output: output && {
      object: `s3://${output.location.s3Location.bucketName}/${output.location.s3Location.objectKey}`,
      encryption: key ? `${key.type} ${key.id}` : 'bucket default',
    },
  };
};

import {
  CodeCommitEvent,
  type CodeCommitRecord,
  type RawCodeCommitEvent,
} from '@evt/codecommit';

/** What the trigger's custom data holds for this function: the team that owns the repository. */
interface TriggerSettings {
  team: string;
  notify: string;
}

function settingsOf(record: CodeCommitRecord): TriggerSettings | undefined {
  try {
    const settings = JSON.parse(record.customData ?? 'null') as unknown;
    const { team, notify } = (settings ?? {}) as Partial<TriggerSettings>;
    return typeof team === 'string' && typeof notify === 'string'
      ? { team, notify }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A repository trigger on all reference events: plans a build for every branch a push creates
 * or updates, a release for every new tag, and a clean-up of the preview environment of every
 * deleted branch. A console test of the trigger plans nothing. The trigger's custom data says
 * which team's channel hears about it.
 */
export const handler = async (raw: RawCodeCommitEvent) => {
  const record = new CodeCommitEvent(raw).record;
  if (record.isTriggerTest) {
    return { test: true, trigger: record.eventTriggerName };
  }
  const actions = record.references.map((reference) => {
    if (reference.deleted) {
      return { action: 'remove-preview', branch: reference.branchName };
    }
    if (reference.tagName !== undefined) {
      return {
        action: 'release',
        tag: reference.tagName,
        commit: reference.commit,
      };
    }
    return {
      action: reference.created ? 'build-new-branch' : 'build',
      branch: reference.branchName ?? reference.ref,
      commit: reference.commit,
    };
  });
  return {
    repository: record.repositoryName,
    region: record.awsRegion,
    pushedBy: record.userIdentityArn,
    part: `${record.eventPartNumber}/${record.eventTotalParts}`,
    notify: settingsOf(record)?.notify,
    actions,
  };
};

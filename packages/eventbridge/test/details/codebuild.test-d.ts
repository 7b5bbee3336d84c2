import type {
  CodeBuildCloudWatchStateEvent,
  CodeBuildStateEventDetail,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CodeBuildBuildPhase,
  type CodeBuildBuildPhaseChangeDetail,
  type CodeBuildBuildPhaseChangeDetailType,
  type CodeBuildBuildStateChangeDetail,
  type CodeBuildBuildStateChangeDetailType,
  type CodeBuildBuildStatus,
  type CodeBuildPhaseStatus,
  type CodeBuildPhaseType,
  EventBridgeEvent,
  type RawEventBridgeEvent,
} from '../../src/index';
import phaseChange from '../events/event-bridge-event.codebuild-build-phase-change.json';
import stateChange from '../events/event-bridge-event.codebuild-build-state-change.json';
import type { Undeclared, Widened } from './detail-types';

describe('CodeBuild detail types', () => {
  it('fit the documented samples', () => {
    expectTypeOf(stateChange.detail).toExtend<
      Widened<CodeBuildBuildStateChangeDetail>
    >();
    expectTypeOf<
      Undeclared<typeof stateChange.detail, CodeBuildBuildStateChangeDetail>
    >().toEqualTypeOf<never>();
    expectTypeOf(phaseChange.detail).toExtend<
      Widened<CodeBuildBuildPhaseChangeDetail>
    >();
    expectTypeOf<
      Undeclared<typeof phaseChange.detail, CodeBuildBuildPhaseChangeDetail>
    >().toEqualTypeOf<never>();
  });

  it('accept the @types/aws-lambda build state-change event', () => {
    expectTypeOf<CodeBuildStateEventDetail>().toExtend<CodeBuildBuildStateChangeDetail>();
    expectTypeOf<CodeBuildCloudWatchStateEvent>().toExtend<
      RawEventBridgeEvent<
        CodeBuildBuildStateChangeDetail,
        CodeBuildBuildStateChangeDetailType
      >
    >();
  });

  it('type the detail and detail type of the wrapped events', () => {
    const state = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        CodeBuildBuildStateChangeDetail,
        CodeBuildBuildStateChangeDetailType
      >
    );
    const phase = new EventBridgeEvent(
      {} as RawEventBridgeEvent<
        CodeBuildBuildPhaseChangeDetail,
        CodeBuildBuildPhaseChangeDetailType
      >
    );

    expectTypeOf(
      state.detailType
    ).toEqualTypeOf<'CodeBuild Build State Change'>();
    expectTypeOf(
      state.detail['build-status']
    ).toEqualTypeOf<CodeBuildBuildStatus>();
    expectTypeOf(state.detail['additional-information'].phases).toEqualTypeOf<
      CodeBuildBuildPhase[] | undefined
    >();
    expectTypeOf<
      CodeBuildBuildPhase['phase-type']
    >().toEqualTypeOf<CodeBuildPhaseType>();
    expectTypeOf(
      phase.detailType
    ).toEqualTypeOf<'CodeBuild Build Phase Change'>();
    expectTypeOf(
      phase.detail['completed-phase-status']
    ).toEqualTypeOf<CodeBuildPhaseStatus>();
  });
});

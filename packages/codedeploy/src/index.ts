// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  CodeDeployLifecycleHookEvent,
  type RawCodeDeployLifecycleHookEvent,
} from './code-deploy-lifecycle-hook-event';
export { isCodeDeployLifecycleHookEvent } from './guards';
export {
  type LifecycleHookStatus,
  type LifecycleHookStatusInput,
  lifecycleHookStatusInput,
} from './lifecycle-hook-status-input';

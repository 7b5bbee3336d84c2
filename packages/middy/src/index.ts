export {
  type EventSourceClass,
  type EventSourceHandler,
  eventSourceMiddleware,
  type RawEventOf,
  withEventSource,
} from './event-source-middleware';

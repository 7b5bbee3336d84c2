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
  ActiveMQEvent,
  ActiveMQMessage,
  type RawActiveMQDestination,
  type RawActiveMQEvent,
  type RawActiveMQMessage,
} from './active-mq-event';
export {
  isActiveMQEvent,
  isRabbitMQEvent,
} from './guards';
export {
  BasicProperties,
  RabbitMessage,
  RabbitMQEvent,
  type RawBasicProperties,
  type RawRabbitMessage,
  type RawRabbitMQEvent,
} from './rabbit-mq-event';

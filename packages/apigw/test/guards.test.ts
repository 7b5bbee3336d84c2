import { describeGuards } from '@evt/tooling-config/guards';
import * as api from '../src/index';

describeGuards(api, {
  accepts: {
    // Payload format 1.0 is one shape: APIGatewayProxyEvent reads REST, WebSocket and
    // authorizer requests alike.
    isAPIGatewayProxyEvent: (_fixture, module) =>
      module === 'api-gateway-proxy-event' ||
      module === 'api-gateway-websocket-event' ||
      module === 'api-gateway-authorizer-request-event',
    isAPIGatewayWebSocketEvent: (fixture, module) =>
      module === 'api-gateway-websocket-event' ||
      fixture.startsWith('api-gateway-proxy-event.websocket-') ||
      fixture === 'api-gateway-authorizer-request-event.websocket',
    // A function URL request and an HTTP API authorizer's input have format 2.0's shape.
    isAPIGatewayProxyEventV2: (_fixture, module) =>
      module === 'api-gateway-proxy-event-v2' ||
      module === 'api-gateway-authorizer-event-v2',
  },
});

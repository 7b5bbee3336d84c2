import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import { ALBEvent, albResponse, type RawALBEvent } from '../src/index';

const single = (): ALBEvent =>
  new ALBEvent(loadEvent<RawALBEvent>('alb-event'));
const multi = (): ALBEvent =>
  new ALBEvent(loadEvent<RawALBEvent>('alb-event.multi-value'));

describe('albResponse', () => {
  describe('for a target group without multi-value headers', () => {
    it('builds the example response of the Elastic Load Balancing guide', () => {
      const response = albResponse(single(), {
        statusCode: 200,
        statusDescription: '200 OK',
        headers: {
          'Set-cookie': 'cookies',
          'Content-Type': 'application/json',
        },
        body: 'Hello from Lambda (optional)',
      });

      expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
        isBase64Encoded: false,
        statusCode: 200,
        statusDescription: '200 OK',
        headers: {
          'Set-cookie': 'cookies',
          'Content-Type': 'application/json',
        },
        body: 'Hello from Lambda (optional)',
      });
    });

    it('builds the example response of the Lambda Developer Guide', () => {
      const response = albResponse(single(), {
        statusCode: 200,
        statusDescription: '200 OK',
        headers: { 'Content-Type': 'text/html' },
        body: '<h1>Hello from Lambda!</h1>',
      });

      expect(response).toEqual({
        statusCode: 200,
        statusDescription: '200 OK',
        isBase64Encoded: false,
        headers: { 'Content-Type': 'text/html' },
        body: '<h1>Hello from Lambda!</h1>',
      });
    });

    it('sends the last value of a repeated header and the last cookie, as the load balancer keeps one', () => {
      const response = albResponse(single(), {
        statusCode: 204,
        headers: { Vary: ['Accept', 'Origin'], 'X-Count': 3, 'X-Ok': true },
        cookies: ['a=1', 'b=2'],
      });

      expect(response).toEqual({
        statusCode: 204,
        isBase64Encoded: false,
        headers: {
          'Set-Cookie': 'b=2',
          Vary: 'Origin',
          'X-Count': '3',
          'X-Ok': 'true',
        },
      });
    });

    it('lets a Set-Cookie header win over cookies, as Powertools does', () => {
      const response = albResponse(single(), {
        statusCode: 200,
        cookies: ['a=1'],
        headers: { 'Set-Cookie': 'z=9' },
      });

      expect(response.headers).toEqual({ 'Set-Cookie': 'z=9' });
    });

    it('leaves out undefined headers and empty lists', () => {
      const response = albResponse(single(), {
        statusCode: 200,
        headers: { 'X-A': undefined, 'X-B': [], 'X-C': 'c' },
      });

      expect(response.headers).toEqual({ 'X-C': 'c' });
    });

    it('always sets headers and isBase64Encoded, and leaves out a missing body', () => {
      const response = albResponse(single(), { statusCode: 503 });

      expect(response).toStrictEqual({
        statusCode: 503,
        isBase64Encoded: false,
        headers: {},
      });
    });

    it('keeps a __proto__ header as an ordinary name', () => {
      const headers = Object.fromEntries([['__proto__', 'x']]);

      const response = albResponse(single(), { statusCode: 200, headers });

      expect(Object.keys(response.headers ?? {})).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(response.headers)).toBe(Object.prototype);
    });
  });

  describe('for a target group with multi-value headers', () => {
    it('builds the multi-value example of the Elastic Load Balancing guide', () => {
      const response = albResponse(multi(), {
        statusCode: 200,
        statusDescription: '200 OK',
        headers: {
          'Set-cookie': [
            'cookie-name=cookie-value;Domain=myweb.com;Secure;HttpOnly',
            'cookie-name=cookie-value;Expires=May 8, 2019',
          ],
          'Content-Type': 'application/json',
        },
      });

      expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
        statusCode: 200,
        statusDescription: '200 OK',
        isBase64Encoded: false,
        multiValueHeaders: {
          'Set-cookie': [
            'cookie-name=cookie-value;Domain=myweb.com;Secure;HttpOnly',
            'cookie-name=cookie-value;Expires=May 8, 2019',
          ],
          'Content-Type': ['application/json'],
        },
      });
    });

    it('adds every cookie to the Set-Cookie list', () => {
      const response = albResponse(multi(), {
        statusCode: 302,
        headers: { Location: '/home', 'Set-Cookie': 'a=1' },
        cookies: ['b=2', 'c=3'],
      });

      expect(response).toEqual({
        statusCode: 302,
        isBase64Encoded: false,
        multiValueHeaders: {
          Location: ['/home'],
          'Set-Cookie': ['a=1', 'b=2', 'c=3'],
        },
      });
    });

    it('takes the setting from any object that states it', () => {
      const response = albResponse(
        { hasMultiValueHeaders: true },
        { statusCode: 200 }
      );

      expect(response.multiValueHeaders).toEqual({});
      expect(response.headers).toBeUndefined();
    });
  });

  describe('statusDescription', () => {
    it('is left out unless given, as Powertools leaves it out', () => {
      const response = albResponse(single(), { statusCode: 404 });

      expect('statusDescription' in response).toBe(false);
    });

    it('keeps the one given', () => {
      const response = albResponse(single(), {
        statusCode: 418,
        statusDescription: "418 I'm a teapot",
      });

      expect(response.statusDescription).toBe("418 I'm a teapot");
    });
  });

  describe('body', () => {
    it('sends bytes base64-encoded', () => {
      const response = albResponse(single(), {
        statusCode: 200,
        headers: { 'Content-Type': 'image/png' },
        body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      });

      expect(response.body).toBe('iVBORw==');
      expect(response.isBase64Encoded).toBe(true);
    });

    it('marks a text body that is already base64', () => {
      const response = albResponse(single(), {
        statusCode: 200,
        body: 'iVBORw==',
        isBase64Encoded: true,
      });

      expect(response.body).toBe('iVBORw==');
      expect(response.isBase64Encoded).toBe(true);
    });
  });

  describe('misuse', () => {
    it('throws TypeError naming a status code out of range', () => {
      expect(() => albResponse(single(), { statusCode: 42 })).toThrow(
        new TypeError(
          'albResponse: init.statusCode must be an integer from 100 to 599, got number 42'
        )
      );
      expect(() =>
        albResponse(single(), { statusCode: '200' as never })
      ).toThrow(
        new TypeError(
          'albResponse: init.statusCode must be an integer from 100 to 599, got string'
        )
      );
    });

    it('throws TypeError naming a header value that is not text', () => {
      expect(() =>
        albResponse(single(), {
          statusCode: 200,
          headers: { 'X-List': ['a', null as never] },
        })
      ).toThrow(
        new TypeError(
          'albResponse: init.headers["X-List"][1] must be a string, number or boolean, got null'
        )
      );
      expect(() =>
        albResponse(multi(), {
          statusCode: 200,
          headers: { 'X-Obj': {} as never },
        })
      ).toThrow(
        new TypeError(
          'albResponse: init.headers["X-Obj"] must be a string, number or boolean, got object'
        )
      );
    });

    it('throws TypeError naming the other malformed arguments', () => {
      const cases: [() => unknown, string][] = [
        [
          () => albResponse(null as never, { statusCode: 200 }),
          'albResponse: request must be an ALBEvent, got null',
        ],
        [
          () => albResponse({} as never, { statusCode: 200 }),
          'albResponse: request.hasMultiValueHeaders must be a boolean, got undefined',
        ],
        [
          () => albResponse(single(), undefined as never),
          'albResponse: init must be an object, got undefined',
        ],
        [
          () =>
            albResponse(single(), {
              statusCode: 200,
              statusDescription: 200 as never,
            }),
          'albResponse: init.statusDescription must be a string, got number 200',
        ],
        [
          () =>
            albResponse(single(), { statusCode: 200, headers: [] as never }),
          'albResponse: init.headers must be an object, got array',
        ],
        [
          () =>
            albResponse(single(), { statusCode: 200, cookies: 'a=1' as never }),
          'albResponse: init.cookies must be an array of strings, got string',
        ],
        [
          () =>
            albResponse(single(), {
              statusCode: 200,
              cookies: ['a=1', 2 as never],
            }),
          'albResponse: init.cookies[1] must be a string, got number 2',
        ],
        [
          () => albResponse(single(), { statusCode: 200, body: {} as never }),
          'albResponse: init.body must be a string or a Uint8Array, got object',
        ],
        [
          () =>
            albResponse(single(), {
              statusCode: 200,
              isBase64Encoded: 'yes' as never,
            }),
          'albResponse: init.isBase64Encoded must be a boolean, got string',
        ],
      ];

      for (const [call, message] of cases) {
        expect(call).toThrow(new TypeError(message));
      }
    });
  });
});

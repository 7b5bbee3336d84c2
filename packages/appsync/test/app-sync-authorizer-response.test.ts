import { describe, expect, it } from 'vitest';
import { AppSyncAuthorizerResponse } from '../src/index';
import { expectTypeError } from './expect-type-error';

describe('AppSyncAuthorizerResponse', () => {
  describe('asDict', () => {
    it('builds the answer of the Powertools sample, field for field', () => {
      const response = new AppSyncAuthorizerResponse({
        authorize: true,
        maxAge: 15,
        resolverContext: { name: 'Foo Man', balance: 100 },
        denyFields: ['Mutation.createEvent'],
      });

      expect(response.asDict()).toStrictEqual({
        isAuthorized: true,
        resolverContext: {
          name: 'Foo Man',
          balance: 100,
        },
        deniedFields: ['Mutation.createEvent'],
        ttlOverride: 15,
      });
    });

    it('builds the answer of the AWS documentation example, field for field', () => {
      const response = new AppSyncAuthorizerResponse({
        authorize: true,
        resolverContext: {
          userid: 'user-id',
          info: 'contextual information A',
          more_info: 'contextual information B',
        },
        denyFields: [
          'arn:aws:appsync:us-east-1:111122223333:apis/aaaaaa123123123example123/types/Event/fields/comments',
          'Mutation.createEvent',
        ],
        maxAge: 300,
      });

      expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
        isAuthorized: true,
        resolverContext: {
          userid: 'user-id',
          info: 'contextual information A',
          more_info: 'contextual information B',
        },
        deniedFields: [
          'arn:aws:appsync:us-east-1:111122223333:apis/aaaaaa123123123example123/types/Event/fields/comments',
          'Mutation.createEvent',
        ],
        ttlOverride: 300,
      });
    });

    it('denies by default and leaves out what is not set', () => {
      expect(new AppSyncAuthorizerResponse().asDict()).toStrictEqual({
        isAuthorized: false,
      });
    });

    it('keeps a ttlOverride of 0, which turns caching off', () => {
      expect(
        new AppSyncAuthorizerResponse({ authorize: true, maxAge: 0 }).asDict()
      ).toStrictEqual({ isAuthorized: true, ttlOverride: 0 });
    });

    it('leaves out an empty resolver context and empty denied fields, as Powertools does', () => {
      expect(
        new AppSyncAuthorizerResponse({
          authorize: true,
          resolverContext: {},
          denyFields: [],
        }).asDict()
      ).toStrictEqual({ isAuthorized: true });
    });

    it('returns a new object each call, whose denied fields are a copy', () => {
      const denyFields = ['Query.secret'];
      const response = new AppSyncAuthorizerResponse({ denyFields });

      const first = response.asDict();
      denyFields.push('Query.other');

      expect(first).not.toBe(response.asDict());
      expect(first.deniedFields).toEqual(['Query.secret']);
      expect(first.deniedFields).not.toBe(response.denyFields);
    });
  });

  describe('toJSON', () => {
    it('serialises as asDict', () => {
      const response = new AppSyncAuthorizerResponse({ authorize: true });

      expect(JSON.stringify(response)).toBe('{"isAuthorized":true}');
      expect(response.toJSON()).toStrictEqual(response.asDict());
    });
  });

  describe('properties', () => {
    it('keep what the answer was built with', () => {
      const response = new AppSyncAuthorizerResponse({
        authorize: true,
        maxAge: 60,
        resolverContext: { team: 'blue' },
        denyFields: ['Mutation.deletePost'],
      });

      expect(response.authorize).toBe(true);
      expect(response.maxAge).toBe(60);
      expect(response.resolverContext).toEqual({ team: 'blue' });
      expect(response.denyFields).toEqual(['Mutation.deletePost']);
    });

    it('are false and undefined when not set', () => {
      const response = new AppSyncAuthorizerResponse({});

      expect(response.authorize).toBe(false);
      expect(response.maxAge).toBeUndefined();
      expect(response.resolverContext).toBeUndefined();
      expect(response.denyFields).toBeUndefined();
    });
  });

  describe('misuse', () => {
    it.each([
      [-1, 'number -1'],
      [1.5, 'number 1.5'],
      [Number.NaN, 'number NaN'],
      ['60', 'string'],
    ])('throws TypeError for a maxAge of %s', (maxAge, found) => {
      expectTypeError(
        () => new AppSyncAuthorizerResponse({ maxAge: maxAge as number }),
        `AppSyncAuthorizerResponse: options.maxAge must be a non-negative integer (seconds), got ${found}`
      );
    });

    it('throws TypeError naming a denied field that is not a string', () => {
      expectTypeError(
        () =>
          new AppSyncAuthorizerResponse({
            denyFields: ['Query.a', 7 as unknown as string],
          }),
        'AppSyncAuthorizerResponse: options.denyFields[1] must be a non-empty string, got number 7'
      );
      expectTypeError(
        () => new AppSyncAuthorizerResponse({ denyFields: [''] }),
        'AppSyncAuthorizerResponse: options.denyFields[0] must be a non-empty string, got an empty string'
      );
    });

    it('throws TypeError when denyFields is not an array', () => {
      expectTypeError(
        () =>
          new AppSyncAuthorizerResponse({
            denyFields: 'Query.a' as unknown as string[],
          }),
        'AppSyncAuthorizerResponse: options.denyFields must be an array of strings, got string'
      );
    });

    it('throws TypeError when authorize is not a boolean', () => {
      expectTypeError(
        () =>
          new AppSyncAuthorizerResponse({
            authorize: 'yes' as unknown as boolean,
          }),
        'AppSyncAuthorizerResponse: options.authorize must be a boolean, got string'
      );
    });

    it('throws TypeError when resolverContext is not an object', () => {
      expectTypeError(
        () =>
          new AppSyncAuthorizerResponse({
            resolverContext: ['a'] as unknown as Record<string, unknown>,
          }),
        'AppSyncAuthorizerResponse: options.resolverContext must be an object, got array'
      );
    });

    it('throws TypeError when the options are not an object', () => {
      expectTypeError(
        () => new AppSyncAuthorizerResponse(null as never),
        'AppSyncAuthorizerResponse: options must be an object, got null'
      );
    });
  });
});

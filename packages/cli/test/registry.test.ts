import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../detect/src/registry';
import {
  bodyOption,
  packagesDir,
  registryPath,
  registrySource,
  serviceOf,
  shortKinds,
} from '../scripts/registry.mjs';
import { SOURCES } from '../src/registry';

const SCAFFOLD_MARK = '// The generated starting point of @evt/';

describe('the registry', () => {
  it('is what scripts/registry.mjs writes from the packages (pnpm --filter @evt/cli registry)', () => {
    expect(readFileSync(registryPath, 'utf8')).toBe(registrySource());
  });

  it('has a kind for every class @evt/detect names', () => {
    for (const { detection } of REGISTRY) {
      const source = SOURCES.find(
        ({ id }) => `@evt/${id}` === detection.package
      );
      expect(
        source?.kinds.some(
          (kind) => kind.className === detection.className && kind.detected
        ),
        `${detection.package} ${detection.className}`
      ).toBe(true);
    }
  });

  it('leaves out the packages that are still the template', () => {
    for (const { id } of SOURCES) {
      const index = readFileSync(join(packagesDir, id, 'src/index.ts'), 'utf8');
      expect(index.includes(SCAFFOLD_MARK), id).toBe(false);
    }
  });

  it('names each kind of a package apart, with at most one default', () => {
    for (const source of SOURCES) {
      const names = source.kinds.map((kind) => kind.kind);
      expect(new Set(names).size, source.id).toBe(names.length);
      expect(
        source.kinds.every(
          (kind) =>
            !kind.factory ||
            existsSync(join(packagesDir, source.id, 'src/testing.ts'))
        )
      ).toBe(true);
    }
  });
});

describe('shortKinds', () => {
  it('drops the words event and trigger, then what every kind starts with', () => {
    expect(
      shortKinds([
        'api-gateway-proxy-event',
        'api-gateway-proxy-event-v2',
        'api-gateway-authorizer-token-event',
      ])
    ).toEqual(['proxy', 'proxy-v2', 'authorizer-token']);
    expect(
      shortKinds([
        'pre-token-generation-v2-trigger-event',
        'pre-sign-up-trigger-event',
        'custom-sms-sender-trigger-event',
      ])
    ).toEqual(['pre-token-generation-v2', 'pre-sign-up', 'custom-sms-sender']);
  });

  it('gives the empty name to the kind named like the package, and to an only kind', () => {
    expect(
      shortKinds(['s3-event', 's3-event-bridge-notification-event'])
    ).toEqual(['', 'event-bridge-notification']);
    expect(shortKinds(['kinesis-stream-event'])).toEqual(['']);
  });
});

describe('serviceOf', () => {
  it('reads the service from a package description', () => {
    expect(
      serviceOf(
        'Typed, lazy wrappers for the AWS Lambda events that Amazon SQS sends.'
      )
    ).toBe('Amazon SQS');
    expect(
      serviceOf(
        'Typed, lazy wrappers for the AWS Lambda events that an Application Load Balancer sends, and a builder.'
      )
    ).toBe('Application Load Balancer');
    expect(
      serviceOf(
        'Typed, lazy wrappers for the AWS Lambda events that Amazon MSK and self-managed Apache Kafka send.'
      )
    ).toBe('Amazon MSK and self-managed Apache Kafka');
    expect(serviceOf('Something else.')).toBeUndefined();
  });
});

describe('bodyOption', () => {
  const shape = (text: boolean, list = false, open = !text) => ({
    text,
    list,
    open,
    number: false,
  });

  it('prefers an option that takes text, then a value, then a list', () => {
    expect(
      bodyOption(
        new Map([
          ['data', shape(true)],
          ['text', shape(true)],
          ['json', shape(false)],
          ['payloads', shape(true, true)],
        ])
      )
    ).toEqual({ option: 'text', text: true, list: false });
    expect(bodyOption(new Map([['detail', shape(false)]]))).toEqual({
      option: 'detail',
      text: false,
      list: false,
    });
    expect(
      bodyOption(
        new Map([
          ['data', shape(false)],
          ['messages', shape(true, true)],
        ])
      )
    ).toEqual({ option: 'messages', text: true, list: true });
    expect(bodyOption(new Map([['count', shape(false)]]))).toBeUndefined();
  });

  it('takes no option typed as the sample’s own structure', () => {
    expect(
      bodyOption(
        new Map([
          ['detail', shape(false, false, false)],
          ['items', shape(false, true, false)],
        ])
      )
    ).toBeUndefined();
  });
});

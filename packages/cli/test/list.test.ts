import { describe, expect, it } from 'vitest';
import { type ListedKind, listedKinds } from '../src/list';
import { SOURCES } from '../src/registry';
import { evt, evtJson } from './run-cli';

describe('evt list', () => {
  it('lists every package with its service, and its classes with their generate words', async () => {
    const { code, stdout } = await evt(['list']);

    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toContain('@evt/sqs  Amazon SQS');
    expect(lines).toContain('@evt/cognito  Amazon Cognito');
    expect(
      lines.some((line) =>
        /^ {2}cognito pre-token-generation-v2 +PreTokenGenerationV2TriggerEvent$/.test(
          line
        )
      )
    ).toBe(true);
    expect(
      lines.some((line) => /^ {2}bedrock-agent +BedrockAgentEvent$/.test(line))
    ).toBe(true);
    for (const source of SOURCES) {
      expect(lines).toContain(`@evt/${source.id}  ${source.service}`);
    }
  });

  it('prints one object per class with --json', async () => {
    const listed = (await evtJson(['list', '--json'])) as ListedKind[];

    expect(listed).toEqual(listedKinds());
    expect(listed.find((kind) => kind.className === 'SQSEvent')).toEqual({
      package: '@evt/sqs',
      service: 'Amazon SQS',
      className: 'SQSEvent',
      generate: 'sqs',
      detected: true,
      records: true,
      body: 'body',
    });
    expect(listed).toHaveLength(
      SOURCES.reduce((count, source) => count + source.kinds.length, 0)
    );
  });
});

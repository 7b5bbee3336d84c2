import { describe, expect, it } from 'vitest';
import { SESEvent } from '../src/index';
import { createSESEvent } from '../src/testing';

describe('createSESEvent', () => {
  it('builds as many records as the count asks, with numbered message IDs', () => {
    const event = new SESEvent(createSESEvent({ count: 2, subject: 'Hi' }));

    expect(event.records.map((record) => record.ses.mail.messageId)).toEqual([
      'o3vrnil0e2ic0000',
      'o3vrnil0e2ic0001',
    ]);
    expect(
      event.records.map((record) => record.ses.mail.commonHeaders.subject)
    ).toEqual(['Hi', 'Hi']);
  });

  it('gives each record its own changes, at any depth', () => {
    const event = new SESEvent(
      createSESEvent({
        records: [
          { ses: { mail: { commonHeaders: { subject: 'First' } } } },
          { ses: { receipt: { spamVerdict: { status: 'FAIL' } } } },
        ],
      })
    );

    const [first, second] = event.records;

    expect(first?.ses.mail.commonHeaders.subject).toBe('First');
    expect(second?.ses.mail.commonHeaders.subject).toBe('Test Subject');
    expect(second?.ses.receipt.spamVerdict.status).toBe('FAIL');
    expect(second?.ses.receipt.virusVerdict.status).toBe('PASS');
  });
});

import { type RawSESEvent, SESEvent } from '@evt/ses';

/**
 * A receipt rule's Lambda action: decides whether an incoming email is clean enough to
 * process, from the verdicts Amazon SES attached to it.
 */
export const handler = async (raw: RawSESEvent) => {
  const event = new SESEvent(raw);
  const { mail, receipt } = event;
  const verdicts = {
    spam: receipt.spamVerdict.status,
    virus: receipt.virusVerdict.status,
    spf: receipt.spfVerdict.status,
    dkim: receipt.dkimVerdict.status,
    // Older receipt rules' events carry no DMARC verdict.
    dmarc: receipt.dmarcVerdict?.status ?? null,
  };
  return {
    messageId: mail.messageId,
    from: mail.commonHeaders.from,
    to: mail.commonHeaders.to,
    cc: mail.commonHeaders.cc,
    subject: mail.commonHeaders.subject ?? null,
    headerCount: mail.headers.length,
    verdicts,
    dmarcPolicy: receipt.dmarcPolicy ?? null,
    accepted: verdicts.spam === 'PASS' && verdicts.virus === 'PASS',
    invokedAs: receipt.action.invocationType ?? null,
  };
};

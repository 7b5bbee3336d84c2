import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  MissingFieldError,
  type RawSESEvent,
  type RawSESEventRecord,
  type RawSESMessage,
  SESEvent,
  SESEventRecord,
  SESMail,
  SESMailCommonHeaders,
  SESMailHeader,
  SESMessage,
  SESReceipt,
  SESReceiptAction,
  SESReceiptStatus,
} from '../src/index';
import { createSESEvent } from '../src/testing';

const rawOf = (variant?: string): RawSESEvent =>
  loadEvent<RawSESEvent>(variant ? `ses-event.${variant}` : 'ses-event');

const load = (variant?: string): SESEvent => new SESEvent(rawOf(variant));

/** The SES part of the first record of a raw event, for patches. */
const sesOf = (event: RawSESEvent): RawSESMessage =>
  (event.Records[0] as RawSESEventRecord).ses;

describe('SESEvent', () => {
  describe('records', () => {
    it('wraps each record of the event', () => {
      const raw = rawOf();

      const records = new SESEvent(raw).records;

      expect(records).toHaveLength(1);
      expect(records[0]).toBeInstanceOf(SESEventRecord);
      expect(records[0]?.rawEvent).toBe(raw.Records[0]);
    });

    it('returns the same array on every access', () => {
      const event = load();

      expect(event.records).toBe(event.records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const raw = rawOf();
      const event = new SESEvent(raw);

      expect(event.record).toBe(event.records[0]);
      expect(event.record.rawEvent).toBe(raw.Records[0]);
    });
  });

  describe('mail', () => {
    it('returns the mail of the first record', () => {
      const raw = rawOf();
      const event = new SESEvent(raw);

      expect(event.mail).toBeInstanceOf(SESMail);
      expect(event.mail).toBe(event.record.ses.mail);
      expect(event.mail.rawEvent).toBe(raw.Records[0]?.ses.mail);
    });
  });

  describe('receipt', () => {
    it('returns the receipt of the first record', () => {
      const raw = rawOf();
      const event = new SESEvent(raw);

      expect(event.receipt).toBeInstanceOf(SESReceipt);
      expect(event.receipt).toBe(event.record.ses.receipt);
      expect(event.receipt.rawEvent).toBe(raw.Records[0]?.ses.receipt);
    });
  });

  describe('rawEvent', () => {
    it('returns the event it was built from', () => {
      const raw = rawOf();

      const event = new SESEvent(raw);

      expect(event.rawEvent).toBe(raw);
      expect(JSON.stringify(event)).toBe(JSON.stringify(raw));
    });
  });

  describe('toString', () => {
    it('renders every getter of the event', () => {
      const event = load('s3-action');

      const view = JSON.parse(String(event));

      expect(view.mail.commonHeaders.cc).toEqual(['richard.roe@example.com']);
      expect(view.receipt.action.bucketName).toBe('amzn-s3-demo-bucket');
      expect(view.rawEvent).toBe('[SENSITIVE]');
    });
  });
});

describe('SESEventRecord', () => {
  describe('eventSource', () => {
    it('returns aws:ses', () => {
      expect(load().record.eventSource).toBe('aws:ses');
    });
  });

  describe('eventVersion', () => {
    it('returns the record version', () => {
      expect(load().record.eventVersion).toBe('1.0');
    });
  });

  describe('ses', () => {
    it('wraps the SES part of the record, cached', () => {
      const raw = rawOf();
      const record = new SESEvent(raw).record;

      const ses = record.ses;

      expect(ses).toBeInstanceOf(SESMessage);
      expect(ses.rawEvent).toBe(raw.Records[0]?.ses);
      expect(record.ses).toBe(ses);
    });
  });
});

describe('SESMessage', () => {
  describe('mail', () => {
    it('wraps the mail, cached', () => {
      const raw = rawOf();
      const ses = new SESEvent(raw).record.ses;

      const mail = ses.mail;

      expect(mail.rawEvent).toBe(raw.Records[0]?.ses.mail);
      expect(ses.mail).toBe(mail);
    });
  });

  describe('receipt', () => {
    it('wraps the receipt, cached', () => {
      const raw = rawOf();
      const ses = new SESEvent(raw).record.ses;

      const receipt = ses.receipt;

      expect(receipt.rawEvent).toBe(raw.Records[0]?.ses.receipt);
      expect(ses.receipt).toBe(receipt);
    });
  });
});

describe('SESMail', () => {
  describe('timestamp', () => {
    it('returns the time the email was received', () => {
      expect(load().mail.timestamp).toBe('1970-01-01T00:00:00.000Z');
    });
  });

  describe('source', () => {
    it('returns the envelope sender', () => {
      expect(load().mail.source).toBe('janedoe@example.com');
    });
  });

  describe('messageId', () => {
    it('returns the ID Amazon SES gave the email', () => {
      expect(load('s3-action').mail.messageId).toBe(
        'd6iitobk75ur44p8kdnnp7g2n800'
      );
    });
  });

  describe('destination', () => {
    it('returns the To and CC recipients', () => {
      expect(load('s3-action').mail.destination).toEqual([
        'johndoe@example.com',
        'support@example.com',
        'richard.roe@example.com',
      ]);
    });
  });

  describe('headersTruncated', () => {
    it('returns false when the headers are complete', () => {
      expect(load().mail.headersTruncated).toBe(false);
    });

    it('returns true when the headers were cut short', () => {
      expect(load('s3-action').mail.headersTruncated).toBe(true);
    });
  });

  describe('headers', () => {
    it('wraps every header, in order', () => {
      const raw = rawOf();

      const headers = new SESEvent(raw).mail.headers;

      expect(headers).toHaveLength(10);
      expect(headers[0]).toBeInstanceOf(SESMailHeader);
      expect(headers[7]?.rawEvent).toBe(raw.Records[0]?.ses.mail.headers[7]);
      expect(headers.map((header) => header.name)).toEqual([
        'Return-Path',
        'Received',
        'DKIM-Signature',
        'MIME-Version',
        'From',
        'Date',
        'Message-ID',
        'Subject',
        'To',
        'Content-Type',
      ]);
    });

    it('returns the same array on every access', () => {
      const mail = load().mail;

      expect(mail.headers).toBe(mail.headers);
    });
  });

  describe('commonHeaders', () => {
    it('wraps the common headers, cached', () => {
      const raw = rawOf();
      const mail = new SESEvent(raw).mail;

      const commonHeaders = mail.commonHeaders;

      expect(commonHeaders).toBeInstanceOf(SESMailCommonHeaders);
      expect(commonHeaders.rawEvent).toBe(
        raw.Records[0]?.ses.mail.commonHeaders
      );
      expect(mail.commonHeaders).toBe(commonHeaders);
    });
  });
});

describe('SESMailHeader', () => {
  describe('name', () => {
    it('returns the header name', () => {
      expect(load().mail.headers[7]?.name).toBe('Subject');
    });
  });

  describe('value', () => {
    it('returns the header value', () => {
      expect(load().mail.headers[7]?.value).toBe('Test Subject');
    });
  });
});

describe('SESMailCommonHeaders', () => {
  const headers = (variant?: string) => load(variant).mail.commonHeaders;

  describe('returnPath', () => {
    it('returns the Return-Path address', () => {
      expect(headers().returnPath).toBe('janedoe@example.com');
    });

    it('returns undefined when the email has no Return-Path header', () => {
      const raw = patchEvent<RawSESEvent>(
        'ses-event.sparse-headers',
        (event) => {
          Object.assign(sesOf(event).mail.commonHeaders, {
            returnPath: undefined,
          });
        }
      );

      expect(new SESEvent(raw).mail.commonHeaders.returnPath).toBeUndefined();
    });
  });

  describe('from', () => {
    it('returns the From addresses', () => {
      expect(headers().from).toEqual(['Jane Doe <janedoe@example.com>']);
    });
  });

  describe('date', () => {
    it('returns the Date header', () => {
      expect(headers().date).toBe('Wed, 7 Oct 2015 12:34:56 -0700');
    });
  });

  describe('to', () => {
    it('returns the To addresses', () => {
      expect(headers('s3-action').to).toEqual([
        'johndoe@example.com',
        'support@example.com',
      ]);
    });

    it('returns an empty array when the email has no To header', () => {
      expect(headers('sparse-headers').to).toEqual([]);
    });
  });

  describe('messageId', () => {
    it('returns the Message-ID header', () => {
      expect(headers().messageId).toBe('<0123456789example.com>');
    });

    it('returns undefined when the email has no Message-ID header', () => {
      expect(headers('sparse-headers').messageId).toBeUndefined();
    });
  });

  describe('subject', () => {
    it('returns the Subject header', () => {
      expect(headers().subject).toBe('Test Subject');
    });

    it('returns undefined when the email has no Subject header', () => {
      const commonHeaders = headers('sparse-headers');

      expect(commonHeaders.subject).toBeUndefined();
      expect(commonHeaders.from).toEqual(['monitor@example.net']);
      expect(commonHeaders.date).toBe('Fri, 14 Jun 2024 06:02:11 +0000');
    });
  });

  describe('cc', () => {
    it('returns the CC addresses', () => {
      expect(headers('s3-action').cc).toEqual(['richard.roe@example.com']);
    });

    it('returns an empty array when the email has none', () => {
      expect(headers().cc).toEqual([]);
    });
  });

  describe('bcc', () => {
    it('returns the BCC addresses', () => {
      expect(headers('s3-action').bcc).toEqual(['archive@example.com']);
    });

    it('returns an empty array when the email has none', () => {
      expect(headers().bcc).toEqual([]);
    });
  });

  describe('sender', () => {
    it('returns the Sender addresses', () => {
      expect(headers('s3-action').sender).toEqual([
        'Mary Major <marymajor@example.com>',
      ]);
    });

    it('returns an empty array when the email has none', () => {
      expect(headers().sender).toEqual([]);
    });
  });

  describe('replyTo', () => {
    it('returns the Reply-To addresses', () => {
      expect(headers('s3-action').replyTo).toEqual([
        'Jane Doe <reply@example.com>',
      ]);
    });

    it('returns an empty array when the email has none', () => {
      expect(headers().replyTo).toEqual([]);
    });
  });
});

describe('SESReceipt', () => {
  describe('timestamp', () => {
    it('returns the time the action ran', () => {
      expect(load().receipt.timestamp).toBe('1970-01-01T00:00:00.000Z');
    });
  });

  describe('processingTimeMillis', () => {
    it('returns the processing time', () => {
      expect(load('s3-action').receipt.processingTimeMillis).toBe(222);
    });
  });

  describe('recipients', () => {
    it('returns the matched recipients', () => {
      expect(load('s3-action').receipt.recipients).toEqual([
        'johndoe@example.com',
        'archive@example.com',
      ]);
    });
  });

  describe('spamVerdict', () => {
    it('returns the spam check result', () => {
      const raw = rawOf('s3-action');
      const receipt = new SESEvent(raw).receipt;

      const verdict = receipt.spamVerdict;

      expect(verdict).toBeInstanceOf(SESReceiptStatus);
      expect(verdict.rawEvent).toBe(raw.Records[0]?.ses.receipt.spamVerdict);
      expect(receipt.spamVerdict).toBe(verdict);
      expect(verdict.status).toBe('FAIL');
    });
  });

  describe('virusVerdict', () => {
    it('returns the virus check result', () => {
      const raw = rawOf('s3-action');
      const receipt = new SESEvent(raw).receipt;

      const verdict = receipt.virusVerdict;

      expect(verdict).toBeInstanceOf(SESReceiptStatus);
      expect(verdict.rawEvent).toBe(raw.Records[0]?.ses.receipt.virusVerdict);
      expect(receipt.virusVerdict).toBe(verdict);
      expect(verdict.status).toBe('GRAY');
    });
  });

  describe('spfVerdict', () => {
    it('returns the SPF check result', () => {
      const raw = rawOf('s3-action');
      const receipt = new SESEvent(raw).receipt;

      const verdict = receipt.spfVerdict;

      expect(verdict).toBeInstanceOf(SESReceiptStatus);
      expect(verdict.rawEvent).toBe(raw.Records[0]?.ses.receipt.spfVerdict);
      expect(receipt.spfVerdict).toBe(verdict);
      expect(verdict.status).toBe('PROCESSING_FAILED');
    });
  });

  describe('dkimVerdict', () => {
    it('returns the DKIM check result', () => {
      const raw = rawOf('s3-action');
      const receipt = new SESEvent(raw).receipt;

      const verdict = receipt.dkimVerdict;

      expect(verdict).toBeInstanceOf(SESReceiptStatus);
      expect(verdict.rawEvent).toBe(raw.Records[0]?.ses.receipt.dkimVerdict);
      expect(receipt.dkimVerdict).toBe(verdict);
      expect(verdict.status).toBe('DISABLED');
    });
  });

  describe('dmarcVerdict', () => {
    it('returns the DMARC check result', () => {
      const raw = rawOf('s3-action');
      const receipt = new SESEvent(raw).receipt;

      const verdict = receipt.dmarcVerdict;

      expect(verdict).toBeInstanceOf(SESReceiptStatus);
      expect(verdict?.rawEvent).toBe(raw.Records[0]?.ses.receipt.dmarcVerdict);
      expect(receipt.dmarcVerdict).toBe(verdict);
      expect(verdict?.status).toBe('FAIL');
    });

    it('returns undefined when the receipt has no DMARC check', () => {
      const receipt = load('no-dmarc-verdict').receipt;

      expect(receipt.dmarcVerdict).toBeUndefined();
      expect(receipt.dkimVerdict.status).toBe('GRAY');
      expect(receipt.dmarcPolicy).toBeUndefined();
    });
  });

  describe('dmarcPolicy', () => {
    it('returns the DMARC policy', () => {
      expect(load().receipt.dmarcPolicy).toBe('reject');
      expect(load('s3-action').receipt.dmarcPolicy).toBe('quarantine');
      expect(load('bounce-action').receipt.dmarcPolicy).toBe('none');
    });

    it('returns undefined when the event has none', () => {
      expect(load('sns-action').receipt.dmarcPolicy).toBeUndefined();
    });
  });

  describe('action', () => {
    it('wraps the action that ran, cached', () => {
      const raw = rawOf();
      const receipt = new SESEvent(raw).receipt;

      const action = receipt.action;

      expect(action).toBeInstanceOf(SESReceiptAction);
      expect(action.rawEvent).toBe(raw.Records[0]?.ses.receipt.action);
      expect(receipt.action).toBe(action);
    });
  });
});

describe('SESReceiptStatus', () => {
  describe('status', () => {
    it.each([
      ['ses-event', 'PASS'],
      ['ses-event.s3-action', 'FAIL'],
      ['ses-event.sns-action', 'GRAY'],
      ['ses-event.workmail-action', 'PROCESSING_FAILED'],
      ['ses-event.stop-action', 'DISABLED'],
    ])('returns the spam verdict of %s: %s', (name, status) => {
      const event = new SESEvent(loadEvent<RawSESEvent>(name));

      expect(event.receipt.spamVerdict.status).toBe(status);
    });
  });
});

describe('SESReceiptAction', () => {
  const action = (variant?: string) => load(variant).receipt.action;

  describe('type', () => {
    it.each([
      [undefined, 'Lambda'],
      ['s3-action', 'S3'],
      ['sns-action', 'SNS'],
      ['bounce-action', 'Bounce'],
      ['workmail-action', 'WorkMail'],
      ['stop-action', 'Stop'],
      ['add-header-action', 'AddHeader'],
    ])('returns the type of the %s action: %s', (variant, type) => {
      expect(action(variant).type).toBe(type);
    });
  });

  describe('topicArn', () => {
    it('returns the notified topic', () => {
      expect(action('sns-action').topicArn).toBe(
        'arn:aws:sns:us-east-1:123456789012:example-topic'
      );
    });

    it('returns undefined when the action notified no topic', () => {
      expect(action().topicArn).toBeUndefined();
    });
  });

  describe('bucketName', () => {
    it('returns the bucket of the S3 action', () => {
      expect(action('s3-action').bucketName).toBe('amzn-s3-demo-bucket');
    });

    it('returns undefined for another action', () => {
      expect(action().bucketName).toBeUndefined();
    });
  });

  describe('objectKey', () => {
    it('returns the object key of the S3 action', () => {
      expect(action('s3-action').objectKey).toBe(
        'email/d6iitobk75ur44p8kdnnp7g2n800'
      );
    });
  });

  describe('objectKeyPrefix', () => {
    it('returns the key prefix of the S3 action', () => {
      expect(action('s3-action').objectKeyPrefix).toBe('email/');
    });
  });

  describe('kmsKeyArn', () => {
    it('returns the KMS key of the S3 action', () => {
      expect(action('s3-action').kmsKeyArn).toBe(
        'arn:aws:kms:us-east-1:123456789012:key/example-key'
      );
    });
  });

  describe('iamRoleArn', () => {
    it('returns the IAM role of the S3 action', () => {
      expect(action('s3-action').iamRoleArn).toBe(
        'arn:aws:iam::123456789012:role/ses-s3-delivery'
      );
    });
  });

  describe('encoding', () => {
    it('returns the encoding of the SNS action', () => {
      expect(action('sns-action').encoding).toBe('Base64');
    });
  });

  describe('functionArn', () => {
    it('returns the function of the Lambda action', () => {
      expect(action().functionArn).toBe(
        'arn:aws:lambda:us-west-2:012345678912:function:Example'
      );
    });

    it('returns undefined for another action', () => {
      expect(action('s3-action').functionArn).toBeUndefined();
    });
  });

  describe('invocationType', () => {
    it('returns the invocation type of the Lambda action', () => {
      expect(action().invocationType).toBe('Event');
    });

    it('returns undefined for another action', () => {
      expect(action('sns-action').invocationType).toBeUndefined();
    });
  });

  describe('organizationArn', () => {
    it('returns the organization of the WorkMail action', () => {
      expect(action('workmail-action').organizationArn).toBe(
        'arn:aws:workmail:us-east-1:123456789012:organization/m-68755160c4cb4e29a2b2f8fb58f359d7'
      );
    });
  });

  describe('smtpReplyCode', () => {
    it('returns the reply code of the Bounce action', () => {
      expect(action('bounce-action').smtpReplyCode).toBe('550');
    });
  });

  describe('statusCode', () => {
    it('returns the status code of the Bounce action', () => {
      expect(action('bounce-action').statusCode).toBe('5.1.1');
    });
  });

  describe('message', () => {
    it('returns the message of the Bounce action', () => {
      expect(action('bounce-action').message).toBe('Mailbox does not exist');
    });
  });

  describe('sender', () => {
    it('returns the sender of the Bounce action', () => {
      expect(action('bounce-action').sender).toBe('mailer-daemon@example.com');
    });
  });

  describe('scope', () => {
    it('returns the scope of the Stop action', () => {
      expect(action('stop-action').scope).toBe('RuleSet');
    });
  });

  describe('headerName', () => {
    it('returns the header name of the AddHeader action', () => {
      expect(action('add-header-action').headerName).toBe('X-Processed-By');
    });
  });

  describe('headerValue', () => {
    it('returns the header value of the AddHeader action', () => {
      expect(action('add-header-action').headerValue).toBe('inbound-rule-1');
    });
  });
});

describe('createSESEvent', () => {
  it('returns the documented sample by default', () => {
    const event = new SESEvent(createSESEvent());

    expect(event.mail.commonHeaders.subject).toBe('Test Subject');
    expect(event.receipt.action.type).toBe('Lambda');
  });

  it('returns a fresh copy on every call', () => {
    const first = createSESEvent();

    const second = createSESEvent();

    expect(first).not.toBe(second);
    expect(first.Records[0]).not.toBe(second.Records[0]);
  });

  it('applies the overrides', () => {
    const raw = createSESEvent({
      source: 'bounces@example.org',
      from: ['Ops <ops@example.org>'],
      to: ['inbox@example.com'],
      subject: 'Invoice 42',
      messageId: 'abc123',
      recipients: ['inbox@example.com'],
      verdict: 'GRAY',
      action: { type: 'S3', bucketName: 'mail-bucket', objectKey: 'abc123' },
    });

    const event = new SESEvent(raw);

    expect(event.mail.source).toBe('bounces@example.org');
    expect(event.mail.commonHeaders.from).toEqual(['Ops <ops@example.org>']);
    expect(event.mail.commonHeaders.to).toEqual(['inbox@example.com']);
    expect(event.mail.destination).toEqual(['inbox@example.com']);
    expect(event.mail.commonHeaders.subject).toBe('Invoice 42');
    expect(event.mail.messageId).toBe('abc123');
    expect(event.receipt.recipients).toEqual(['inbox@example.com']);
    expect(event.receipt.spamVerdict.status).toBe('GRAY');
    expect(event.receipt.virusVerdict.status).toBe('GRAY');
    expect(event.receipt.spfVerdict.status).toBe('GRAY');
    expect(event.receipt.dkimVerdict.status).toBe('GRAY');
    expect(event.receipt.dmarcVerdict?.status).toBe('GRAY');
    expect(event.receipt.action.bucketName).toBe('mail-bucket');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError when Records is missing', () => {
    const event = new SESEvent({} as RawSESEvent);

    expectEvtError(
      () => event.records,
      MissingFieldError,
      'SESEvent: Records is missing'
    );
  });

  it('throws FieldTypeError when Records is not an array', () => {
    const event = new SESEvent({
      Records: 'records',
    } as unknown as RawSESEvent);

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'SESEvent: Records must be array, got string'
    );
  });

  it('throws MissingFieldError naming Records[0] when Records is empty', () => {
    const event = new SESEvent({ Records: [] });

    expectEvtError(
      () => event.record,
      MissingFieldError,
      'SESEvent: Records[0] is missing'
    );
    expectEvtError(
      () => event.mail,
      MissingFieldError,
      'SESEvent: Records[0] is missing'
    );
  });

  it('throws FieldTypeError when a record is not an object', () => {
    const event = new SESEvent({ Records: [42] } as unknown as RawSESEvent);

    expectEvtError(
      () => event.records,
      FieldTypeError,
      'SESEvent: Records[0] must be object, got number'
    );
  });

  it('throws MissingFieldError when eventSource is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(event.Records[0] as object, { eventSource: undefined });
    });

    expectEvtError(
      () => new SESEvent(raw).record.eventSource,
      MissingFieldError,
      'SESEvent: Records[0].eventSource is missing'
    );
  });

  it('throws MissingFieldError when ses is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(event.Records[0] as object, { ses: undefined });
    });

    expectEvtError(
      () => new SESEvent(raw).mail,
      MissingFieldError,
      'SESEvent: Records[0].ses is missing'
    );
  });

  it('throws FieldTypeError when mail is an array', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event), { mail: [] });
    });

    expectEvtError(
      () => new SESEvent(raw).mail,
      FieldTypeError,
      'SESEvent: Records[0].ses.mail must be object, got array'
    );
  });

  it('throws FieldTypeError when headersTruncated is a string', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail, { headersTruncated: 'false' });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.headersTruncated,
      FieldTypeError,
      'SESEvent: Records[0].ses.mail.headersTruncated must be boolean, got string'
    );
  });

  it('throws MissingFieldError when destination is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail, { destination: undefined });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.destination,
      MissingFieldError,
      'SESEvent: Records[0].ses.mail.destination is missing'
    );
  });

  it('throws FieldTypeError when a header is not an object', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail.headers, { 2: 'Subject: hi' });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.headers,
      FieldTypeError,
      'SESEvent: Records[0].ses.mail.headers[2] must be object, got string'
    );
  });

  it('throws MissingFieldError when a header value is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail.headers[7] as object, {
        value: undefined,
      });
    });
    const header = new SESEvent(raw).mail.headers[7] as SESMailHeader;

    expectEvtError(
      () => header.value,
      MissingFieldError,
      'SESEvent: Records[0].ses.mail.headers[7].value is missing'
    );
  });

  it('throws MissingFieldError when commonHeaders is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail, { commonHeaders: null });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.commonHeaders,
      MissingFieldError,
      'SESEvent: Records[0].ses.mail.commonHeaders is missing'
    );
  });

  it('throws MissingFieldError when the from header is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail.commonHeaders, { from: undefined });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.commonHeaders.from,
      MissingFieldError,
      'SESEvent: Records[0].ses.mail.commonHeaders.from is missing'
    );
  });

  it('throws FieldTypeError when a To address is not a string', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail.commonHeaders, {
        to: ['a@example.com', null],
      });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.commonHeaders.to,
      FieldTypeError,
      'SESEvent: Records[0].ses.mail.commonHeaders.to[1] must be string, got null'
    );
  });

  it('throws FieldTypeError when cc is a string', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail.commonHeaders, { cc: 'a@example.com' });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.commonHeaders.cc,
      FieldTypeError,
      'SESEvent: Records[0].ses.mail.commonHeaders.cc must be array, got string'
    );
  });

  it('throws FieldTypeError when the subject is a number', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).mail.commonHeaders, { subject: 42 });
    });

    expectEvtError(
      () => new SESEvent(raw).mail.commonHeaders.subject,
      FieldTypeError,
      'SESEvent: Records[0].ses.mail.commonHeaders.subject must be string, got number'
    );
  });

  it('throws FieldTypeError when processingTimeMillis is a string', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt, { processingTimeMillis: '574' });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.processingTimeMillis,
      FieldTypeError,
      'SESEvent: Records[0].ses.receipt.processingTimeMillis must be number, got string'
    );
  });

  it('throws MissingFieldError when recipients is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt, { recipients: undefined });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.recipients,
      MissingFieldError,
      'SESEvent: Records[0].ses.receipt.recipients is missing'
    );
  });

  it('throws MissingFieldError when a verdict is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt, { spfVerdict: undefined });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.spfVerdict,
      MissingFieldError,
      'SESEvent: Records[0].ses.receipt.spfVerdict is missing'
    );
  });

  it('throws FieldTypeError when the DMARC verdict is a string', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt, { dmarcVerdict: 'PASS' });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.dmarcVerdict,
      FieldTypeError,
      'SESEvent: Records[0].ses.receipt.dmarcVerdict must be object, got string'
    );
  });

  it('throws FieldTypeError when a verdict status is a number', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt.spamVerdict, { status: 1 });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.spamVerdict.status,
      FieldTypeError,
      'SESEvent: Records[0].ses.receipt.spamVerdict.status must be string, got number'
    );
  });

  it('throws FieldTypeError when dmarcPolicy is an object', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt, { dmarcPolicy: {} });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.dmarcPolicy,
      FieldTypeError,
      'SESEvent: Records[0].ses.receipt.dmarcPolicy must be string, got object'
    );
  });

  it('throws MissingFieldError when the action type is missing', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt.action, { type: undefined });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.action.type,
      MissingFieldError,
      'SESEvent: Records[0].ses.receipt.action.type is missing'
    );
  });

  it('throws FieldTypeError when functionArn is a boolean', () => {
    const raw = patchEvent<RawSESEvent>('ses-event', (event) => {
      Object.assign(sesOf(event).receipt.action, { functionArn: true });
    });

    expectEvtError(
      () => new SESEvent(raw).receipt.action.functionArn,
      FieldTypeError,
      'SESEvent: Records[0].ses.receipt.action.functionArn must be string, got boolean'
    );
  });

  it('throws FieldTypeError when the event is not an object', () => {
    expectEvtError(
      () => new SESEvent('event' as unknown as RawSESEvent),
      FieldTypeError,
      'SESEvent must be object, got string'
    );
  });

  it('names the class of a standalone wrapper in its errors', () => {
    const header = new SESMailHeader({ name: 'Subject' } as never);

    expectEvtError(
      () => header.value,
      MissingFieldError,
      'SESMailHeader: value is missing'
    );
  });
});

import { SnsSchema } from '@aws-lambda-powertools/parser/schemas/sns';
import { SNSEvent } from '@evt/sns';
import type { BenchCase } from '../src/case';
import { middyHandler, middyNormalize } from '../src/middy';

interface Alert {
  level: string;
}

// The example SNS message event of the Lambda Developer Guide (with-sns.html), with a JSON
// message.
const event = JSON.stringify({
  Records: [
    {
      EventVersion: '1.0',
      EventSubscriptionArn:
        'arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486',
      EventSource: 'aws:sns',
      Sns: {
        SignatureVersion: '1',
        Timestamp: '2019-01-02T12:45:07.000Z',
        Signature:
          'tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r==',
        SigningCertUrl:
          'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-ac565b8b1a6c5d002d285f9598aa1d9b.pem',
        MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
        Message: '{"level":"critical","service":"checkout"}',
        MessageAttributes: {
          Test: { Type: 'String', Value: 'TestString' },
        },
        Type: 'Notification',
        UnsubscribeUrl:
          'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486',
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:sns-lambda',
        Subject: 'TestInvoke',
      },
    },
  ],
});

// What a Middy handler reads once the normalizer has decoded the event in place.
// biome-ignore lint/suspicious/noExplicitAny: the normalized event is untyped
function middyReads(event: any): unknown {
  const sns = event.Records[0].Sns;
  return [sns.TopicArn, sns.Subject, (sns.Message as Alert).level];
}

// Each contender reads the topic ARN, the subject and the `level` of the JSON message.
// Middy's normalizer parses the message in place.
export const cases: BenchCase[] = [
  {
    name: 'SNS, 1 message',
    event,
    contenders: {
      floor(raw) {
        const sns = raw.Records[0].Sns;
        return [
          sns.TopicArn,
          sns.Subject,
          (JSON.parse(sns.Message) as Alert).level,
        ];
      },
      evt(raw) {
        const sns = new SNSEvent<Alert>(raw).record.sns;
        return [sns.topicArn, sns.subject, sns.jsonMessage.level];
      },
      middy: middyHandler(middyReads),
      'middy-normalizer': (raw) => middyReads(middyNormalize(raw)),
      powertools(raw) {
        const sns = SnsSchema.parse(raw).Records[0]?.Sns;
        return [
          sns?.TopicArn,
          sns?.Subject,
          (JSON.parse(sns?.Message ?? 'null') as Alert).level,
        ];
      },
    },
  },
];

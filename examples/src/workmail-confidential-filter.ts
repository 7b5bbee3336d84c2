import {
  type RawWorkMailEvent,
  WorkMailEvent,
  type WorkMailSynchronousResponse,
  workMailSynchronousResponse,
} from '@evt/workmail';

// The organization's own domains; a deployed function reads them from its configuration.
const ORGANIZATION_DOMAINS = (
  process.env.ORGANIZATION_DOMAINS ?? 'example.com'
).split(',');

/** Whether an address belongs to one of the organization's domains. */
function isInternal(address: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return ORGANIZATION_DOMAINS.includes(domain);
}

/**
 * The function of a synchronous Run Lambda rule on outbound mail: a message whose subject marks
 * it confidential or a draft is bounced for its external recipients (with a message saying
 * why), and delivered as usual to everyone inside the organization. Inbound mail passes.
 */
export const handler = async (
  raw: RawWorkMailEvent
): Promise<WorkMailSynchronousResponse> => {
  const event = new WorkMailEvent(raw);
  const subject = (event.subject ?? '').toLowerCase();
  const restricted =
    subject.includes('confidential') || subject.includes('draft');
  const external = event.envelope.recipientAddresses.filter(
    (address) => !isInternal(address)
  );
  if (
    event.flowDirection === 'INBOUND' ||
    !restricted ||
    external.length === 0
  ) {
    return workMailSynchronousResponse([
      { type: 'DEFAULT', allRecipients: true },
    ]);
  }
  if (event.truncated) {
    // The recipient list is cut: bouncing only the listed ones could let others through.
    console.log(`${event.messageId}: recipients truncated, bouncing all`);
    return workMailSynchronousResponse(
      [
        {
          type: 'BOUNCE',
          bounceMessage:
            'Restricted mail with this many recipients needs approval.',
          allRecipients: true,
        },
      ],
      { flowDirection: event.flowDirection }
    );
  }
  console.log(
    `${event.messageId} (${event.invocationId}): bounced for ${external.length} external recipients`
  );
  return workMailSynchronousResponse(
    [
      {
        type: 'BOUNCE',
        bounceMessage:
          'Confidential and draft mail cannot be sent outside the organization.',
        recipients: external,
      },
      { type: 'DEFAULT', allRecipients: true },
    ],
    { flowDirection: event.flowDirection }
  );
};

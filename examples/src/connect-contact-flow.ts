// An Amazon Connect flow calls this function from an Invoke AWS Lambda function block to look
// up the caller before routing: the block passes `companyName` as a parameter, and the flow
// reads the answer as $.External.accountId, $.External.balance, $.External.route… with the
// block's response validation set to STRING_MAP.
import {
  ConnectContactFlowEvent,
  connectResponse,
  type RawConnectContactFlowEvent,
} from '@evt/connect';

interface Parameters {
  companyName?: string;
}

interface Account {
  accountId: string;
  balance: number;
  vip: boolean;
}

// The accounts, by the phone number they are registered with. A deployed function reads them
// from a CRM or a DynamoDB table; they are inline here so the example runs anywhere.
const ACCOUNTS: Readonly<Record<string, Account>> = {
  '+12065550100': { accountId: 'a12345689', balance: 1000, vip: true },
};

export const handler = async (raw: RawConnectContactFlowEvent) => {
  const event = new ConnectContactFlowEvent<Parameters>(raw);
  const contact = event.contactData;
  const phone = contact.customerEndpoint?.address;
  const account = phone === undefined ? undefined : ACCOUNTS[phone];
  // Chats, tasks and emails go to the digital queue; voice callers by their account.
  const route =
    contact.channel !== 'VOICE'
      ? 'digital'
      : account?.vip
        ? 'priority'
        : 'standard';
  console.log(
    `contact ${contact.contactId} (${contact.channel}, ${contact.initiationMethod}) in ${contact.queue?.name ?? 'no queue'}: ${route}`
  );
  return connectResponse({
    company: event.parameters.companyName ?? 'AnyCompany',
    known: account !== undefined,
    accountId: account?.accountId,
    balance: account ? `$${account.balance}` : undefined,
    route,
    language: contact.languageCode ?? 'en-US',
  });
};

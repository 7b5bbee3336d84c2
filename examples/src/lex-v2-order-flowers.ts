import {
  LexV2Event,
  lexV2Close,
  lexV2Delegate,
  lexV2ElicitSlot,
  type RawLexV2Event,
} from '@evt/lex';

/** The price of a bunch, by the flower's name. */
const PRICES: Readonly<Record<string, number>> = {
  roses: 25,
  lilies: 20,
  tulips: 15,
};

/** The shop's hours, as `HH:MM` text that compares in order. */
const OPENS = '09:00';
const CLOSES = '18:00';

/** The day of the week of an ISO date (`2024-05-05` → 0, a Sunday), read in UTC. */
const weekday = (date: string): number =>
  new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * Validates each answer of an Amazon Lex V2 `OrderFlowers` bot (the bot's dialog code hook) and
 * places the order once the user confirms (its fulfillment code hook): flowers the shop does
 * not sell, a Sunday or a time outside opening hours are asked for again; valid answers keep
 * a running price in the session attributes and let Amazon Lex V2 ask the next question.
 */
export const handler = async (raw: RawLexV2Event) => {
  const event = new LexV2Event(raw);
  const flowers = event.slotValues('FlowerType');
  const date = event.slot('PickupDate');
  const time = event.slot('PickupTime');

  if (event.invocationSource === 'FulfillmentCodeHook') {
    const price = event.sessionState.sessionAttributes.price ?? '0';
    return lexV2Close(event, {
      state: 'Fulfilled',
      messages: `Thanks, your ${flowers.join(' and ')} will be ready on ${date} at ${time}. That is $${price}, paid at pickup.`,
    });
  }

  const unknown = flowers.filter((flower) => PRICES[flower] === undefined);
  if (unknown.length > 0) {
    return lexV2ElicitSlot(event, {
      slotToElicit: 'FlowerType',
      slots: { FlowerType: null },
      messages: `We do not sell ${unknown.join(' or ')}. We have ${Object.keys(PRICES).join(', ')}: which would you like?`,
    });
  }
  if (date !== undefined && weekday(date) === 0) {
    return lexV2ElicitSlot(event, {
      slotToElicit: 'PickupDate',
      slots: { PickupDate: null },
      messages: 'The shop is closed on Sundays. Which other day suits you?',
    });
  }
  if (time !== undefined && (time < OPENS || time > CLOSES)) {
    return lexV2ElicitSlot(event, {
      slotToElicit: 'PickupTime',
      slots: { PickupTime: null },
      messages: `We are open from ${OPENS} to ${CLOSES}. What time would you like to come?`,
    });
  }

  const price = flowers.reduce((sum, flower) => sum + (PRICES[flower] ?? 0), 0);
  return lexV2Delegate(event, {
    sessionAttributes: {
      ...event.sessionState.sessionAttributes,
      price: String(price),
    },
  });
};

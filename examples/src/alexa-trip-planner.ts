import {
  AlexaSkillEvent,
  alexaSkillResponse,
  type RawAlexaSkillEvent,
} from '@evt/alexa';

/** The skill this function answers for: requests for any other skill are refused. */
const SKILL_ID = 'amzn1.ask.skill.8f3a9c2e-5b1d-4e7a-9c4f-2d6e8b1a7f30';

/** What the skill keeps between the turns of a session. */
interface TripSession {
  tripsPlanned?: number;
  lastCity?: string;
}

/** A tip per activity, by the entity ID the ListOfActivities slot type gives it. */
const ACTIVITY_TIPS: Record<string, string> = {
  HIKING: 'pack water and a warm layer',
  HIKE_AND_BIKE: 'check the bike rental hours',
  SIGHTSEEING: 'book the popular tours ahead',
};

/**
 * A trip-planning custom skill: greets on launch, collects the trip's slots in a dialog (asking
 * for the departure city itself), answers with speech and a card once the trip is complete,
 * and logs why a session ended.
 */
export const handler = async (raw: RawAlexaSkillEvent<TripSession>) => {
  const event = new AlexaSkillEvent<TripSession>(raw);
  if (event.applicationId !== SKILL_ID) {
    throw new Error('request for another skill');
  }
  const trips = event.session?.attributes ?? {};

  if (event.isSessionEndedRequest()) {
    const { reason, error } = event.request;
    console.log(`session ended: ${reason}${error ? ` (${error.type})` : ''}`);
    return alexaSkillResponse({});
  }

  if (event.isLaunchRequest()) {
    const screen = event.context?.system.device?.supportsInterface(
      'Alexa.Presentation.APL'
    );
    return alexaSkillResponse({
      speech: {
        ssml: '<speak>Welcome to Trip Planner. <break time="300ms"/> Where would you like to go?</speak>',
      },
      reprompt: 'Tell me a city, for example: plan a trip to Seattle.',
      ...(screen
        ? {
            card: {
              type: 'Simple',
              title: 'Trip Planner',
              content: 'Say "plan a trip to" and a city.',
            },
          }
        : {}),
      shouldEndSession: false,
    });
  }

  if (event.isIntentRequest()) {
    const { intent, dialogState } = event.request;
    if (intent.name === 'PlanMyTripIntent') {
      const toCity = event.slotValue('toCity');
      const fromCity = event.slotValue('fromCity');
      if (dialogState !== 'COMPLETED' && !fromCity) {
        return alexaSkillResponse({
          speech: `Where are you leaving from to go to ${toCity ?? 'your destination'}?`,
          reprompt: 'Which city are you leaving from?',
          directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'fromCity' }],
          sessionAttributes: trips,
        });
      }
      const activity = event.resolvedSlotValue('activity');
      const tip = activity?.id ? ACTIVITY_TIPS[activity.id] : undefined;
      const date = event.slotValue('travelDate') ?? 'soon';
      const summary = `${fromCity} to ${toCity} on ${date}${activity ? `, for ${activity.name}` : ''}`;
      return alexaSkillResponse({
        speech: `Planned your trip from ${summary}.${tip ? ` Tip: ${tip}.` : ''}`,
        card: { type: 'Simple', title: 'Your trip', content: summary },
        sessionAttributes: {
          tripsPlanned: (trips.tripsPlanned ?? 0) + 1,
          lastCity: toCity,
        },
        shouldEndSession: true,
      });
    }
    if (
      intent.name === 'AMAZON.StopIntent' ||
      intent.name === 'AMAZON.CancelIntent'
    ) {
      return alexaSkillResponse({
        speech: 'Have a good trip!',
        shouldEndSession: true,
      });
    }
    return alexaSkillResponse({
      speech: 'You can say: plan a trip to Seattle.',
      reprompt: 'Where would you like to go?',
      sessionAttributes: trips,
      shouldEndSession: false,
    });
  }

  // AudioPlayer and other interface requests: nothing to say.
  return alexaSkillResponse({});
};

// Sample-event factories for @evt/ses, exported as `@evt/ses/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

// Sample-event factories for @evt/eventbridge, exported as `@evt/eventbridge/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

// Sample-event factories for @evt/mq, exported as `@evt/mq/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

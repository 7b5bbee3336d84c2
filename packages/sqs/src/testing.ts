// Sample-event factories for @evt/sqs, exported as `@evt/sqs/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

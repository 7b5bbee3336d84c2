// Sample-event factories for @evt/firehose, exported as `@evt/firehose/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

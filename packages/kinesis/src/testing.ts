// Sample-event factories for @evt/kinesis, exported as `@evt/kinesis/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

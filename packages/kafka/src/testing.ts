// Sample-event factories for @evt/kafka, exported as `@evt/kafka/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

// Sample-event factories for @evt/dynamodb, exported as `@evt/dynamodb/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

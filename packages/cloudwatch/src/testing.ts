// Sample-event factories for @evt/cloudwatch, exported as `@evt/cloudwatch/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

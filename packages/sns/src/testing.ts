// Sample-event factories for @evt/sns, exported as `@evt/sns/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

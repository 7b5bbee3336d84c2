// Sample-event factories for @evt/s3, exported as `@evt/s3/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

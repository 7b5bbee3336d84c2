// Sample-event factories for @evt/apigw, exported as `@evt/apigw/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

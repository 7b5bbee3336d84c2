// Sample-event factories for @evt/{{id}}, exported as `@evt/{{id}}/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
export {};

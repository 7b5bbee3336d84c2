// The public surface of @evt/dynamodb: named re-exports only, one line per event-kind module.
export {};

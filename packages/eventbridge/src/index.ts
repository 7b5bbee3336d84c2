// The public surface of @evt/eventbridge: named re-exports only, one line per event-kind module.
export {};

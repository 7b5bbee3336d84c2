// The public surface of @evt/kafka: named re-exports only, one line per event-kind module.
export {};

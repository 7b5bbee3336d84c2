// The public surface of @evt/mq: named re-exports only, one line per event-kind module.
export {};

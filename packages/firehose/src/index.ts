// The public surface of @evt/firehose: named re-exports only, one line per event-kind module.
export {};

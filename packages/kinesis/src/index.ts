// The public surface of @evt/kinesis: named re-exports only, one line per event-kind module.
export {};

// The public surface of @evt/sqs: named re-exports only, one line per event-kind module.
export {};

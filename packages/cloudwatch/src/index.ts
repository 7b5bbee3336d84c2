// The public surface of @evt/cloudwatch: named re-exports only, one line per event-kind module.
export {};

// The public surface of @evt/s3: named re-exports only, one line per event-kind module.
export {};

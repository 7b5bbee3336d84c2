// The public surface of @evt/sns: named re-exports only, one line per event-kind module.
export {};

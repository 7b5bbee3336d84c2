// The public surface of @evt/ses: named re-exports only, one line per event-kind module.
export {};

// The public surface of @evt/{{id}}: named re-exports only, one line per event-kind module.
export {};

// The public surface of @evt/apigw: named re-exports only, one line per event-kind module.
export {};

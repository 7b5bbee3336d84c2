// An example handler for @evt/vpc-lattice, generated with the package: replace it with a handler
// that does what a Amazon VPC Lattice function really does. `pnpm example` runs it on
// examples/events/vpc-lattice-records.json.
import { type RawVPCLatticeEvent, VPCLatticeEvent } from '@evt/vpc-lattice';

export const handler = async (raw: RawVPCLatticeEvent) => {
  const event = new VPCLatticeEvent<{ id: string }>(raw);
  return event.records.map((record) => ({
    change: record.eventName,
    region: record.awsRegion ?? 'unknown',
    item: record.jsonBody?.id,
  }));
};

import { ActiveMQEvent, type RawActiveMQEvent } from '@evt/mq';

/** A job as the producer sends it to the ActiveMQ queue. */
interface Job {
  jobId: string;
  action: string;
}

/** Reads a batch of ActiveMQ job messages and summarises each one. */
export const handler = async (raw: RawActiveMQEvent) => {
  const event = new ActiveMQEvent<Job>(raw);
  return {
    broker: event.eventSourceArn,
    jobs: event.messages.map((message) => ({
      messageId: message.messageId,
      queue: message.destinationPhysicalName,
      jobId: message.jsonData.jobId,
      action: message.jsonData.action,
      priority: message.priority ?? null,
      redelivered: message.redelivered ?? false,
      tenant: message.properties.tenant ?? null,
    })),
  };
};

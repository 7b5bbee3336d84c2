// The `detail` of the events Amazon ECS sends to EventBridge (`source` `aws.ecs`) as tasks and
// container instances change state. Each resembles the object the ECS API describes the
// resource with (`Task`, `ContainerInstance`), with times as ISO strings. Types only.

/** The statuses of an ECS task through its lifecycle. */
export type ECSTaskStatus =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED'
  | 'DELETED';

/** A name and value pair of an ECS resource (an attachment detail, an attribute). */
export interface ECSKeyValuePair {
  /** The name. */
  name: string;
  /** The value; absent from attributes that only name a capability. */
  value?: string | undefined;
}

/** A network interface or other resource attached to a task. */
export interface ECSAttachment {
  /** The ID of the attachment. */
  id: string;
  /** The kind of attachment, e.g. `eni`. */
  type: string;
  /** The status of the attachment, e.g. `ATTACHED`. */
  status: string;
  /** The details of the attachment: subnet, network interface, addresses. */
  details: ECSKeyValuePair[];
}

/** A network interface of a container. */
export interface ECSNetworkInterface {
  /** The ID of the task attachment the interface belongs to. */
  attachmentId?: string | undefined;
  /** The private IPv4 address. */
  privateIpv4Address?: string | undefined;
  /** The IPv6 address. */
  ipv6Address?: string | undefined;
}

/** A port a container binds on its host. */
export interface ECSNetworkBinding {
  /** The IP address the port is bound on. */
  bindIP?: string | undefined;
  /** The port of the container. */
  containerPort?: number | undefined;
  /** The port of the host. */
  hostPort?: number | undefined;
  /** The protocol: `tcp` or `udp`. */
  protocol?: string | undefined;
}

/** A container of a task, as a task state-change event reports it. */
export interface ECSContainer {
  /** The ARN of the container. */
  containerArn: string;
  /** The status of the container, e.g. `RUNNING` or `STOPPED`. */
  lastStatus: string;
  /** The name of the container in the task definition. */
  name: string;
  /** The image of the container. */
  image?: string | undefined;
  /** The digest of the image, when it is hosted in Amazon ECR. */
  imageDigest?: string | undefined;
  /** The ID of the container in the container runtime. */
  runtimeId?: string | undefined;
  /** The ARN of the task. */
  taskArn: string;
  /** The network interfaces of the container. */
  networkInterfaces?: ECSNetworkInterface[] | undefined;
  /** The ports the container binds on its host. */
  networkBindings?: ECSNetworkBinding[] | undefined;
  /** The CPU units reserved for the container, as text. */
  cpu?: string | undefined;
  /** The hard memory limit of the container, in MiB, as text. */
  memory?: string | undefined;
  /** The soft memory limit of the container, in MiB, as text. */
  memoryReservation?: string | undefined;
  /** The exit code of a stopped container. */
  exitCode?: number | undefined;
  /** Why the container stopped or changed state. */
  reason?: string | undefined;
  /** The health of the container: `HEALTHY`, `UNHEALTHY` or `UNKNOWN`. */
  healthStatus?: string | undefined;
  /** The IDs of the GPUs assigned to the container. */
  gpuIds?: string[] | undefined;
}

/** What a task overrides in its task definition for one container. */
export interface ECSContainerOverride {
  /** The name of the container. */
  name: string;
  /** The command that replaces the image's. */
  command?: string[] | undefined;
  /** The environment variables added to the container. */
  environment?: ECSKeyValuePair[] | undefined;
  /** The CPU units for the container. */
  cpu?: number | undefined;
  /** The hard memory limit for the container, in MiB. */
  memory?: number | undefined;
}

/** What a task overrides in its task definition. */
export interface ECSTaskOverrides {
  /** The overrides of each container. */
  containerOverrides: ECSContainerOverride[];
  /** The CPU units for the task. */
  cpu?: string | undefined;
  /** The memory for the task, in MiB. */
  memory?: string | undefined;
  /** The ARN of the role the task's containers assume. */
  taskRoleArn?: string | undefined;
  /** The ARN of the role ECS pulls images and sends logs with. */
  executionRoleArn?: string | undefined;
}

/** The ephemeral storage of a Fargate task. */
export interface ECSEphemeralStorage {
  /** The size of the storage, in GiB. */
  sizeInGiB: number;
}

/**
 * The `detail` of the event Amazon ECS sends when a task, or a container in it, changes state:
 * the task as `DescribeTasks` returns it, with its times as ISO strings.
 *
 * @example
 * ```ts
 * import {
 *   type ECSTaskStateChangeDetail,
 *   type ECSTaskStateChangeDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<ECSTaskStateChangeDetail, ECSTaskStateChangeDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.lastStatus === 'STOPPED') {
 *     const failed = detail.containers.filter((container) => container.exitCode !== 0);
 *     console.log(detail.taskArn, detail.stoppedReason, failed.map((c) => c.name));
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_task_events.html
 */
export interface ECSTaskStateChangeDetail {
  /** The network interfaces and other resources attached to the task. */
  attachments?: ECSAttachment[] | undefined;
  /** The attributes of the task. */
  attributes?: ECSKeyValuePair[] | undefined;
  /** The Availability Zone of the task. */
  availabilityZone?: string | undefined;
  /** The capacity provider the task runs on, e.g. `FARGATE_SPOT`. */
  capacityProviderName?: string | undefined;
  /** The ARN of the cluster. */
  clusterArn: string;
  /** Whether the task is connected to ECS: `CONNECTED` or `DISCONNECTED`. */
  connectivity?: string | undefined;
  /** When the task last connected. */
  connectivityAt?: string | undefined;
  /** The ARN of the container instance of an EC2 task. */
  containerInstanceArn?: string | undefined;
  /** The containers of the task. */
  containers: ECSContainer[];
  /** The CPU units of the task, as text. */
  cpu?: string | undefined;
  /** When the task was created. */
  createdAt: string;
  /** The status ECS is taking the task to. */
  desiredStatus: ECSTaskStatus;
  /** Whether ECS Exec is turned on for the task. */
  enableExecuteCommand?: boolean | undefined;
  /** The ephemeral storage of a Fargate task. */
  ephemeralStorage?: ECSEphemeralStorage | undefined;
  /** When the task's containers stopped running. */
  executionStoppedAt?: string | undefined;
  /** The group of the task, e.g. `service:<name>` or `family:<name>`. */
  group?: string | undefined;
  /** The launch type: `EC2`, `FARGATE` or `EXTERNAL`. */
  launchType?: string | undefined;
  /** The status of the task. */
  lastStatus: ECSTaskStatus;
  /** The memory of the task, in MiB, as text. */
  memory?: string | undefined;
  /** What the task overrides in its task definition. */
  overrides?: ECSTaskOverrides | undefined;
  /** The operating system family of a Fargate task. */
  platformFamily?: string | undefined;
  /** The platform version of a Fargate task, e.g. `1.4.0`. */
  platformVersion?: string | undefined;
  /** When ECS started pulling the images. */
  pullStartedAt?: string | undefined;
  /** When ECS finished pulling the images. */
  pullStoppedAt?: string | undefined;
  /** When the task started running. */
  startedAt?: string | undefined;
  /** Who started the task, e.g. `ecs-svc/<id>` for a service. */
  startedBy?: string | undefined;
  /** Why the task stopped, as a code, e.g. `EssentialContainerExited`. */
  stopCode?: string | undefined;
  /** When the task stopped. */
  stoppedAt?: string | undefined;
  /** Why the task stopped, in words. */
  stoppedReason?: string | undefined;
  /** When the task started stopping. */
  stoppingAt?: string | undefined;
  /** The ARN of the task. */
  taskArn: string;
  /** The ARN of the task definition. */
  taskDefinitionArn: string;
  /** When the task last changed. */
  updatedAt: string;
  /** The version of the task; each state change increments it, so a duplicate event has the same. */
  version: number;
}

/** The `detail-type` of an ECS task state-change event. */
export type ECSTaskStateChangeDetailType = 'ECS Task State Change';

/** A resource a container instance registered (CPU, memory, ports) or has left. */
export interface ECSResource {
  /** The name of the resource, e.g. `CPU`, `MEMORY`, `PORTS` or `PORTS_UDP`. */
  name: string;
  /** The kind of value: `INTEGER`, `DOUBLE`, `LONG` or `STRINGSET`. */
  type: string;
  /** The value of an `INTEGER` resource. */
  integerValue?: number | undefined;
  /** The value of a `DOUBLE` resource. */
  doubleValue?: number | undefined;
  /** The value of a `LONG` resource. */
  longValue?: number | undefined;
  /** The value of a `STRINGSET` resource. */
  stringSetValue?: string[] | undefined;
}

/** The versions of the ECS container agent and Docker on a container instance. */
export interface ECSVersionInfo {
  /** The Git commit of the agent. */
  agentHash?: string | undefined;
  /** The version of the agent, e.g. `1.13.0`. */
  agentVersion?: string | undefined;
  /** The version of Docker. */
  dockerVersion?: string | undefined;
}

/**
 * The `detail` of the event Amazon ECS sends when a container instance changes: its status,
 * its agent's connection, or its resources as tasks start and stop on it. It resembles the
 * container instance as `DescribeContainerInstances` returns it.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html
 */
export interface ECSContainerInstanceStateChangeDetail {
  /** Whether the container agent is connected to ECS. */
  agentConnected: boolean;
  /** The attributes of the instance: capabilities and custom attributes. */
  attributes?: ECSKeyValuePair[] | undefined;
  /** The ARN of the cluster. */
  clusterArn: string;
  /** The ARN of the container instance. */
  containerInstanceArn: string;
  /** The ID of the EC2 instance. */
  ec2InstanceId?: string | undefined;
  /** The resources the instance registered with. */
  registeredResources?: ECSResource[] | undefined;
  /** The resources not used by tasks. */
  remainingResources?: ECSResource[] | undefined;
  /** The status of the instance, e.g. `ACTIVE` or `DRAINING`. */
  status: string;
  /** The version of the container instance; each change increments it. */
  version: number;
  /** The versions of the agent and Docker. */
  versionInfo?: ECSVersionInfo | undefined;
  /** When the instance last changed. */
  updatedAt: string;
}

/** The `detail-type` of an ECS container instance state-change event. */
export type ECSContainerInstanceStateChangeDetailType =
  'ECS Container Instance State Change';

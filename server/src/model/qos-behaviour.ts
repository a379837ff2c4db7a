import type { DeviceQos } from './types';

/** The DeviceQos fields that say how the platform behaves, as opposed to what the file configures. Every reader fills them. */
export type QosBehaviour = Pick<
  DeviceQos,
  | 'pfcBehaviour'
  | 'classLabel'
  | 'queueLabel'
  | 'defaultClassification'
  | 'cosNeedsTrust'
  | 'trustPerPort'
  | 'queueSettings'
  | 'schedulingPolicyType'
  | 'strictPriority'
  | 'typedPolicies'
  | 'deviceWidePolicies'
>;

/**
 * A platform whose PFC and classification are per port or per profile, with no policy maps and no device-wide
 * attachment: SONiC, Junos and Cumulus start from this and set what differs (SONiC's per-port queue settings).
 * PFC is declared per port without DCBX negotiation the model reads; the watchdog runs per port, and a missing
 * watchdog line is not taken for "off" (see WatchdogBehaviour.absenceMeansOff); classes are "class N", queues
 * "queue N"; the platform's default DSCP table (where the reader knows one) classifies.
 */
export const PER_PORT_QOS: Readonly<QosBehaviour> = {
  pfcBehaviour: {
    scope: 'interface',
    autoNegotiates: false,
    advertisesByDefault: false,
    portChannelMode: false,
    watchdog: { absenceMeansOff: false, portSwitchEnables: true, pollingAtMostHalfTimeout: false },
  },
  classLabel: 'class',
  queueLabel: 'queue',
  defaultClassification: 'table',
  cosNeedsTrust: true,
  trustPerPort: false,
  typedPolicies: false,
  deviceWidePolicies: false,
};

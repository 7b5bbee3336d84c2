import { describeRobustness } from '@evt/tooling-config/robustness';
import * as api from '../src/index';

// The decoded CloudWatch Logs payload is what a test compares a decoded record with.
describeRobustness(api, { notEvents: ['cloudwatch-logs-subscription-data'] });

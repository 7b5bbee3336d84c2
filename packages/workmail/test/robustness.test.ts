import { describeRobustness } from '@evt/tooling-config/robustness';
import * as api from '../src/index';

describeRobustness(api);

import { describeRobustness } from '@evt/config/robustness';
import * as api from '../src/index';

describeRobustness(api);

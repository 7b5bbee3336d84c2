import { describeGuards } from '@evt/tooling-config/guards';
import * as api from '../src/index';

describeGuards(api);

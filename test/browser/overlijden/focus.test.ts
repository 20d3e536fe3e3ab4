// <gemeente-overlijden> against issue 7 items 5–7 (focus while sending, the live region, "Stop en wis").
import { describeFocusBehaviour } from '../shared/focus-behaviour.js';
import { overlijdenDriver } from './driver.js';

describeFocusBehaviour(overlijdenDriver);

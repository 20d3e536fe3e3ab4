// <gemeente-verhuizing> against issue 7 items 5–7 (focus while sending, the live region, "Stop en wis").
import { describeFocusBehaviour } from '../shared/focus-behaviour.js';
import { verhuizingDriver } from './driver.js';

describeFocusBehaviour(verhuizingDriver);

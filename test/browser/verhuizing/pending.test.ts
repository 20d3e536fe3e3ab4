// <gemeente-verhuizing> against the shared pending-send and time-limit behaviour (issue 8, holes 1 and 9).
import { describePendingBehaviour } from '../shared/pending-behaviour.js';
import { verhuizingDriver } from './driver.js';

describePendingBehaviour(verhuizingDriver);

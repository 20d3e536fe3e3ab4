// <gemeente-overlijden> against the behaviour every gemeente form shares (accessibility of every
// state, error timing, focus, check page, drafts, sending, events, configuration, language, theming).
import { describeFormBehaviour } from '../shared/form-behaviour.js';
import { overlijdenDriver } from './driver.js';

describeFormBehaviour(overlijdenDriver);

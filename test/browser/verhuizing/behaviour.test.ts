// <gemeente-verhuizing> against the behaviour every gemeente form shares (accessibility of every
// state, error timing, focus, check page, drafts, sending, events, configuration, language, theming).
import { describeFormBehaviour } from '../shared/form-behaviour.js';
import { verhuizingDriver } from './driver.js';

describeFormBehaviour(verhuizingDriver);

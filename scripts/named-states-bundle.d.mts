export const NAMED_STATES_ENTRY: string;
export function bundleNamedStates(): Promise<string>;

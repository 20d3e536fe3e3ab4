// Custom web-test-runner commands (run in Node, called from browser tests with executeServerCommand).
export function testCommands() {
  return [];
}

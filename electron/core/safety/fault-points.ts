/**
 * For the fault-injection tests (test/core/faults.test.ts): with POLICY_READER_KILL_AT=<name> the
 * process kills itself (SIGKILL, as a power cut or the task manager would) when it reaches that point in
 * the middle of a write. Without the variable this does nothing.
 */
export function faultPoint(name: string): void {
  if (process.env.POLICY_READER_KILL_AT === name) process.kill(process.pid, 'SIGKILL');
}

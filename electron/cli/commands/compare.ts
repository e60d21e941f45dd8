import type { CliCommand } from '../command';

// compare DOC_A DOC_B (issue 6)
export const compareCommands: CliCommand[] = [];

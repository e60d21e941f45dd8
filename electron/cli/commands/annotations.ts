import type { CliCommand } from '../command';

// annotate, annotations, export, import-annotations (issue 7)
export const annotationCommands: CliCommand[] = [];

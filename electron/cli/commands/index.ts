import type { CliCommand } from '../command';
import { annotationCommands } from './annotations';
import { backupCommands } from './backups';
import { bookmarkCommands } from './bookmarks';
import { collectionCommands } from './collections';
import { compareCommands } from './compare';
import { imageCommands } from './images';
import { libraryCommands } from './library';
import { searchCommands } from './search';
import { tablesCommands } from './tables';
import { trainingCommands } from './training';

export const commands: CliCommand[] = [
  ...libraryCommands,
  ...searchCommands,
  ...compareCommands,
  ...annotationCommands,
  ...tablesCommands,
  ...trainingCommands,
  ...backupCommands,
  ...bookmarkCommands,
  ...collectionCommands,
  ...imageCommands,
];

import type { CliCommand } from '../command';
import { annotationCommands } from './annotations';
import { bookmarkCommands } from './bookmarks';
import { collectionCommands } from './collections';
import { compareCommands } from './compare';
import { libraryCommands } from './library';
import { searchCommands } from './search';

export const commands: CliCommand[] = [...libraryCommands, ...searchCommands, ...compareCommands, ...annotationCommands, ...bookmarkCommands, ...collectionCommands];

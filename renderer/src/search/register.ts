// Mounts library search, find in document and quick open into the reader shell (see ../extensions.ts).
import { decorationHooks, headerItems, readerOverlays } from '../extensions';
import { FindBar } from './FindBar';
import { QuickOpen } from './QuickOpen';
import { SearchBox } from './SearchBox';
import { useSearchDecorations } from './useSearchDecorations';

headerItems.push(SearchBox, QuickOpen);
readerOverlays.push(FindBar);
decorationHooks.push(useSearchDecorations);

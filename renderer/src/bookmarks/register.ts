// Mounts bookmarks into the reader shell (see ../extensions.ts).
import { headerItems, rightPanels } from '../extensions';
import { BookmarkKeys } from './BookmarkKeys';
import { BookmarksPanel } from './BookmarksPanel';
import './bookmarks.css';

rightPanels.push({ id: 'bookmarks', title: '书签', Component: BookmarksPanel });
headerItems.push(BookmarkKeys);

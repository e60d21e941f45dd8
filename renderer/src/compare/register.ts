// Mounts the 对照 view (side by side reading and version comparison) into the shell (see ../extensions.ts).
import { extraViews } from '../extensions';
import { CompareView } from './CompareView';

export const COMPARE_VIEW_ID = 'compare';

extraViews.push({ id: COMPARE_VIEW_ID, label: '对照', Component: CompareView });

// Mounts the 对照 view (side by side reading and version comparison) and the 相关 panel of the
// reading view into the shell (see ../extensions.ts).
import { extraViews, rightPanels } from '../extensions';
import { CompareView } from './CompareView';
import { RelatedPanel } from './RelatedPanel';

export const COMPARE_VIEW_ID = 'compare';

extraViews.push({ id: COMPARE_VIEW_ID, label: '对照', Component: CompareView });
rightPanels.push({ id: 'related', title: '相关', Component: RelatedPanel });

// Mounts training (reading paths, presenter and audience screens) into the reader shell (see ../extensions.ts).
import { pageRoutes, rightPanels } from '../extensions';
import { PresentPage } from './PresentPage';
import { FollowPage } from './FollowPage';
import { isFollowHash, isPresentHash } from './present-route';
import { TrainingPanel } from './TrainingPanel';

export const TRAINING_PANEL_ID = 'training';

pageRoutes.push({ matches: isPresentHash, Component: PresentPage }, { matches: isFollowHash, Component: FollowPage });
rightPanels.push({ id: TRAINING_PANEL_ID, title: '培训', Component: TrainingPanel });

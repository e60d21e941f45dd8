// Mounts the 表格 view (指标表, 任务分解表, 指标对照, 修订对照表) into the shell (see ../extensions.ts).
import { extraViews } from '../extensions';
import { TablesView } from './TablesView';

export const TABLES_VIEW_ID = 'tables';

extraViews.push({ id: TABLES_VIEW_ID, label: '表格', Component: TablesView });

import { headerItems } from '../extensions';
import { DesktopMenuBridge } from './DesktopMenuBridge';

// Native menu commands and files opened from the system reach the shell through this bridge.
headerItems.push(DesktopMenuBridge);

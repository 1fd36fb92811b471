/**
 * Where the overlay's file leaves its start. The overlay build wraps the whole bundle in a function
 * stored here (overlay-deferred.ts, at the extension's root), so that loading the file, whether the
 * worker registered it as a content script for the enabled printers' hosts or the gate imports it,
 * only compiles it: nothing of it runs until the gate, at DOMContentLoaded, has found a Web Config
 * frame that hosts the overlay (content/load.ts startOverlay). A frame of a printer that is not
 * Web Config, or a frameset's menu, pays for the parse alone.
 */
export const OVERLAY_START = '__wcoaStartOverlay';

/** IPC channel names, shared by main and preload. */
export const INVOKE_CHANNEL = 'kim:invoke';
export const EVENT_CHANNEL = 'kim:event';

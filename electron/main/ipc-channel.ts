// The single IPC channel of the app. The preload spells the same name (it may not import main);
// test/preload/bridge.test.ts checks that the two agree.
export const invokeChannel = 'dabir:invoke';

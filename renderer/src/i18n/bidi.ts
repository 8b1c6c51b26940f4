// A Latin value (path, file name, hash, `SHA-256`, `.dabir`) inside a Persian string, isolated
// left to right with Unicode isolates; on screen, where the value is its own element, use
// components/Ltr.tsx instead. The rule lives in the contract, shared with the core's messages.
export { ltrIsolate as ltr } from '../../../electron/contract/persian-text';

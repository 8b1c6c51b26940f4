// Counts, in a page, how many times each named component rendered: a stand-in for React
// DevTools installed before the app loads (React reports every commit to it, in production
// builds too). A component counts when React ran it in a commit (not when a memo kept it).
// Components are named by their `displayName` (the build shortens function names).
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __renders?: Record<string, number>;
  }
}

/** Installs the counter; call before the page loads the app. */
export async function countRenders(page: Page): Promise<void> {
  // As a string: a function would be shipped with the helpers tsx adds to named functions.
  await page.addInitScript(`(() => {
    const PERFORMED_WORK = 1; // React's fiber flag: the component ran in this render
    const MEMO_COMPONENT = 14; // React's fiber tag of memo(component, compare)
    const counts = {};
    const seen = new WeakMap();
    window.__renders = counts;
    function walk(root) {
      const stack = root ? [root] : [];
      while (stack.length > 0) {
        const f = stack.pop();
        const name = (f.elementType && f.elementType.displayName) || (f.type && f.type.displayName);
        // A fiber React left alone keeps its flags from its last render: it counts only when its
        // props or hooks changed since it was last counted.
        // memo() with a comparison wraps the component in a fiber of its own (tag 14): its child ran.
        const ran = f.tag === MEMO_COMPONENT ? f.child : f;
        if (name && ran && (ran.flags & PERFORMED_WORK) !== 0) {
          const last = seen.get(ran);
          if (!last || last.props !== ran.memoizedProps || last.state !== ran.memoizedState) {
            counts[name] = (counts[name] || 0) + 1;
            seen.set(ran, { props: ran.memoizedProps, state: ran.memoizedState });
          }
        }
        if (f.sibling) stack.push(f.sibling);
        if (f.child) stack.push(f.child);
      }
    }
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject() { return 1; },
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onCommitFiberRoot(id, root) { walk(root.current); },
    };
  })();`);
}

/** The counts so far, and resets them. */
export async function takeRenders(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts = { ...(window.__renders ?? {}) };
    for (const k of Object.keys(window.__renders ?? {})) delete window.__renders![k];
    return counts;
  });
}

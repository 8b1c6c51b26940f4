// Resolves once every chart on the page has drawn all its bars: recharts lays a chart out over a
// few renders, and a PDF printed before the last would miss bars. After `patience` ms it resolves
// anyway: a PDF with a chart short of a bar beats no PDF (the tests count the bars).
const drawn = (figure: Element): boolean =>
  figure.querySelectorAll('.recharts-bar-rectangle').length >= Number(figure.getAttribute('data-bars') ?? 0);

export function chartsDrawn(root: ParentNode = document, patience = 5000): Promise<void> {
  const until = performance.now() + patience;
  return new Promise((resolve) => {
    const check = () => {
      if (performance.now() > until || [...root.querySelectorAll('figure[data-bars]')].every(drawn)) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** A plain script, not a fetch or a module: the one kind of load browsers allow on pages opened from disk. */
export function loadScript(src: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src.href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src.href}`));
    document.head.append(script);
  });
}

// Saving the whole site for offline reading, when it is too large to cache on a
// first visit: the reader's choice, with its size up front and a progress bar.
import { OFFLINE_MANIFEST_PATH, type OfflineManifest, type OfflineMessage } from "../../scripts/shared/contracts.ts";

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });

export async function setUpOfflineSave(root: URL): Promise<void> {
  const box = document.querySelector<HTMLElement>(".offline-save");
  if (!box || !("serviceWorker" in navigator) || location.protocol === "file:") return;
  const button = box.querySelector<HTMLButtonElement>(".offline-save-button")!;
  const progress = box.querySelector<HTMLProgressElement>(".offline-save-progress")!;
  const status = box.querySelector<HTMLElement>(".offline-save-status")!;
  let manifest: OfflineManifest;
  try {
    manifest = (await (await fetch(new URL(OFFLINE_MANIFEST_PATH, root))).json()) as OfflineManifest;
  } catch {
    return;
  }
  // A small site is already kept whole from the first visit.
  if (manifest.precacheAll) return;
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return;
  navigator.serviceWorker.addEventListener("message", (event) => {
    const message = event.data as OfflineMessage;
    if (message.type === "status-reply") {
      box.hidden = false;
      if (message.savedAll) {
        button.hidden = true;
        status.textContent = "The whole site is saved on this device for reading offline.";
      }
    } else if (message.type === "save-progress") {
      progress.hidden = false;
      progress.max = message.total;
      progress.value = message.done;
      status.textContent = `Saving… ${message.done.toLocaleString("en-GB")} of ${message.total.toLocaleString("en-GB")} files.`;
    } else if (message.type === "save-done") {
      progress.hidden = true;
      button.hidden = true;
      status.textContent = "Saved: the whole site now works offline on this device.";
    } else if (message.type === "save-failed") {
      button.disabled = false;
      status.textContent = `Saving stopped: ${message.reason}. What was saved so far stays available offline.`;
    }
  });
  button.textContent = `Save the whole site for reading offline (${megabytes(manifest.bytes)} MB, ${manifest.files.toLocaleString("en-GB")} files)`;
  button.addEventListener("click", () => {
    button.disabled = true;
    status.textContent = "Saving…";
    worker.postMessage({ type: "save-all" } satisfies OfflineMessage);
  });
  worker.postMessage({ type: "status" } satisfies OfflineMessage);
}

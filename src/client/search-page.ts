// Placeholder replaced by the full search UI (issue 5).
export async function setUpSearchPage(_root: URL): Promise<void> {}

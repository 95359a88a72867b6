/** The last path segment of a URL, decoded: the name a checksum file lists it under. */
export function urlFileName(url: string): string {
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

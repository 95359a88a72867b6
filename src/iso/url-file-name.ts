/** The last path segment of a URL, decoded: the name a checksum file lists it under. */
export function urlFileName(url: string): string {
  const path = new URL(url).pathname;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    // A stray "%" (https://x/%E0.iso is a valid URL): keep the name as the URL spells it.
    return name;
  }
}

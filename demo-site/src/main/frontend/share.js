// Code in links: deflate-raw (CompressionStream) then base64url, for #code=... fragments.

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function compressCode(code) {
  const bytes = await pipe(new TextEncoder().encode(code), new CompressionStream("deflate-raw"));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function decompressCode(text) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "===".slice((base64.length + 3) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(await pipe(bytes, new DecompressionStream("deflate-raw")));
}

/** The code a link carries: #code= or ?code= (compressed, or plain text for ?code=), else null. */
export async function codeFromLocation(location) {
  const hash = new URLSearchParams(location.hash.replace(/^#/, ""));
  const query = new URLSearchParams(location.search);
  for (const value of [hash.get("code"), query.get("code")]) {
    if (value === null) continue;
    try {
      return await decompressCode(value);
    } catch (e) {
      return value;
    }
  }
  return null;
}

/**
 * Shannon entropy in bits per character, over the bytes `bytes[start, end)`.
 * A random base64 token scores about 5, hex about 4, an English word 2 to 3: a floor on
 * this number rejects look-alikes such as `token=expired` or `0000…`.
 *
 * @example
 * shannonEntropy(Buffer.from('aaaa'), 0, 4); // 0
 */
export function shannonEntropy(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length <= 0) return 0;
  const counts = new Uint32Array(256);
  for (let i = start; i < end; i++) counts[bytes[i] as number]! += 1;
  let entropy = 0;
  for (const count of counts) {
    if (count === 0) continue;
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** `https://OA.example.cn/path` or `oa.example.cn` → `oa.example.cn`; empty when it is not a host name. */
export function hostOf(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '' || /\s/.test(trimmed)) return '';
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return '';
  }
}

/** A cursor connection page as the API returns it. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Follows `endCursor` to the last page and returns every node in order and how many pages it
 * took, calling `between` after each page but the last (to insert rows mid-walk).
 */
export async function walkPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  between: (page: number) => Promise<void> = async () => {},
): Promise<{ nodes: T[]; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page += 1) {
    const result: Page<T> = await fetchPage(after);
    nodes.push(...result.edges.map((edge) => edge.node));
    if (!result.pageInfo.hasNextPage) return { nodes, pages: page + 1 };
    after = result.pageInfo.endCursor;
    await between(page);
  }
  throw new Error('pagination did not end');
}

/** walkPages, nodes only. */
export async function walk<T>(fetchPage: (after: string | null) => Promise<Page<T>>, between?: (page: number) => Promise<void>): Promise<T[]> {
  return (await walkPages(fetchPage, between)).nodes;
}

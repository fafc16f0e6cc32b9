/**
 * Average-link agglomerative clustering: repeatedly joins the two clusters whose members are,
 * on average, most alike, until no pair reaches `threshold`. Unlike single link it does not
 * chain (A~B and B~C do not pull A and C together when A and C are unrelated), which keeps two
 * stories that share one bridging article apart.
 *
 * `similarity` is a symmetric n×n matrix in row-major order. Ties break towards lower indexes,
 * so the result depends only on the matrix. Returns clusters as sorted index lists, ordered by
 * their first index. O(n²) memory and about O(n²) time per join in the worst case; digests
 * group hundreds of articles, not tens of thousands.
 */
export function clusterAverageLink(
  count: number,
  similarity: Float64Array,
  threshold: number,
): number[][] {
  const matrix = Float64Array.from(similarity);
  const members: (number[] | undefined)[] = Array.from({ length: count }, (_, index) => [index]);
  const best = new Int32Array(count).fill(-1);
  const at = (row: number, column: number): number => matrix[row * count + column] ?? 0;
  const refreshBest = (row: number): void => {
    let bestColumn = -1;
    for (let column = 0; column < count; column += 1) {
      if (column === row || members[column] === undefined) continue;
      if (bestColumn === -1 || at(row, column) > at(row, bestColumn)) bestColumn = column;
    }
    best[row] = bestColumn;
  };
  for (let row = 0; row < count; row += 1) refreshBest(row);

  for (;;) {
    let left = -1;
    for (let row = 0; row < count; row += 1) {
      const partner = best[row] ?? -1;
      if (members[row] === undefined || partner === -1) continue;
      if (left === -1 || at(row, partner) > at(left, best[left] ?? -1)) left = row;
    }
    if (left === -1) break;
    const right = best[left] ?? -1;
    if (at(left, right) < threshold) break;
    const [keep, drop] = left < right ? [left, right] : [right, left];
    const keepMembers = members[keep] ?? [];
    const dropMembers = members[drop] ?? [];
    const total = keepMembers.length + dropMembers.length;
    for (let other = 0; other < count; other += 1) {
      if (members[other] === undefined || other === keep || other === drop) continue;
      const joined =
        (keepMembers.length * at(keep, other) + dropMembers.length * at(drop, other)) / total;
      matrix[keep * count + other] = joined;
      matrix[other * count + keep] = joined;
    }
    members[keep] = [...keepMembers, ...dropMembers].sort((first, second) => first - second);
    members[drop] = undefined;
    for (let row = 0; row < count; row += 1) {
      if (members[row] === undefined) continue;
      const partner = best[row] ?? -1;
      if (row === keep || partner === keep || partner === drop) refreshBest(row);
      else if (at(row, keep) > at(row, partner)) best[row] = keep;
    }
  }
  return members.filter((group): group is number[] => group !== undefined);
}

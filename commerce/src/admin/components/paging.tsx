import { Table } from "@medusajs/ui"

/** Pages of a staff list paged in the database: `count` rows in all, `size` a page, starting at `offset`. */
export function Paging({
  count,
  size,
  offset,
  onOffset,
}: {
  count: number
  size: number
  offset: number
  onOffset: (offset: number) => void
}) {
  return (
    <Table.Pagination
      count={count}
      pageSize={size}
      pageIndex={Math.floor(offset / size)}
      pageCount={Math.max(1, Math.ceil(count / size))}
      canPreviousPage={offset > 0}
      canNextPage={offset + size < count}
      previousPage={() => onOffset(Math.max(0, offset - size))}
      nextPage={() => onOffset(offset + size)}
    />
  )
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"

/** The cart's mark, carried into the order Medusa makes from it (an order copies its cart's metadata). */
export const CHECKOUT_MARK = "galeri_checkout"

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, string>[] }>
}

/**
 * The orders an earlier attempt to complete this cart made and could not finish: the database went
 * away after the order was written and before it was linked to its cart, and the undo that Medusa
 * runs then failed as well. Such an order has the cart's mark and no cart link; no buyer was told
 * of it (the attempt ended in an error).
 */
export async function halfDoneOrders(container: MedusaContainer, cartId: string): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const { rows } = await knex.raw(
    `select o.id from "order" o
     where o.metadata ->> ? = ? and o.deleted_at is null
       and not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)`,
    [CHECKOUT_MARK, cartId],
  )
  return rows.map((r) => r.id!)
}

/**
 * Does the undo the outage prevented, before the cart is completed again: the stock the half-done
 * order reserved is released and the order deleted (what Medusa's compensation does). Then the
 * retry makes the one order the buyer is told of: never two orders for one checkout.
 */
export async function undoHalfDoneCheckout(container: MedusaContainer, cartId: string): Promise<string[]> {
  const orders = await halfDoneOrders(container, cartId)
  if (!orders.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const { rows } = await knex.raw("select item_id from order_item where order_id = any(?) and deleted_at is null", [
    orders,
  ])
  const lineItems = rows.map((r) => r.item_id!)
  if (lineItems.length) await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(lineItems)
  await container.resolve(Modules.ORDER).deleteOrders(orders)
  container
    .resolve("logger")
    .warn(
      `checkout of cart ${cartId}: removed order(s) ${orders.join(", ")} left half-done by an earlier attempt (the database failed mid-way); completing it again`,
    )
  return orders
}

createCartWorkflow.hooks.cartCreated(async ({ cart }, { container }) => {
  const carts = (container as MedusaContainer).resolve(Modules.CART)
  const metadata = (cart as { metadata?: Record<string, unknown> | null }).metadata ?? {}
  await carts.updateCarts(cart.id, { metadata: { ...metadata, [CHECKOUT_MARK]: cart.id } })
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await undoHalfDoneCheckout(container as MedusaContainer, (cart as { id: string }).id)
})

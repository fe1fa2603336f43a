import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Paging } from "../../components/paging"
import { adminFetch } from "../../lib/api"
import { useText } from "../../lib/text"

// the roles of commerce/src/modules/staff/access.ts (the admin bundle cannot import server code)
const ROLES = ["admin", "curator", "permit_verifier", "mediator", "facilitator", "officer", "stockkeeper"] as const
type Role = (typeof ROLES)[number]
type Staff = { id: string; email: string; name: string; roles: Role[] }
const PAGE = 50

/** Administrators give each staff member their roles; a new account has none until given. */
const StaffPage = () => {
  const { t } = useText()
  const client = useQueryClient()
  const [edits, setEdits] = useState<Record<string, Role[]>>({})
  const [offset, setOffset] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: ["galeri-staff", offset],
    queryFn: () => adminFetch<{ staff: Staff[]; count: number }>(`/admin/staff?limit=${PAGE}&offset=${offset}`),
  })
  const save = useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: Role[] }) =>
      adminFetch(`/admin/staff/${id}/roles`, { method: "POST", body: { roles } }),
    onSuccess: (_data, { id }) => {
      toast.success(t("staff.saved"))
      setEdits(({ [id]: _done, ...rest }) => rest)
      client.invalidateQueries({ queryKey: ["galeri-staff"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const toggle = (person: Staff, role: Role, on: boolean) => {
    const current = edits[person.id] ?? person.roles
    setEdits({ ...edits, [person.id]: on ? [...current, role] : current.filter((r) => r !== role) })
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("staff.title")}</Heading>
        <Text className="text-ui-fg-subtle mt-1">{t("staff.intro")}</Text>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{String((error as Error).message)}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("staff.person")}</Table.HeaderCell>
              <Table.HeaderCell>{t("staff.roles")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.staff ?? []).map((person) => {
              const roles = edits[person.id] ?? person.roles
              return (
                <Table.Row key={person.id} data-staff={person.email}>
                  <Table.Cell>
                    {person.name && <div>{person.name}</div>}
                    <div className={person.name ? "text-ui-fg-subtle" : undefined}>{person.email}</div>
                    {!person.roles.length && <Badge color="orange">{t("staff.noRole")}</Badge>}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-wrap gap-4">
                      {ROLES.map((role) => {
                        const id = `role-${person.id}-${role}`
                        return (
                          <div key={role} className="flex items-center gap-2">
                            <Checkbox
                              id={id}
                              checked={roles.includes(role)}
                              onCheckedChange={(on) => toggle(person, role, on === true)}
                            />
                            <Label htmlFor={id}>{t(`staff.${role}`)}</Label>
                          </div>
                        )
                      })}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      size="small"
                      disabled={!edits[person.id]}
                      isLoading={save.isPending && save.variables?.id === person.id}
                      onClick={() => save.mutate({ id: person.id, roles })}
                    >
                      {t("common.save")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <Paging count={data?.count ?? 0} size={PAGE} offset={offset} onOffset={setOffset} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.staff",
  translationNs: "translation",
  icon: Users,
  rank: 5,
})

export default StaffPage

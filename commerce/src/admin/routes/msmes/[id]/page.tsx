import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"
import { RegistryActions, StatusActions } from "../../../components/msmes/actions"
import { Activity, Permits, Products, Profile, Readiness, Sellers, Turnover } from "../../../components/msmes/sections"
import { useMsme } from "../../../hooks/api/msmes"
import { adminFetch } from "../../../lib/api"
import { linkStyle, useText } from "../../../lib/text"

/** One MSME as the office follows it: profile, permits, products, sellers, turnover, inquiries, facilitation, history. */
const MsmePage = () => {
  const { id } = useParams()
  const { t } = useText()
  const { data, isLoading, error } = useMsme(id!)
  const { data: directory } = useQuery({
    queryKey: ["galeri-staff-directory"],
    queryFn: () => adminFetch<{ users: { id: string; email: string; name?: string }[] }>("/admin/staff/directory"),
  })
  const staffName = (userId: string | null) => {
    const user = directory?.users.find((u) => u.id === userId)
    return user ? user.name || user.email : (userId ?? "")
  }
  if (error) return <Text className="text-ui-fg-error">{String((error as Error).message)}</Text>
  if (isLoading || !data) return <Text>{t("common.loading")}</Text>
  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Link to="/msmes" className="underline underline-offset-2 text-sm" style={linkStyle}>
            ← {t("msme.back")}
          </Link>
          <Heading level="h1" className="mt-1">
            {data.msme.name}
          </Heading>
        </div>
        <Profile msme={data.msme} />
        <Readiness data={data} />
        <StatusActions msme={data.msme} />
      </Container>
      <Container className="divide-y p-0">
        <Permits permits={data.msme.permits ?? []} />
        <Products products={data.products} />
        <Sellers data={data} />
        <RegistryActions msme={data.msme} />
      </Container>
      <Container className="divide-y p-0">
        <Turnover data={data} />
        <Activity data={data} staffName={staffName} />
      </Container>
    </div>
  )
}

export default MsmePage

import { en } from "./en"
import { id } from "./id"

/**
 * Texts of the gallery's staff pages in Medusa Admin, in English (the admin's default) and Indonesian,
 * one file per language; the admin shows the language each staff member chose in their profile. Keys
 * live under `galeri`.
 */
export default {
  en: { translation: { galeri: en } },
  id: { translation: { galeri: id } },
}

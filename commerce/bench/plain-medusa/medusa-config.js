// A plain Medusa 2.21 for `./gallery bench load`: Medusa's own modules only (none of the gallery's
// modules, links, hooks, subscribers or middlewares), admin off. The bench copies this directory
// beside a symlink to commerce/node_modules and starts it on a throwaway database.
const { defineConfig } = require("@medusajs/framework/utils")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
    },
  },
  admin: { disable: true },
})

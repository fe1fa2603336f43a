const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// The Translation Module is behind a feature flag; medusa-config turns it on, and the test runner
// loads links before it reads that config, so the flag is set here too.
process.env.MEDUSA_FF_TRANSLATION = "true"

MetadataStorage.clear()

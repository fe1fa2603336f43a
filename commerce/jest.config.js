const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatch = {
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.[jt]s"],
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
}

module.exports = {
  transform: {
    // ignoreDynamic keeps import() of ES-module-only packages (the Meilisearch client) as real dynamic imports
    "^.+\\.[jt]s$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript", decorators: true } },
        module: { type: "commonjs", ignoreDynamic: true },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: testMatch[process.env.TEST_TYPE ?? "unit"],
}

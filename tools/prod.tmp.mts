import { buildContent } from "./gallery/build.mts"
import { productionTests } from "./gallery/test.mts"

await buildContent()
console.log(JSON.stringify(await productionTests()))
process.exit(0)

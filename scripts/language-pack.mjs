// Packs one language's texts into a single file of the web site, lang-<code>.json: a JSON object
// of file name (relative to the project) -> file text. The page fetches it when that language is
// chosen, and the program adds the files as if compiled in (src/content/i18n.h AddLanguagePack;
// docs/content-format.md, "Languages on the web"). The web build runs it (src/app/CMakeLists.txt).
//   node scripts/language-pack.mjs build/web/site/lang-es.json <project> assets/i18n/es/ui.json ...
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

const [out, root, ...files] = process.argv.slice(2);
if (!out || !root || files.length === 0) {
  console.error("usage: node scripts/language-pack.mjs OUT.json PROJECT_DIR FILE...");
  process.exit(2);
}
const pack = {};
for (const file of files.sort()) {
  const text = readFileSync(file, "utf8");
  JSON.parse(text); // a broken file stops the build here rather than in a visitor's browser
  pack[relative(resolve(root), resolve(file)).split("\\").join("/")] = text;
}
writeFileSync(out, JSON.stringify(pack));

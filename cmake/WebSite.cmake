# Script mode: writes the site's service worker with a build id (a hash of the program and its
# language packs), so every new build gets a new offline cache.
#   cmake -DSITE=<dir> -DTEMPLATE=<sw.js.in> -P WebSite.cmake
file(SHA256 ${SITE}/neurogains.wasm wasm_hash)
file(SHA256 ${SITE}/neurogains.js js_hash)
file(SHA256 ${SITE}/loader.js loader_hash)
# The languages fetched when chosen (lang-<code>.json) are cached for offline use too.
file(GLOB packs RELATIVE ${SITE} ${SITE}/lang-*.json)
list(SORT packs)
set(NG_LANGUAGE_PACKS "")
set(packs_hash "")
foreach(pack IN LISTS packs)
  string(APPEND NG_LANGUAGE_PACKS ", \"${pack}\"")
  file(SHA256 ${SITE}/${pack} pack_hash)
  string(APPEND packs_hash ${pack_hash})
endforeach()
string(SHA256 build_id "${wasm_hash}${js_hash}${loader_hash}${packs_hash}")
string(SUBSTRING ${build_id} 0 12 NG_BUILD_ID)
configure_file(${TEMPLATE} ${SITE}/sw.js @ONLY)

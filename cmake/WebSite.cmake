# Script mode: writes the site's service worker with a build id (a hash of the program), so every
# new build gets a new offline cache.
#   cmake -DSITE=<dir> -DTEMPLATE=<sw.js.in> -P WebSite.cmake
file(SHA256 ${SITE}/neurogains.wasm wasm_hash)
file(SHA256 ${SITE}/neurogains.js js_hash)
file(SHA256 ${SITE}/loader.js loader_hash)
string(SHA256 build_id "${wasm_hash}${js_hash}${loader_hash}")
string(SUBSTRING ${build_id} 0 12 NG_BUILD_ID)
configure_file(${TEMPLATE} ${SITE}/sw.js @ONLY)

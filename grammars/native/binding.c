// The four committed grammars (grammars/*/src/parser.c) as one Node-API addon for the `tree-sitter` npm
// binding: each export is the grammar's TSLanguage, wrapped as node-tree-sitter expects a language (an
// external tagged with its language type tag, as the bindings the tree-sitter CLI generates do).
// Built by scripts/build-native.mjs with the system C compiler; nothing here is needed for WebAssembly.
// napi_type_tag_object needs Node-API 8 (Node 12.19 and later).
#define NAPI_VERSION 8
#include <node_api.h>

typedef struct TSLanguage TSLanguage;

const TSLanguage *tree_sitter_netcli(void);
const TSLanguage *tree_sitter_json(void);
const TSLanguage *tree_sitter_junos(void);
const TSLanguage *tree_sitter_srlinux(void);

// node-tree-sitter's LANGUAGE_TYPE_TAG (src/language.cc): b2sum -l64 of "tree-sitter" and "language".
static const napi_type_tag LANGUAGE_TYPE_TAG = {0x8AF2E5212AD58ABFULL, 0xD5006CAD83ABBA16ULL};

static napi_status export_language(napi_env env, napi_value exports, const char *name, const TSLanguage *language) {
  napi_value external;
  napi_status status = napi_create_external(env, (void *)language, NULL, NULL, &external);
  if (status != napi_ok) return status;
  status = napi_type_tag_object(env, external, &LANGUAGE_TYPE_TAG);
  if (status != napi_ok) return status;
  return napi_set_named_property(env, exports, name, external);
}

NAPI_MODULE_INIT() {
  if (export_language(env, exports, "netcli", tree_sitter_netcli()) != napi_ok) return NULL;
  if (export_language(env, exports, "json", tree_sitter_json()) != napi_ok) return NULL;
  if (export_language(env, exports, "junos", tree_sitter_junos()) != napi_ok) return NULL;
  if (export_language(env, exports, "srlinux", tree_sitter_srlinux()) != napi_ok) return NULL;
  return exports;
}

-- Headless Neovim (0.7+) as an independent LSP client of dist/server.js over --stdio.
-- Usage: FL_SERVER=dist/server.js FL_ROOT=<fabric dir> FL_FILE=<file to open> FL_PEER=<never-opened file> \
--        [FL_SETTINGS='{"rules":{...}}'] nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/lsp_check.lua'
-- Steps: open FL_FILE -> diagnostics for it and for the never-opened FL_PEER -> request code actions ->
-- apply the preferred quick fix to the buffer -> both files' mtu/link-mismatch diagnostics are re-published empty.
-- Neovim before 0.10 has no inlay hints, so the server offers its peer hints as CodeLenses: they are printed for the
-- open file, and for the never-opened peer after the fix (they show the fixed MTU).
-- Prints "PASS" and exits 0, or prints "FAIL: <why>" and exits 1. Output is on stdout for the mocha wrapper.
local RULE = 'mtu/link-mismatch'
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg)
  out('FAIL: ' .. msg)
  vim.cmd('cquit 1')
end

local server = assert(os.getenv('FL_SERVER'), 'FL_SERVER not set')
local root = assert(os.getenv('FL_ROOT'), 'FL_ROOT not set')
local file = assert(os.getenv('FL_FILE'), 'FL_FILE not set')
local peer = assert(os.getenv('FL_PEER'), 'FL_PEER not set')
local node = os.getenv('FL_NODE') or 'node'
local settings = {}
if os.getenv('FL_SETTINGS') then settings = vim.fn.json_decode(os.getenv('FL_SETTINGS')) end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local file_uri = vim.uri_from_bufnr(buf)
local peer_uri = vim.uri_from_fname(peer)

local raw = {} -- uri -> last raw LSP diagnostics
local function count(uri)
  local n = 0
  for _, d in ipairs(raw[uri] or {}) do
    if d.code == RULE then n = n + 1 end
  end
  return n
end

local default_pd = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'fabric-lint',
  cmd = { node, server, '--stdio' },
  root_dir = root,
  settings = { fabricLint = settings },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result then raw[result.uri] = result.diagnostics end
      return default_pd(err, result, ctx, config)
    end,
  },
  on_exit = function(code, signal) out(('server exited code=%s signal=%s'):format(code, signal)) end,
})
if not client_id then return fail('start_client returned nil') end
vim.lsp.buf_attach_client(buf, client_id)

local ok = vim.wait(20000, function() return count(file_uri) > 0 and count(peer_uri) > 0 end, 20)
if not ok then return fail(('no %s diagnostics on both ends within 20s (open=%d, peer=%d)'):format(RULE, count(file_uri), count(peer_uri))) end
local client = vim.lsp.get_client_by_id(client_id)
out('codeActionProvider: ' .. vim.inspect(client.server_capabilities.codeActionProvider, { newline = ' ', indent = '' }))
for uri, list in pairs(raw) do
  for _, d in ipairs(list) do
    out(('diagnostic: %s line %d severity=%d code=%s related=%d'):format(vim.fn.fnamemodify(vim.uri_to_fname(uri), ':t'),
      d.range.start.line + 1, d.severity, tostring(d.code), #(d.relatedInformation or {})))
  end
end

local function lenses(uri, label)
  local r = client.request_sync('textDocument/codeLens', { textDocument = { uri = uri } }, 10000, buf)
  for _, l in ipairs(r and r.result or {}) do
    out(('%s: line %d %s'):format(label, l.range.start.line + 1, l.command and l.command.title or '(no title)'))
  end
end
lenses(file_uri, 'lens')

local diag
for _, d in ipairs(raw[file_uri]) do
  if d.code == RULE then diag = d end
end
local params = {
  textDocument = { uri = file_uri },
  range = diag.range,
  context = { diagnostics = { diag }, only = { 'quickfix' } },
}
local resp = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
local actions = resp and resp[client_id] and resp[client_id].result or {}
if #actions == 0 then return fail('no code actions') end
local preferred
for _, a in ipairs(actions) do
  out(('code action: %q kind=%s preferred=%s'):format(a.title, tostring(a.kind), tostring(a.isPreferred)))
  if a.isPreferred then preferred = a end
end
if not preferred then return fail('no preferred quick fix') end

vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
out('fixed line: ' .. (vim.api.nvim_buf_get_lines(buf, diag.range.start.line, diag.range.start.line + 1, false)[1] or ''))

-- The edit reaches the server as didChange; it must re-publish both ends without the mismatch.
ok = vim.wait(20000, function() return count(file_uri) == 0 and count(peer_uri) == 0 end, 20)
out(('mismatch diagnostics after fix: open=%d peer=%d'):format(count(file_uri), count(peer_uri)))
if not ok then return fail('diagnostics not cleared after the fix') end
if not text:find('mtu 9214', 1, true) then return fail('buffer does not contain the fixed mtu') end
lenses(peer_uri, 'peer lens after fix')
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
out('PASS')
vim.cmd('qall!')

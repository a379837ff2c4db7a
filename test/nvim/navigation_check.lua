-- Headless Neovim (0.7+) as an independent LSP client of dist/server.js: outline, references and completion.
-- Usage: FL_SERVER=dist/server.js FL_ROOT=<examples/leaf-spine copy> FL_FILE=<leaf3.cfg in it> \
--        nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/navigation_check.lua'
-- Prints what the server answered ("symbol: …", "reference: …", "completion: …") and "PASS", or "FAIL: <why>"
-- and exits 1. Output is on stdout for the mocha wrapper, which checks the answers.
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg)
  out('FAIL: ' .. msg)
  vim.cmd('cquit 1')
end

local server = assert(os.getenv('FL_SERVER'), 'FL_SERVER not set')
local root = assert(os.getenv('FL_ROOT'), 'FL_ROOT not set')
local file = assert(os.getenv('FL_FILE'), 'FL_FILE not set')
local node = os.getenv('FL_NODE') or 'node'

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local file_uri = vim.uri_from_bufnr(buf)

local published = false
local default_pd = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'fabric-lint',
  cmd = { node, server, '--stdio' },
  root_dir = root,
  flags = { debounce_text_changes = 0 },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == file_uri then published = true end
      return default_pd(err, result, ctx, config)
    end,
  },
})
if not client_id then return fail('start_client returned nil') end
vim.lsp.buf_attach_client(buf, client_id)
if not vim.wait(20000, function() return published end, 20) then return fail('no diagnostics for the open file within 20s') end

local function request(method, params)
  local resp = vim.lsp.buf_request_sync(buf, method, params, 10000)
  local r = resp and resp[client_id]
  if not r then return nil, 'no answer' end
  if r.err then return nil, vim.inspect(r.err) end
  return r.result
end

local function line_of(text)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l == text then return i - 1 end
  end
  return nil
end

-- Outline
local symbols, err = request('textDocument/documentSymbol', { textDocument = { uri = file_uri } })
if not symbols then return fail('documentSymbol: ' .. err) end
for _, s in ipairs(symbols) do
  local children = {}
  for _, c in ipairs(s.children or {}) do table.insert(children, c.name) end
  out(('symbol: %s [%s] line %d children=%s'):format(s.name, s.detail or '', s.selectionRange.start.line + 1, table.concat(children, ',')))
end

-- References from an interface header: the other end of its link and the evidence
local header = line_of('interface Ethernet1/50')
if not header then return fail('no "interface Ethernet1/50" line') end
local refs
refs, err = request('textDocument/references', {
  textDocument = { uri = file_uri },
  position = { line = header, character = 12 },
  context = { includeDeclaration = true },
})
if not refs then return fail('references: ' .. err) end
for _, l in ipairs(refs) do
  out(('reference: %s line %d'):format(vim.fn.fnamemodify(vim.uri_to_fname(l.uri), ':t'), l.range.start.line + 1))
end

-- Completion where a policy-map name is expected, on a line typed into the buffer
local iface = line_of('interface Ethernet1/49')
if not iface then return fail('no "interface Ethernet1/49" line') end
local typed = '  service-policy type qos input '
vim.api.nvim_buf_set_lines(buf, iface + 1, iface + 1, false, { typed })
local items
items, err = request('textDocument/completion', { textDocument = { uri = file_uri }, position = { line = iface + 1, character = #typed } })
if not items then return fail('completion: ' .. err) end
for _, i in ipairs(items.items or items) do out('completion: ' .. i.label) end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
out('PASS')
vim.cmd('qall!')

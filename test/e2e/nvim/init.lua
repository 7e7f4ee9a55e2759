-- Neovim 0.7 (Debian's neovim) headless as an LSP client of the ITU language server:
--   nvim --headless -u test/e2e/nvim/init.lua -i NONE     (scripts/e2e/run-nvim.sh sets the env)
-- Starts `node <flags> <ITU_SERVER> --stdio`, opens ITU_FILE as filetype `itu`, waits (bounded) until a
-- diagnostic with code ITU_WAIT_CODE arrives (Neovim 0.7 has no pull diagnostics: the server
-- must publish them), then writes every diagnostic to ITU_OUT, one per line:
--   <line 1-based>\t<col 1-based>\t<severity>\t<code>\t<source>\t<message>
-- The first line of ITU_OUT is OK or TIMEOUT. Exit code 0 when the awaited code came.
local server  = os.getenv('ITU_SERVER') or 'server/out/server.js'
local file    = os.getenv('ITU_FILE') or 'test/e2e/workspace/gap.itu'
local out     = os.getenv('ITU_OUT') or 'nvim-diagnostics.txt'
local code    = os.getenv('ITU_WAIT_CODE') or 'numbering.gap'
local wait_ms = tonumber(os.getenv('ITU_WAIT_MS') or '20000')

local function log(msg) io.stderr:write('[nvim] ' .. msg .. '\n') end

local function code_of(d)
  local c = d.code
  if c == nil and d.user_data and d.user_data.lsp then c = d.user_data.lsp.code end
  if type(c) == 'table' then c = c.value end
  return c ~= nil and tostring(c) or ''
end

local client_id = vim.lsp.start_client({
  name = 'itu',
  -- The server's Node flags and environment, as README's recipe and the VS Code client start it
  -- (SERVER_EXEC_ARGV and SERVER_ENV in server/src/protocol.ts); Neovim adds cmd_env to its own environment.
  cmd = { 'node', '--max-semi-space-size=1', '--heap-growing-percent=20', '--optimize-for-size', server, '--stdio' },
  cmd_env = { MALLOC_TRIM_THRESHOLD_ = '131072', MALLOC_MMAP_THRESHOLD_ = '131072' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  on_exit = function(rc, signal)
    if rc ~= 0 then log('server exited with code ' .. rc .. ' signal ' .. signal) end
  end,
})
if not client_id then
  log('could not start ' .. server)
  vim.cmd('cq!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'itu' -- sent as the languageId of didOpen
vim.lsp.buf_attach_client(buf, client_id)

local function has_code()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == code then return true end
  end
  return false
end
local ok = vim.wait(wait_ms, has_code, 50)

local lines = { ok and 'OK' or 'TIMEOUT' }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local message = (d.message or ''):gsub('[\r\n\t]', ' ')
  table.insert(lines, table.concat({ d.lnum + 1, d.col + 1, d.severity or '', code_of(d), d.source or '', message }, '\t'))
end
vim.fn.writefile(lines, out)

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd(ok and 'qa!' or 'cq!')
